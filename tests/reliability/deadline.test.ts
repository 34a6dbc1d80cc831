// A deadline the server keeps (REQUEST_DEADLINE_MS), against a real Neo4j: a query that runs past
// it is answered 504 TIMEOUT with Retry-After at the deadline and Neo4j stops it (its transaction's
// timeout is what was left of the budget); a request queued behind a saturated limiter is answered
// 503 SERVICE_UNAVAILABLE with Retry-After at the deadline, over POST, GET and an export. Every
// bound checked is the server's promise (its deadline plus the slacks in support/http.ts), never
// a speed: the slow query is a search that runs for many seconds on any machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../graph/config.js';
import { Database } from '../../graph/db.js';
import { TEST_TRANSACTION_TIMEOUT_MS } from '../api/support/database.js';
import { dropGraph } from '../api/support/mini-graph.js';
import { testDatabaseUri, uniqueGraphId } from '../support/database.js';
import { setLogSink } from '../../server/request-log.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { loadDenseGraph } from './support/dense-graph.js';
import { GIVE_UP_MS, expectWithinDeadline, serverTimes, type RawResponse } from './support/http.js';

const graph = uniqueGraphId('rel-deadline');

/** Every simple path of up to 6 steps between two concepts of a 24-clique: millions of them. */
const SLOW = `query($g: ID, $from: ID! = "d0") {
  paths(graph: $g, from: $from, to: "d1", mode: ALL_SIMPLE, maxLength: 6) { length }
}`;
const QUICK = 'query($g: ID) { concepts(graph: $g, first: 2) { totalCount } }';

/**
 * Neo4j checks transactions against their timeout every 2 s by default
 * (db.transaction.monitor.check.interval); a stopped query is gone within that and a margin.
 */
const STOPPED_WITHIN_MS = 5_000;

function connect(maxConcurrentTransactions?: number): Database {
  return Database.connect({
    ...readDatabaseConfig(),
    uri: testDatabaseUri(),
    // Far past every deadline here: what stops a query is the request's deadline.
    transactionTimeoutMs: TEST_TRANSACTION_TIMEOUT_MS,
    ...(maxConcurrentTransactions ? { maxConcurrentTransactions } : {}),
  });
}

/**
 * The requests (X-Request-Id) whose transactions Neo4j is running, seen through a session of its
 * own: each transaction of a request carries its id as metadata from its start, while its statement
 * is still being planned too.
 */
async function requestsRunning(): Promise<Set<string>> {
  const rows = await watcher.readRows(
    `SHOW TRANSACTIONS YIELD metaData
     WHERE metaData.requestId IS NOT NULL
     RETURN metaData.requestId AS requestId`,
  );
  return new Set(rows.map((row) => (typeof row.requestId === 'string' ? row.requestId : '')));
}

/** Whether a query of this test's graph is executing in Neo4j (its parameters show once it runs). */
async function searching(): Promise<boolean> {
  const rows = await watcher.readRows(
    'SHOW TRANSACTIONS YIELD parameters WHERE parameters.graph = $target RETURN count(*) AS n',
    { target: graph },
  );
  return Number(rows[0]?.n) > 0;
}

/** Whether Neo4j has stopped every transaction of the request within STOPPED_WITHIN_MS. */
function stopped(requestId: string): Promise<boolean> {
  return until(async () => !(await requestsRunning()).has(requestId), STOPPED_WITHIN_MS);
}

async function until(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const stopAt = Date.now() + withinMs;
  while (Date.now() < stopAt) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

interface Answer extends RawResponse {
  requestId: string;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A GraphQL request over POST, or GET with the query in the URL, with what the answer says. */
async function ask(
  url: string,
  query: string,
  { method = 'POST', variables = {} }: { method?: 'GET' | 'POST'; variables?: object } = {},
): Promise<Answer> {
  const payload = { query, variables: { g: graph, ...variables } };
  const search = new URLSearchParams({ query, variables: JSON.stringify(payload.variables) });
  const started = performance.now();
  const res = await fetch(
    method === 'GET' ? `${url}/graphql?${search.toString()}` : `${url}/graphql`,
    {
      method,
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      ...(method === 'POST' ? { body: JSON.stringify(payload) } : {}),
      signal: AbortSignal.timeout(GIVE_UP_MS),
    },
  );
  const text = await res.text();
  return {
    status: res.status,
    text,
    ms: performance.now() - started,
    ...serverTimes(res),
    requestId: res.headers.get('x-request-id') ?? '',
    retryAfter: res.headers.get('retry-after'),
    body: JSON.parse(text) as Answer['body'],
  };
}

function expectDeadlineAnswer(r: Answer, status: 503 | 504, deadlineMs: number): void {
  const code = status === 504 ? 'TIMEOUT' : 'SERVICE_UNAVAILABLE';
  expect(r.status, r.text).toBe(status);
  expect(r.retryAfter).toMatch(/^\d+$/);
  expect(r.serverMs, 'the server measures its answer').toBeDefined();
  expectWithinDeadline(r, deadlineMs);
  expect(r.body.errors?.[0]?.extensions?.code).toBe(code);
  // Readable: it says what happened and what the limit was.
  expect(r.body.errors?.[0]?.message).toMatch(new RegExp(`time limit of ${deadlineMs / 1000} s`));
}

/**
 * Runs the slow statement once through `on` under no deadline, from a concept that does not exist
 * (nothing to search): Neo4j plans it (a second or more on a busy machine), and `on` knows the plan
 * is made, so a request's deadline bounds the statement from then on (graph/planned.ts).
 */
async function planOn(on: Database): Promise<void> {
  const server = await startTestServer(on);
  try {
    const planned = await ask(server.url, SLOW, { variables: { from: 'no-such-concept' } });
    expect(planned.status, planned.text).toBe(200);
  } finally {
    await server.close();
  }
}

let db: Database;
let watcher: Database;
/** A server of the same database with a test server's roomy deadline. */
let relaxed: TestServer;
/** What the server logs (its request log, and any failure of a route). */
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = connect();
  watcher = connect();
  await loadDenseGraph(db, graph);
  await planOn(db);
  relaxed = await startTestServer(db);
  setLogSink((line) => logged.push(JSON.parse(line) as Record<string, unknown>));
});

