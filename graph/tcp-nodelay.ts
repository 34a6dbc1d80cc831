// TCP_NODELAY for the Bolt connections neo4j-driver opens.
//
// The driver leaves Nagle's algorithm on, and it sends a message longer than its 1,400-byte chunk
// buffer in several writes. Nagle holds the last write back until Neo4j acknowledges the first,
// and Linux delays that acknowledgement by 40 ms. So any statement whose text and parameters
// passed 1,400 bytes (a page of 50 concepts by id, say) took 45-50 ms instead of 3-5, whatever
// its plan: Neo4j's own timing said 1-2 ms. Bolt is request/response, where Nagle only adds
// delay; Node's HTTP client and server already turn it off for their sockets.
import net from 'node:net';
import tls from 'node:tls';

let installed = false;

/** Every TCP (and TLS) connection this process opens from now on goes without Nagle's delay. */
export function disableNagleOnOutgoingConnections(): void {
  if (installed) return;
  installed = true;
  const connect = net.connect;
  net.connect = function connectWithoutDelay(this: unknown, ...args: unknown[]) {
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args).setNoDelay(true);
  };
  const connectTls = tls.connect;
  tls.connect = function connectTlsWithoutDelay(this: unknown, ...args: unknown[]) {
    const socket = (connectTls as (...a: unknown[]) => tls.TLSSocket).apply(this, args);
    socket.setNoDelay(true);
    return socket;
  };
}
