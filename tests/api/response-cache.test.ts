// The response cache through real HTTP on a real Neo4j: hits and misses counted in /ready and in
// the request log, its bounds, RESPONSE_CACHE=off, and GET answers with an ETag and 304.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { apiTestDatabase } from './support/database.js';
import { CACHE_OFF_STATS } from '../../server/graphql/response-cache/plugin.js';
import {
  cacheStats,
  captureRequestLog,
  get,
  LABEL_QUERY,
  labelOf,
  loadSmallGraph,
  post,
} from './response-cache-support.js';

const graph = uniqueGraphId('cache');
let db: Database;
let cached: TestServer;
let uncached: TestServer;
const logged = captureRequestLog();

beforeAll(async () => {
  db = apiTestDatabase();
  await loadSmallGraph(db, graph, 'Equality');
  cached = await startTestServer(db);
  uncached = await startTestServer(db, { responseCache: false });
});
afterAll(async () => {
  await cached.close();
  await uncached.close();
  await db.writeRows(
    'MATCH (n) WHERE n.graph = $graph OR (n:Graph AND n.id = $graph) DETACH DELETE n',
    { graph },
  );
  await db.close();
});

/** The `cache` field of the request's log line (written when the response has ended). */
async function cacheLogged(answer: { headers: Headers }): Promise<unknown> {
  const id = answer.headers.get('x-request-id');
  await expect.poll(() => logged(id).status).toBeDefined();
  return logged(id).cache;
}

describe('the response cache', () => {
  it('answers a repeated query from the cache: a miss, then hits, in /ready and the log', async () => {
    const before = await cacheStats(cached.url);
    expect(before.enabled).toBe(true);
    const variables = { g: graph };
    const first = await post(cached.url, LABEL_QUERY, variables);
    const second = await post(cached.url, LABEL_QUERY, variables);
    const third = await post(cached.url, LABEL_QUERY, variables);
    for (const answer of [first, second, third]) {
      expect(answer.status).toBe(200);
      expect(labelOf(answer)).toBe('Equality');
    }
    expect(second.body).toEqual(first.body);
    expect(await cacheLogged(first)).toBe('miss');
    expect(await cacheLogged(second)).toBe('hit');
    expect(await cacheLogged(third)).toBe('hit');
    const after = await cacheStats(cached.url);
    expect(after.hits - before.hits).toBe(2);
    expect(after.misses - before.misses).toBe(1);
    expect(after.entries).toBeGreaterThan(0);
    expect(after.bytes).toBeGreaterThan(0);
  });

  it('keeps no answer with errors', async () => {
    const query = 'query($g: ID!) { concept(graph: $g, id: "x") { id } nope }';
    const before = await cacheStats(cached.url);
    for (let i = 0; i < 2; i++) {
      const answer = await post(cached.url, query, { g: graph });
      expect(answer.body?.errors?.length).toBeGreaterThan(0);
    }
    const missing =
      'query($g: ID!) { concepts(graph: $g, where: { kinds: ["Nope"] }) { totalCount } }';
    for (let i = 0; i < 2; i++) {
      const answer = await post(cached.url, missing, { g: graph });
      expect(answer.body?.errors?.length).toBeGreaterThan(0);
    }
    const after = await cacheStats(cached.url);
    expect(after.hits).toBe(before.hits);
    expect(after.entries).toBe(before.entries);
  });

  it('is gone with RESPONSE_CACHE=off: the same data, no counters, no cache in the log', async () => {
    const query = 'query($g: ID!) { graph(id: $g) { id kinds { id count } } }';
    const on = await post(cached.url, query, { g: graph });
    const offAnswers = [
      await post(uncached.url, query, { g: graph }),
      await post(uncached.url, query, { g: graph }),
    ];
    for (const off of offAnswers) {
      expect(off.body).toEqual(on.body);
      expect(await cacheLogged(off)).toBeUndefined();
    }
    expect(await cacheStats(uncached.url)).toEqual(CACHE_OFF_STATS);
    const read = await get(uncached.url, LABEL_QUERY, { g: graph });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBeNull();
  });

  /** Ten different answers (a different page size each) through a cache with these bounds. */
  async function fill(limits: { maxEntries: number; maxBytes: number }, query: string) {
    const small = await startTestServer(db, { responseCache: limits });
    try {
      for (let n = 0; n < 10; n++) {
        expect((await post(small.url, query, { g: graph, n })).status).toBe(200);
        const stats = await cacheStats(small.url);
        expect(stats.entries).toBeLessThanOrEqual(limits.maxEntries);
        expect(stats.bytes).toBeLessThanOrEqual(limits.maxBytes);
      }
      return await cacheStats(small.url);
    } finally {
      await small.close();
    }
  }

  it('stays within its bound in entries, evicting the least recently used', async () => {
    const query = 'query($g: ID!, $n: Int) { concepts(graph: $g, first: $n) { nodes { id } } }';
    const stats = await fill({ maxEntries: 3, maxBytes: 1_000_000 }, query);
    expect(stats).toMatchObject({ entries: 3, evictions: 7 });
  });

  it('stays within its bound in bytes, evicting the least recently used', async () => {
    // About 450 bytes an answer with its key: three fit in 1,500.
    const query = `query($g: ID!, $n: Int) { concepts(graph: $g, first: $n) {
      nodes { id labels { id en } definitions { id en } kind } } }`;
    const stats = await fill({ maxEntries: 100, maxBytes: 1_500 }, query);
    expect(stats.entries).toBeGreaterThan(0);
    expect(stats.entries).toBeLessThan(10);
    expect(stats.evictions).toBe(10 - stats.entries);
  });
});