afterAll(async () => {
  setLogSink(() => undefined);
  await relaxed.close();
  await dropGraph(db, graph);
  await db.close();
  await watcher.close();
});

describe('a query that runs past the deadline', () => {
  const DEADLINE_MS = 1_000;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db, { deadlineMs: DEADLINE_MS });
  });
  afterAll(() => server.close());

  it('is answered 504 TIMEOUT with Retry-After at the deadline, and Neo4j stops it', async () => {
    // Every request seen running in Neo4j while this one waits for its answer.
    const seen = new Set<string>();
    const pending = ask(server.url, SLOW);
    let answered = false;
    void pending.finally(() => (answered = true));
    while (!answered) {
      for (const id of await requestsRunning()) seen.add(id);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const r = await pending;
    console.log(
      `[deadline] slow query: HTTP ${r.status} after ${r.ms.toFixed(0)} ms (server ${r.serverMs?.toFixed(0)} ms, timer lag ${r.lagMs?.toFixed(0) ?? 0} ms); seen in Neo4j: ${seen.has(r.requestId)}`,
    );
    expectDeadlineAnswer(r, 504, DEADLINE_MS);
    expect(r.body.data).toBeNull();
    // Its query was in Neo4j (so the check below can see it), and is stopped shortly after.
    expect(seen.has(r.requestId)).toBe(true);
    const stoppedAt = performance.now();
    expect(await stopped(r.requestId)).toBe(true);
    console.log(
      `[deadline] Neo4j had stopped it ${(performance.now() - stoppedAt).toFixed(0)} ms after the answer`,
    );

    // The late result (Neo4j's own timeout error, long after the answer) was dropped quietly: no
    // route failed, and the database serves the next request as ever.
    const next = await ask(relaxed.url, QUICK);
    expect(next.status, next.text).toBe(200);
    expect(next.body).toMatchObject({ data: { concepts: { totalCount: 24 } } });
    expect(logged.filter((line) => 'error' in line)).toEqual([]);
  });
});

describe('a request queued behind a saturated limiter', () => {
  const HOLDER_DEADLINE_MS = 3_000;
  const DEADLINE_MS = 500;
  let busy: Database;
  let holder: TestServer;
  let waiter: TestServer;
  beforeAll(async () => {
    // One transaction at a time (NEO4J_MAX_CONCURRENT_TX=1), shared by two servers: one whose
    // slow query holds it, one whose requests wait behind it.
    busy = connect(1);
    await planOn(busy);
    holder = await startTestServer(busy, { deadlineMs: HOLDER_DEADLINE_MS });
    waiter = await startTestServer(busy, { deadlineMs: DEADLINE_MS });
  });
  afterAll(async () => {
    await holder.close();
    await waiter.close();
    await busy.close();
  });

  it('is answered 503 SERVICE_UNAVAILABLE with Retry-After at the deadline', async () => {
    const slow = ask(holder.url, SLOW);
    expect(await until(searching, HOLDER_DEADLINE_MS), 'the slow query holds the only turn').toBe(
      true,
    );

    const started = performance.now();
    const [posted, got, exported] = await Promise.all([
      ask(waiter.url, QUICK),
      ask(waiter.url, QUICK, { method: 'GET' }),
      fetch(`${waiter.url}/export/${graph}.json`, { signal: AbortSignal.timeout(GIVE_UP_MS) }),
    ]);
    const exportMs = performance.now() - started;
    console.log(
      `[deadline] queued: POST ${posted.status} in ${posted.ms.toFixed(0)} ms, GET ${got.status} in ${got.ms.toFixed(0)} ms, export ${exported.status} in ${exportMs.toFixed(0)} ms`,
    );
    expectDeadlineAnswer(posted, 503, DEADLINE_MS);
    expectDeadlineAnswer(got, 503, DEADLINE_MS);

    // The export answers in its own JSON error shape.
    expect(exported.status).toBe(503);
    expect(exported.headers.get('retry-after')).toMatch(/^\d+$/);
    expectWithinDeadline({ ms: exportMs, ...serverTimes(exported) }, DEADLINE_MS);
    expect(serverTimes(exported).serverMs).toBeDefined();
    const body = (await exported.json()) as { code?: string; error?: string };
    expect(body.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.error).toMatch(/time limit of 0\.5 s/);

    const held = await slow;
    expectDeadlineAnswer(held, 504, HOLDER_DEADLINE_MS);
    expect(await stopped(held.requestId)).toBe(true);
  });
});
