// A minimal JSON-over-HTTP client for the load loops: node:http with keep-alive sockets, so the
// generator measures the servers and not connection set-up or a heavier client library.
import { Agent, request, type IncomingMessage } from 'node:http';

export interface JsonClient {
  post(path: string, body: unknown): Promise<unknown>;
  /** A GET whose answer is parsed as JSON (a GraphQL read sent as GET, /ready). */
  getJson(path: string): Promise<unknown>;
  /** A GET whose answer is read and dropped (for round-trip floors). */
  get(path: string): Promise<void>;
  close(): void;
}

export class HttpError extends Error {
  override readonly name = 'HttpError';
}

/** Only loopback servers are ever benchmarked (bench rules: no traffic leaves the machine). */
export function assertLoopback(url: URL): void {
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost' && url.hostname !== '[::1]') {
    throw new Error(`Benchmarks only talk to loopback servers, not ${url.host}.`);
  }
}

export function jsonClient(baseUrl: string, maxSockets: number, timeoutMs = 30_000): JsonClient {
  const base = new URL(baseUrl);
  assertLoopback(base);
  const agent = new Agent({ keepAlive: true, maxSockets });
  const send = <T>(
    method: 'GET' | 'POST',
    path: string,
    payload: Buffer | null,
    read: (res: IncomingMessage, resolve: (value: T) => void, reject: (e: Error) => void) => void,
  ) =>
    new Promise<T>((resolve, reject) => {
      const headers: Record<string, string | number> = { accept: 'application/json' };
      if (payload) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = payload.length;
      }
      const req = request(
        { agent, host: base.hostname, port: base.port, path, method, timeout: timeoutMs, headers },
        (res) => read(res, resolve, reject),
      );
      req.on('timeout', () => req.destroy(new HttpError(`No answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload ?? undefined);
    });
  const parse = (
    res: IncomingMessage,
    resolve: (value: unknown) => void,
    reject: (e: Error) => void,
  ) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if ((res.statusCode ?? 0) >= 400 && !text.startsWith('{')) {
        reject(new HttpError(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new HttpError(`HTTP ${res.statusCode}: not JSON: ${text.slice(0, 200)}`));
      }
    });
    res.on('error', reject);
  };
  const drop = (
    res: IncomingMessage,
    resolve: (value: undefined) => void,
    reject: (e: Error) => void,
  ) => {
    res.resume();
    res.on('end', () => resolve(undefined));
    res.on('error', reject);
  };
  return {
    post: (path, body) => send('POST', path, Buffer.from(JSON.stringify(body)), parse),
    getJson: (path) => send('GET', path, null, parse),
    get: (path) => send<undefined>('GET', path, null, drop),
    close: () => agent.destroy(),
  };
}