describe('GET /graphql', () => {
  it('sends an ETag, answers 304 while it holds, and a new one after a reload', async () => {
    const variables = { g: graph };
    const first = await get(cached.url, LABEL_QUERY, variables);
    expect(first.status).toBe(200);
    expect(labelOf(first)).toBe('Equality');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');

    const before = await cacheStats(cached.url);
    const again = await get(cached.url, LABEL_QUERY, variables, { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.headers.get('etag')).toBe(etag);
    expect(await cacheLogged(again)).toBe('not-modified');
    const after = await cacheStats(cached.url);
    expect(after.notModified - before.notModified).toBe(1);
    expect(after.hits + after.misses).toBe(before.hits + before.misses); // nothing looked up

    // Another query, or other variables, do not match that ETag.
    const other = await get(cached.url, LABEL_QUERY.replace('id labels', 'labels'), variables, {
      'if-none-match': etag ?? '',
    });
    expect(other.status).toBe(200);

    await loadSmallGraph(db, graph, 'Equality reloaded');
    const reloaded = await get(cached.url, LABEL_QUERY, variables, { 'if-none-match': etag ?? '' });
    expect(reloaded.status).toBe(200);
    expect(labelOf(reloaded)).toBe('Equality reloaded');
    expect(reloaded.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(reloaded.headers.get('etag')).not.toBe(etag);
    await loadSmallGraph(db, graph, 'Equality'); // as the other tests expect it
  });

  it('gives no ETag to POST answers, nor to answers with errors', async () => {
    const posted = await post(cached.url, LABEL_QUERY, { g: graph });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('etag')).toBeNull();
    expect(posted.headers.get('last-modified')).toBeNull();
    const failed = await get(cached.url, LABEL_QUERY, { g: 'no-such-graph' });
    expect(failed.body?.errors?.length).toBeGreaterThan(0);
    expect(failed.headers.get('etag')).toBeNull();
  });
});

describe('GET /export', () => {
  it('sends an ETag, answers 304 while the graph holds, and the new file after a reload', async () => {
    const url = `${cached.url}/export/${graph}.concepts.csv?lang=en`;
    const first = await fetch(url);
    const text = await first.text();
    expect(first.status).toBe(200);
    expect(text).toContain('Equality');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');

    const again = await fetch(url, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // Another format or other parameters are another file.
    const json = await fetch(`${cached.url}/export/${graph}.json`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(json.status).toBe(200);
    await json.arrayBuffer();

    await loadSmallGraph(db, graph, 'Equality exported');
    const reloaded = await fetch(url, { headers: { 'if-none-match': etag ?? '' } });
    expect(reloaded.status).toBe(200);
    expect(await reloaded.text()).toContain('Equality exported');
    expect(reloaded.headers.get('etag')).not.toBe(etag);
    await loadSmallGraph(db, graph, 'Equality'); // as the other tests expect it
  });
});
