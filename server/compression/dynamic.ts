// Compression of answers made per request (GraphQL, exports): by Accept-Encoding, above a size
// threshold, with the headers a cache needs to keep the variants apart (Vary, a weak ETag).
import { once } from 'node:events';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Transform } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { chooseEncoding, type Coding } from './negotiate.js';

/**
 * Bodies smaller than this go out as they are. Below about a kilobyte the saving is a few hundred
 * bytes (less than one TCP segment, so no round-trip saved) while the coder's set-up costs as
 * much CPU as a body ten times larger; above it, JSON shrinks to a fifth or less.
 */
export const DYNAMIC_COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Brotli at quality 4 for bodies made per request. Measured here on this project's JSON (2 to
 * 94 kB, CPU time per byte saved): quality 4 costs about what gzip -6 costs (13-19 ns against
 * 15-19 ns per byte saved on 94 kB) and ends a little smaller; quality 1 is the cheapest per
 * byte saved (3-4 ns) but leaves 15 % more bytes; from quality 5 up the CPU rises faster than the
 * bytes fall; 11 (the build's, for files compressed once) costs a hundred times more.
 */
export const DYNAMIC_BROTLI_QUALITY = 4;
/** gzip for clients without brotli: zlib's default level, the usual speed and size balance. */
export const DYNAMIC_GZIP_LEVEL = 6;

/** What the dynamic answers may be sent as, best first. */
const DYNAMIC_CODINGS: readonly Coding[] = ['br', 'gzip', 'identity'];

export function negotiateDynamic(req: IncomingMessage): Coding {
  // A client that refuses everything still gets a readable answer rather than a 406.
  return chooseEncoding(req.headers['accept-encoding'], DYNAMIC_CODINGS) ?? 'identity';
}

function compressor(coding: Exclude<Coding, 'identity'>, sizeHint = 0): Transform {
  if (coding === 'gzip') return createGzip({ level: DYNAMIC_GZIP_LEVEL });
  return createBrotliCompress({
    params: {
      [constants.BROTLI_PARAM_QUALITY]: DYNAMIC_BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      ...(sizeHint > 0 ? { [constants.BROTLI_PARAM_SIZE_HINT]: sizeHint } : {}),
    },
  });
}

/** Adds Accept-Encoding to a Vary header, keeping what it named already. */
export function withVary(vary: unknown): string {
  const names = (Array.isArray(vary) ? vary.join(',') : typeof vary === 'string' ? vary : '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((n) => n.toLowerCase() === 'accept-encoding')) {
    return names.join(', ');
  }
  return [...names, 'Accept-Encoding'].join(', ');
}

/**
 * A strong ETag names exact bytes, and the gzip and br variants of one answer differ: compressed
 * answers carry the same tag made weak (RFC 9110, 8.8.1; as nginx does), plain ones keep it
 * strong. If-None-Match compares weakly, so a client's revalidation gets its 304 either way.
 */
export function weakened(etag: unknown): string | undefined {
  if (typeof etag !== 'string' || etag === '') return undefined;
  return etag.startsWith('W/') ? etag : `W/${etag}`;
}

/** Header names in lower case, so one spelling of each is set or removed. */
function lowered(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/** The headers of an answer sent with `coding`, from those of its plain form. */
export function encodedHeaders(
  headers: OutgoingHttpHeaders,
  coding: Coding,
  length?: number,
): OutgoingHttpHeaders {
  const out = lowered(headers);
  out.vary = withVary(out.vary);
  delete out['content-length'];
  if (length !== undefined) out['content-length'] = length;
  if (coding !== 'identity') {
    out['content-encoding'] = coding;
    const etag = weakened(out.etag);
    if (etag) out.etag = etag;
  }
  return out;
}

/**
 * The 304's headers: Vary, and the ETag in the form the client holds it (weak if it stored a
 * compressed answer, strong if a plain one), read from the tag it sent that matched.
 */
export function notModifiedHeaders(
  req: IncomingMessage,
  headers: OutgoingHttpHeaders,
): OutgoingHttpHeaders {
  const out = lowered(headers);
  out.vary = withVary(out.vary);
  const held = (req.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
  if (typeof out.etag === 'string' && held.includes(`W/${out.etag}`) && !held.includes(out.etag)) {
    out.etag = weakened(out.etag);
  }
  return out;
}

async function compressBuffer(coding: Exclude<Coding, 'identity'>, body: Buffer): Promise<Buffer> {
  const coder = compressor(coding, body.length);
  const parts: Buffer[] = [];
  coder.on('data', (part: Buffer) => parts.push(part));
  const done = once(coder, 'end');
  coder.end(body);
  await done;
  return Buffer.concat(parts);
}

/**
 * Sends a whole body, compressed when the client takes a coding and the body passes the
 * threshold. Vary goes on every answer, compressed or not: a cache must not hand the plain
 * form to a client that asked for brotli, nor the brotli form to one that cannot read it.
 * An error status is compressed like a success (its JSON is as compressible).
 */
export async function sendCompressible(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: Buffer,
): Promise<void> {
  if (status === 304 || status === 204) {
    res.writeHead(status, notModifiedHeaders(req, headers));
    res.end();
    return;
  }
  const chosen = negotiateDynamic(req);
  const coding = body.length >= DYNAMIC_COMPRESSION_THRESHOLD_BYTES ? chosen : 'identity';
  const sent = coding === 'identity' ? body : await compressBuffer(coding, body);
  // The answer was given meanwhile (a deadline): this one is dropped.
  if (res.headersSent) return;
  res.writeHead(status, encodedHeaders(headers, coding, sent.length));
  res.end(req.method === 'HEAD' ? undefined : sent);
}

export class ClientGone extends Error {
  override readonly name = 'ClientGone';
}

/**
 * A streamed answer compressed on the fly. The first kilobyte (the threshold) is held back: an
 * answer that ends within it goes out plain with its length; a longer one starts compressed, and
 * from then on each write waits for the coder to drain, so backpressure from a slow client still
 * reaches the code that produces the rows. Headers are written with the first bytes.
 */
export class CompressingStream {
  private held: Buffer[] = [];
  private heldBytes = 0;
  private coder: Transform | null = null;
  private readonly coding: Coding;

  constructor(
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly status: number,
    private readonly headers: OutgoingHttpHeaders,
  ) {
    this.coding = negotiateDynamic(req);
  }

  private gone(): boolean {
    return this.res.destroyed;
  }

  async write(chunk: string | Buffer): Promise<void> {
    if (this.gone()) throw new ClientGone('The client closed the connection');
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (bytes.length === 0) return;
    if (!this.coder && !this.res.headersSent) {
      this.held.push(bytes);
      this.heldBytes += bytes.length;
      if (this.heldBytes < DYNAMIC_COMPRESSION_THRESHOLD_BYTES) return;
      return this.start();
    }
    return this.push(bytes);
  }

  /** Past the threshold: headers out, and the held bytes through the coder (or as they are). */
  private async start(): Promise<void> {
    const held = Buffer.concat(this.held);
    this.held = [];
    this.res.writeHead(this.status, encodedHeaders(this.headers, this.coding));
    if (this.coding !== 'identity') {
      this.coder = compressor(this.coding);
      this.coder.pipe(this.res);
    }
    return this.push(held);
  }

  private async push(bytes: Buffer): Promise<void> {
    const target = this.coder ?? this.res;
    if (this.req.method === 'HEAD' && !this.coder) return;
    if (target.write(bytes)) return;
    // 'close' too: a client that hangs up never drains, and the producer must stop.
    await Promise.race([once(target, 'drain'), once(this.res, 'close')]);
    if (this.gone()) throw new ClientGone('The client closed the connection');
  }

  /** The end of the answer: a short one is sent whole, a compressed one flushed and closed. */
  async end(): Promise<void> {
    if (this.gone()) return;
    if (!this.coder && !this.res.headersSent) {
      const body = Buffer.concat(this.held);
      this.held = [];
      this.res.writeHead(this.status, encodedHeaders(this.headers, 'identity', body.length));
      this.res.end(this.req.method === 'HEAD' ? undefined : body);
      return;
    }
    const finished = Promise.race([once(this.res, 'finish'), once(this.res, 'close')]);
    if (this.coder) this.coder.end();
    else this.res.end();
    await finished;
  }
}
