// Answers compressed on the fly, over a real loopback HTTP server (no database): whole bodies
// and streams, above and below the threshold, in each coding, with Vary and weak ETags.
import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompressingStream,
  DYNAMIC_COMPRESSION_THRESHOLD_BYTES,
  notModifiedHeaders,
  sendCompressible,
  weakened,
  withVary,
} from './dynamic.js';

const big = Buffer.from(JSON.stringify({ rows: Array.from({ length: 400 }, (_, i) => ({ i })) }));
const small = Buffer.from('{"ok":true}');

let handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
const server = createServer((req, res) => void handler(req, res));
let base = '';

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

/** A raw request: the body as sent, not decoded. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
    (resolve, reject) => {
      const req = request(`${base}${path}`, { headers, method }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts),
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

function decode(answer: { headers: IncomingMessage['headers']; body: Buffer }): Buffer {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(answer.body);
  if (coding === 'gzip') return gunzipSync(answer.body);
  return answer.body;
}

describe('sendCompressible', () => {
  beforeAll(() => {
    handler = async (req, res) => {
      const body = req.url === '/big' ? big : small;
      await sendCompressible(
        req,
        res,
        200,
        { 'Content-Type': 'application/json', etag: '"v1"', vary: 'Accept' },
        body,
      );
    };
  });

  it('compresses a body past the threshold in the coding the client prefers', async () => {
    expect(big.length).toBeGreaterThan(DYNAMIC_COMPRESSION_THRESHOLD_BYTES);
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0.5, gzip', 'gzip'],
    ] as const) {
      const answer = await raw('/big', { 'accept-encoding': accept });
      expect(answer.headers['content-encoding']).toBe(coding);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.body.length).toBeLessThan(big.length);
      expect(decode(answer).equals(big)).toBe(true);
      expect(answer.headers.vary).toBe('Accept, Accept-Encoding');
      expect(answer.headers.etag).toBe('W/"v1"');
    }
  });

  it('sends identity, with Vary and its strong ETag, to a client that asks for none', async () => {
    const answer = await raw('/big');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(big)).toBe(true);
    expect(answer.headers.vary).toBe('Accept, Accept-Encoding');
    expect(answer.headers.etag).toBe('"v1"');
  });

  it('sends a small body as it is, still varying on Accept-Encoding', async () => {
    const answer = await raw('/small', { 'accept-encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(small)).toBe(true);
    expect(answer.headers.vary).toBe('Accept, Accept-Encoding');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await raw('/big', { 'accept-encoding': 'br' });
    const head = await raw('/big', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
  });
});

describe('CompressingStream', () => {
  beforeAll(() => {
    handler = async (req, res) => {
      const out = new CompressingStream(req, res, 200, { 'content-type': 'text/csv', etag: '"e"' });
      const body = req.url === '/big' ? big : small;
      // In pieces smaller than the threshold, as an export writes its pages.
      for (let at = 0; at < body.length; at += 100) await out.write(body.subarray(at, at + 100));
      await out.end();
    };
  });

  it('streams a long answer compressed, without a length, decoding to the same bytes', async () => {
    for (const coding of ['br', 'gzip'] as const) {
      const answer = await raw('/big', { 'accept-encoding': coding });
      expect(answer.headers['content-encoding']).toBe(coding);
      expect(answer.headers['content-length']).toBeUndefined();
      expect(answer.headers['transfer-encoding']).toBe('chunked');
      expect(decode(answer).equals(big)).toBe(true);
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers.etag).toBe('W/"e"');
    }
  });

  it('sends a short answer whole and plain, with its length', async () => {
    const answer = await raw('/small', { 'accept-encoding': 'br' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(Number(answer.headers['content-length'])).toBe(small.length);
    expect(answer.body.equals(small)).toBe(true);
    expect(answer.headers.vary).toBe('Accept-Encoding');
  });

  it('streams plain to a client that takes no coding', async () => {
    const answer = await raw('/big', { 'accept-encoding': 'identity' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(big)).toBe(true);
    expect(answer.headers.etag).toBe('"e"');
  });
});

describe('headers', () => {
  it('adds Accept-Encoding to Vary once, keeping what is there', () => {
    expect(withVary(undefined)).toBe('Accept-Encoding');
    expect(withVary('Accept')).toBe('Accept, Accept-Encoding');
    expect(withVary('accept-encoding, Origin')).toBe('accept-encoding, Origin');
    expect(withVary('*')).toBe('*');
  });

  it('gives a 304 the ETag in the form the client holds it', () => {
    const req = (tag: string) => ({ headers: { 'if-none-match': tag } }) as IncomingMessage;
    expect(notModifiedHeaders(req('W/"a"'), { etag: '"a"' })).toEqual({
      etag: 'W/"a"',
      vary: 'Accept-Encoding',
    });
    expect(notModifiedHeaders(req('"a"'), { ETag: '"a"', Vary: 'Accept' })).toEqual({
      etag: '"a"',
      vary: 'Accept, Accept-Encoding',
    });
  });

  it('makes an ETag weak once', () => {
    expect(weakened('"a"')).toBe('W/"a"');
    expect(weakened('W/"a"')).toBe('W/"a"');
    expect(weakened(undefined)).toBeUndefined();
  });
});
