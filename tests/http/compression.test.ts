// Compression over real HTTP against the built web app (dist/web) and a real Neo4j: every coding
// decodes to the same bytes, Vary on every compressible answer, pages revalidated with 304, and
// GraphQL answers and exports compressed past the threshold and not below it.
import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { DYNAMIC_COMPRESSION_THRESHOLD_BYTES } from '../../server/compression/dynamic.js';
import { LABEL_QUERY, loadSmallGraph } from '../api/response-cache-support.js';
import { testDatabase, uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';

const graph = uniqueGraphId('compression');
let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = testDatabase();
  await loadSmallGraph(db, graph, 'Equality');
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.writeRows(
    'MATCH (n) WHERE n.graph = $graph OR (n:Graph AND n.id = $graph) DETACH DELETE n',
    { graph },
  );
  await db.close();
});

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as they travelled (fetch would decode them). */
  body: Buffer;
}

function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(answer: Raw): Buffer {
  const coding = answer.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(answer.body);
  if (coding === 'gzip') return gunzipSync(answer.body);
  expect(coding).toBeUndefined();
  return answer.body;
}

const CODINGS = [
  ['br, gzip, deflate', 'br'],
  ['gzip, deflate', 'gzip'],
  ['br;q=0, gzip;q=0', undefined],
] as const;

/** Fetches `path` in each coding; all decode to the plain answer's bytes. */
async function inEveryCoding(path: string, headers: Record<string, string> = {}) {
  const plain = await raw(path, headers);
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  const answers = [];
  for (const [accept, coding] of CODINGS) {
    const answer = await raw(path, { ...headers, 'accept-encoding': accept });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(coding);
    expect(answer.headers.vary?.toLowerCase()).toContain('accept-encoding');
    expect(decoded(answer).equals(plain.body)).toBe(true);
    answers.push(answer);
  }
  return { plain, answers };
}

describe('the built web app', () => {
  const script = readdirSync('dist/web/assets')
    .filter((f) => f.endsWith('.js'))
    .sort(
      (a, b) =>
        readFileSync(`dist/web/assets/${b}`).length - readFileSync(`dist/web/assets/${a}`).length,
    )[0];

  it('sends scripts in brotli, gzip or plain by Accept-Encoding, the same bytes, cached for a year', async () => {
    const { plain, answers } = await inEveryCoding(`/assets/${script}`);
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const [br, gzip] = answers;
    expect(br?.body.length).toBeLessThan(gzip?.body.length ?? 0);
    expect(gzip?.body.length).toBeLessThan(plain.body.length);
    for (const answer of answers) {
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers HEAD with the headers GET has, and no body', async () => {
    const get = await raw(`/assets/${script}`, { 'accept-encoding': 'br' });
    const head = await raw(`/assets/${script}`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers.vary).toBe('Accept-Encoding');
  });

  it('revalidates pages: a strong ETag per coding, and 304 when it still holds', async () => {
    for (const page of ['/', '/embed']) {
      const { plain, answers } = await inEveryCoding(page);
      const tags = [plain, ...answers].map((a) => a.headers.etag);
      for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/);
      // br, gzip and plain are three byte sequences, so three tags (the last answer is plain).
      expect(new Set(tags).size).toBe(3);
      for (const answer of [plain, ...answers]) {
        expect(answer.headers['cache-control']).toBe('no-cache');
        const accept = answer.headers['content-encoding'] ?? 'identity';
        const again = await raw(page, {
          'accept-encoding': accept,
          'if-none-match': answer.headers.etag ?? '',
        });
        expect(again.status).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers.etag).toBe(answer.headers.etag);
        expect(again.headers.vary).toBe('Accept-Encoding');
      }
      // A tag of another coding is another representation: the page in full.
      const other = await raw(page, {
        'accept-encoding': 'br',
        'if-none-match': plain.headers.etag ?? '',
      });
      expect(other.status).toBe(200);
    }
  });
});

const introspection = '{ __schema { types { name description fields { name description } } } }';

function graphqlPath(query: string, variables: Record<string, unknown> = {}): string {
  return `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;
}

const JSON_ACCEPT = { accept: 'application/graphql-response+json' };

describe('GraphQL answers', () => {
  it('compresses a GET answer past the threshold, and keeps its 304', async () => {
    const path = graphqlPath(introspection);
    const { plain, answers } = await inEveryCoding(path, JSON_ACCEPT);
    expect(plain.body.length).toBeGreaterThan(DYNAMIC_COMPRESSION_THRESHOLD_BYTES);
    expect(plain.headers.vary?.toLowerCase()).toContain('accept-encoding');
    const [br] = answers;
    expect(br?.body.length).toBeLessThan(plain.body.length / 3);
    // The cache's ETag: weak when compressed (br and gzip bytes differ), and a 304 either way.
    const tag = br?.headers.etag ?? '';
    expect(tag).toMatch(/^W\/"/);
    const again = await raw(path, {
      ...JSON_ACCEPT,
      'accept-encoding': 'br',
      'if-none-match': tag,
    });
    expect(again.status).toBe(304);
    expect(again.headers.vary?.toLowerCase()).toContain('accept-encoding');
  });

  it('compresses a POST answer past the threshold', async () => {
    const body = JSON.stringify({ query: introspection });
    const post = (accept: string) =>
      new Promise<Raw>((resolve, reject) => {
        const req = request(
          `${server.url}/graphql`,
          {
            method: 'POST',
            headers: {
              ...JSON_ACCEPT,
              'content-type': 'application/json',
              'accept-encoding': accept,
            },
          },
          (res) => {
            const parts: Buffer[] = [];
            res.on('data', (part: Buffer) => parts.push(part));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(parts),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    const plain = await post('identity');
    const br = await post('br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(decoded(br).equals(plain.body)).toBe(true);
    expect(plain.headers.vary?.toLowerCase()).toContain('accept-encoding');
  });

  it('sends a small answer as it is, varying on Accept-Encoding all the same', async () => {
    const answer = await raw(graphqlPath(LABEL_QUERY, { g: graph }), {
      ...JSON_ACCEPT,
      'accept-encoding': 'br, gzip',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeLessThan(DYNAMIC_COMPRESSION_THRESHOLD_BYTES);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary?.toLowerCase()).toContain('accept-encoding');
    expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({
      data: { concept: { labels: { en: 'Equality' } } },
    });
  });
});

describe('exports', () => {
  it('streams an export past the threshold compressed, and keeps its 304', async () => {
    const path = `/export/${graph}.json`;
    const { plain, answers } = await inEveryCoding(path);
    expect(plain.body.length).toBeGreaterThan(DYNAMIC_COMPRESSION_THRESHOLD_BYTES);
    const [br] = answers;
    expect(br?.headers['content-disposition']).toContain('attachment');
    const tag = br?.headers.etag ?? '';
    expect(tag).toMatch(/^W\/"/);
    const again = await raw(path, { 'accept-encoding': 'br', 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(tag);
    expect(plain.headers.etag).toBe(tag.slice(2));
    expect(again.headers.vary?.toLowerCase()).toContain('accept-encoding');
  });

  it('sends an export below the threshold plain, with its length', async () => {
    const answer = await raw(`/export/${graph}.relations.csv`, { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeLessThan(DYNAMIC_COMPRESSION_THRESHOLD_BYTES);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.toString('utf8')).toContain('kesetaraan');
  });
});
