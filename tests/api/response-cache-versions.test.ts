// The response cache follows graph versions: a reload drops exactly that graph's answers, and
// no answer shows a replaced version: none that starts after the load returned, from the server
// of the process that loaded; none that starts later than RESPONSE_CACHE_MAX_STALE_MS after the
// switch, from a server of another process (here a second server on a Database object of its own:
// it learns of the load only by polling the versions, as another process would).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { RESPONSE_CACHE_DEFAULTS } from '../../server/graphql/response-cache/settings.js';
import { uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { apiTestDatabase } from './support/database.js';
import {
  cacheStats,
  captureRequestLog,
  LABEL_QUERY,
  labelOf,
  loadSmallGraph,
  post,
} from './response-cache-support.js';

const graphA = uniqueGraphId('cache-a');
const graphB = uniqueGraphId('cache-b');
/** The loading process's Database, and another process's. */
let loader: Database;
let elsewhere: Database;
let local: TestServer;
let remote: TestServer;
const logged = captureRequestLog();

beforeAll(async () => {
  loader = apiTestDatabase();
  elsewhere = apiTestDatabase();
  await loadSmallGraph(loader, graphA, 'Equality A1');
  await loadSmallGraph(loader, graphB, 'Equality B1');
  local = await startTestServer(loader);
  remote = await startTestServer(elsewhere);
});
afterAll(async () => {
  await local.close();
  await remote.close();
  for (const graph of [graphA, graphB]) {
    await loader.writeRows(
      'MATCH (n) WHERE n.graph = $graph OR (n:Graph AND n.id = $graph) DETACH DELETE n',
      { graph },
    );
  }
  await loader.close();
  await elsewhere.close();
});

async function cacheLogged(answer: { headers: Headers }): Promise<unknown> {
  const id = answer.headers.get('x-request-id');
  await expect.poll(() => logged(id).status).toBeDefined();
  return logged(id).cache;
}

describe('graph versions', () => {
  it("a reload drops exactly that graph's answers: the other graph's are still hits", async () => {
    const listing = 'query($g: ID!) { graph(id: $g) { id titles { en } } }';
    for (const g of [graphA, graphB]) {
      for (const query of [LABEL_QUERY, listing]) {
        expect((await post(local.url, query, { g })).body?.errors).toBeUndefined();
      }
    }
    await loadSmallGraph(loader, graphA, 'Equality A2');

    const before = await cacheStats(local.url);
    const b = await post(local.url, LABEL_QUERY, { g: graphB });
    expect(labelOf(b)).toBe('Equality B1');
    expect(await cacheLogged(b)).toBe('hit');
    expect(await cacheLogged(await post(local.url, listing, { g: graphB }))).toBe('hit');
    const a = await post(local.url, LABEL_QUERY, { g: graphA });
    expect(labelOf(a)).toBe('Equality A2');
    expect(await cacheLogged(a)).toBe('miss');
    const after = await cacheStats(local.url);
    expect(after.hits - before.hits).toBe(2);
    expect(after.misses - before.misses).toBe(1);
    // A version change is not an eviction.
    expect(after.evictions).toBe(before.evictions);
  });

  it('never shows a replaced version past the stated bound, while clients read during a load', async () => {
    const maxStaleMs = RESPONSE_CACHE_DEFAULTS.maxStaleMs;
    await loadSmallGraph(loader, graphA, 'Equality old');
    interface Read {
      server: 'local' | 'remote';
      startedAt: number;
      status: number;
      label: string | undefined;
    }
    const reads: Read[] = [];
    let switchedAt = Infinity;
    let stopAt = Infinity;
    const stopListening = loader.onGraphChanged((graph) => {
      if (graph === graphA) switchedAt = Date.now();
    });
    // Several clients per server, each reading in a loop until a while after the switch.
    const client = async (server: Read['server'], url: string) => {
      for (let i = 0; i < 5_000 && Date.now() < stopAt; i++) {
        const startedAt = Date.now();
        const answer = await post(url, LABEL_QUERY, { g: graphA });
        reads.push({ server, startedAt, status: answer.status, label: labelOf(answer) });
      }
    };
    const clients = [
      ...[1, 2, 3].map(() => client('local', local.url)),
      ...[1, 2, 3].map(() => client('remote', remote.url)),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300)); // both caches are warm
    await loadSmallGraph(loader, graphA, 'Equality new');
    const loadReturnedAt = Date.now();
    // Past the bound, plus a second poll interval, so every remote client reads after it.
    stopAt = Math.min(switchedAt, loadReturnedAt) + 2 * maxStaleMs + 500;
    await Promise.all(clients);
    stopListening();

    expect(switchedAt).toBeLessThanOrEqual(loadReturnedAt);
    expect(reads.filter((r) => r.status !== 200)).toEqual([]);
    const labels = new Set(reads.map((r) => r.label));
    expect([...labels].sort()).toEqual(['Equality new', 'Equality old']);
    const stale = (r: Read, after: number) => r.startedAt > after && r.label !== 'Equality new';
    // The loading process: nothing old once the load has returned (its switch is told at once).
    expect(reads.filter((r) => r.server === 'local' && stale(r, loadReturnedAt))).toEqual([]);
    // Another process: nothing old that started later than the bound after the switch.
    expect(reads.filter((r) => r.server === 'remote' && stale(r, switchedAt + maxStaleMs))).toEqual(
      [],
    );
    // Both read before and after the switch, and from their caches.
    for (const server of ['local', 'remote'] as const) {
      const mine = reads.filter((r) => r.server === server);
      expect(mine.some((r) => r.startedAt < switchedAt)).toBe(true);
      expect(mine.some((r) => r.startedAt > switchedAt + maxStaleMs)).toBe(true);
    }
    expect((await cacheStats(remote.url)).hits).toBeGreaterThan(0);
    expect((await cacheStats(local.url)).hits).toBeGreaterThan(0);
  });
});
