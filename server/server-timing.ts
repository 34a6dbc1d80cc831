// `Server-Timing: total;dur=<ms>` on every response: the server's own measure of a request, from
// its arrival to the start of its answer. A client's clock adds its own queueing and a busy
// machine's delays; this one is what the deadline (server/deadline.ts) promises, so tests and
// operators can check that promise apart from how slow the client side is. An answer given by the
// deadline's timer also says how late that timer ran (`lag`: the event loop was busy).
import type { ServerResponse } from 'node:http';

const arrivals = new WeakMap<ServerResponse, number>();

/** When the request of `res` arrived (performance.now()), if it was stamped. */
export function arrivedAt(res: ServerResponse): number | undefined {
  return arrivals.get(res);
}

/** Stamps the header when the response head is written (Node writes every head through writeHead). */
export function stampServerTiming(res: ServerResponse, startedAt = performance.now()): void {
  arrivals.set(res, startedAt);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = (...args: unknown[]) => {
    if (!res.headersSent) {
      const total = `total;dur=${(performance.now() - startedAt).toFixed(1)}`;
      const earlier = res.getHeader('server-timing');
      res.setHeader('server-timing', earlier ? `${String(earlier)}, ${total}` : total);
    }
    return writeHead(...args);
  };
}
