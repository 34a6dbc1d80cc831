// The benchmark at toy sizes, so that it never rots: every scenario's code path runs against the
// real Neo4j, the contenders answer the same data, and every figure is a finite number.
// No wall-clock thresholds: this machine's speed is not what is being tested.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { startContenders, type Contenders } from '../../bench/contenders/start.js';
import { dropGraph, prepareGraph } from '../../bench/data/graphs.js';
import { pickConcepts, type Picks } from '../../bench/data/pick.js';
import { evaluateTargets } from '../../bench/report/targets.js';
import { renderMarkdown } from '../../bench/report/markdown.js';
import { parseOptions } from '../../bench/options.js';
import { apiOperations, runApiScenario } from '../../bench/scenarios/api.js';
import { measureBundles } from '../../bench/scenarios/bundle.js';
import { measureLandingBytes } from '../../bench/scenarios/landing-bytes.js';
import { runLighthouseScenario } from '../../bench/scenarios/lighthouse.js';
import { runLoadScenario } from '../../bench/scenarios/load.js';
import { runNestedScenario } from '../../bench/scenarios/nested.js';
import { runOverheadScenario } from '../../bench/scenarios/overhead.js';
import { profileOperation } from '../../bench/scenarios/profile.js';
import { runReplayScenario } from '../../bench/scenarios/replay.js';
import { runSustainedScenario } from '../../bench/scenarios/sustained.js';
import { explorerSession } from '../../bench/ops/explorer.js';
import { testDatabase, testDatabaseUri, uniqueGraphId } from '../support/database.js';
import { readDatabaseConfig } from '../../graph/config.js';
import { startTestServer } from '../support/server.js';

const TINY = {
  warmupMs: 30,
  sliceMs: 80,
  rounds: 1,
  maxRequestsPerSlice: 200,
  only: [] as string[],
};
const quiet = () => undefined;
/** Generous: CI machines are busy, and no assertion here is about speed. */
const SLOW = 150_000;
const finitePositive = (v: number | null | undefined) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0;

describe('benchmark smoke run', () => {
  let db: Database;
  let dir: string;
  let graph: string;
  let picks: Picks;
  let contenders: Contenders;
  const prefix = uniqueGraphId('bench-smoke');

  beforeAll(async () => {
    db = testDatabase();
    dir = mkdtempSync(join(tmpdir(), 'ks-bench-smoke-'));
    graph = (await prepareGraph(db, 120, dir, `${prefix}-api`)).graph;
    picks = await pickConcepts(db, graph);
    contenders = await startContenders(
      { ...readDatabaseConfig(), uri: testDatabaseUri() },
      picks.relationTypes,
      2,
    );
  });

  afterAll(async () => {
    await contenders?.close();
    for (const suffix of ['api', '40', '80', 'sweep', 'naive', 'ceiling', 'warmup'])
      await dropGraph(db, `${prefix}-${suffix}`);
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'API: all contenders return the same data, and every ratio is a finite number',
    async () => {
      const api = await runApiScenario(
        contenders.all,
        graph,
        picks,
        { ...TINY, concurrency: [1, 2] },
        quiet,
      );
      // On a mismatch the diff shows each contender's canonical answer.
      expect(api.agreement.filter((a) => !a.agree)).toEqual([]);
      expect(api.agreement.map((a) => a.op)).toEqual(
        apiOperations(graph, picks).map((op) => op.id),
      );
      expect(api.rows).toHaveLength(apiOperations(graph, picks).length * 2);
      // The peer sits out what its generated API cannot express (a grouped count, k paths).
      const peerless = apiOperations(graph, picks).filter((op) => !op.peer);
      expect(peerless.map((op) => op.id).sort()).toEqual(['grouped-count', 'k-shortest-paths']);
      for (const row of api.rows) {
        const withPeer = !peerless.some((op) => op.id === row.op);
        const names = withPeer
          ? (['ours', 'ours-cached', 'raw', 'peer'] as const)
          : (['ours', 'ours-cached', 'raw'] as const);
        expect(Object.keys(row.results).sort(), row.op).toEqual([...names].sort());
        for (const name of names) {
          expect(
            row.results[name]?.errors,
            `${row.op} ${name}: ${row.results[name]?.firstError}`,
          ).toBe(0);
          expect(row.results[name]?.count).toBeGreaterThan(0);
          expect(row.results[name]?.p95).toBeGreaterThanOrEqual(row.results[name]?.p50 ?? Infinity);
        }
        expect(finitePositive(row.ratios.oursRawP50) && finitePositive(row.ratios.oursRawRps)).toBe(
          true,
        );
        expect(finitePositive(row.ratios.cachedRawP50)).toBe(true);
        if (withPeer)
          expect(
            finitePositive(row.ratios.oursPeerP50) && finitePositive(row.ratios.oursPeerRps),
          ).toBe(true);
        else expect([row.ratios.oursPeerP50, row.ratios.oursPeerRps]).toEqual([null, null]);
      }
      // The floors under the latencies: an HTTP request to ours, a Bolt RETURN 1 for raw.
      expect(Object.keys(api.floors).sort()).toEqual(['ours', 'raw']);
      expect(finitePositive(api.floors.ours?.p50) && finitePositive(api.floors.raw?.p50)).toBe(
        true,
      );
    },
    SLOW,
  );

  it(
    'nested: counts statements per page size, with the same data from every contender',
    async () => {
      const nested = await runNestedScenario(
        contenders.all,
        graph,
        picks,
        { ...TINY, concurrency: [1] },
        quiet,
      );
      expect(nested.rows.length).toBeGreaterThanOrEqual(3);
      for (const row of nested.rows) {
        expect(row.agree).toBe(true);
        // The peer compiles one statement per request, the raw contender sends exactly one.
        expect(row.statements).toMatchObject({ raw: 1, peer: 1 });
        expect(row.statements.ours).toBeGreaterThanOrEqual(1);
      }
      expect(nested.constant.ours).toBe(true);
      expect(finitePositive(nested.latency[0]?.ratios.oursPeerP50)).toBe(true);
    },
    SLOW,
  );

  it(
    'overhead: each layer of ours measured beside raw on the same questions, finite figures',
    async () => {
      const ops = apiOperations(graph, picks).filter(
        (op) => op.id === 'concept-by-id' || op.id === 'neighborhood-d1-high',
      );
      const rows = await runOverheadScenario(db, contenders.all, ops, TINY, quiet);
      expect(rows.map((r) => r.op)).toEqual(['concept-by-id', 'neighborhood-d1-high']);
      for (const row of rows) {
        for (const lane of ['raw', 'db-layer', 'graphql', 'ours', 'health'] as const) {
          const x = row.results[lane];
          expect(x?.errors, `${row.op} ${lane}: ${x?.firstError}`).toBe(0);
          expect(finitePositive(x?.p50)).toBe(true);
        }
        // Differences may be negative on a noisy machine; they must be numbers.
        expect(Object.values(row.layers).every((v) => Number.isFinite(v))).toBe(true);
      }
    },
    SLOW,
  );

  it(
    'replay: the explorer session and the worked queries, the same data with the cache on and off and from raw, finite ratios',
    async () => {
      const replay = await runReplayScenario(
        contenders.all,
        graph,
        picks,
        { ...TINY, sliceMs: 200, concurrency: [1, 2] },
        quiet,
      );
      expect(replay.agreement.filter((a) => !a.agree)).toEqual([]);
      // Every explorer step runs; only worked queries about what a synthetic graph lacks drop out.
      const session = explorerSession(graph, picks);
      const ids = replay.steps.map((s) => s.id);
      expect(ids.slice(0, session.length)).toEqual(session.map((op) => op.id));
      expect(ids.length).toBeGreaterThan(session.length);
      expect(replay.leftOut.every((l) => l.op.startsWith('worked-'))).toBe(true);
      expect(replay.steps.filter((s) => s.raw).map((s) => s.id)).toEqual(
        session.filter((op) => op.raw).map((op) => op.id),
      );
      expect(replay.rows.map((r) => r.concurrency)).toEqual([1, 2]);
      for (const row of replay.rows) {
        for (const name of ['ours-cached', 'ours', 'raw'] as const) {
          const all = row.all[name];
          expect(all?.errors, `${name}: ${all?.firstError}`).toBe(0);
          expect(all?.count).toBeGreaterThan(0);
        }
        expect(
          [row.ratios.cachedRawP50, row.ratios.oursRawP50, row.ratios.cachedOursP50].every(
            finitePositive,
          ),
        ).toBe(true);
      }
      // The two servers differ in RESPONSE_CACHE only, and their /ready counters say so.
      expect(replay.cache?.enabled).toBe(true);
      expect(replay.cacheOff?.enabled).toBe(false);
      expect(replay.cache?.hitRate).toBeGreaterThanOrEqual(0);
      expect(replay.cache?.hitRate).toBeLessThanOrEqual(1);
    },
    SLOW,
  );

  it(
    'sustained: the two-field query with the cache on and off, and GET /health, each a finite rate',
    async () => {
      const sustained = await runSustainedScenario(
        contenders.all,
        graph,
        picks,
        { connections: 2, durationMs: 300, warmupMs: 30, maxRequestsPerSlice: 200 },
        quiet,
      );
      expect(sustained.agree).toBe(true);
      for (const lane of ['ours-cached', 'ours', 'health'] as const) {
        const x = sustained.results[lane];
        expect(x?.errors, `${lane}: ${x?.firstError}`).toBe(0);
        expect(x?.count).toBeGreaterThan(0);
        expect(x?.p99).toBeGreaterThanOrEqual(x?.p50 ?? Infinity);
      }
      expect(Object.values(sustained.ratios).every(finitePositive)).toBe(true);
      expect(sustained.cache?.enabled).toBe(true);
    },
    SLOW,
  );

  it(
    'profile: replays what our server sent, with database hits per statement',
    async () => {
      const ours = contenders.all.find((c) => c.name === 'ours');
      const op = apiOperations(graph, picks).find((o) => o.id === 'neighborhood-d1-medium');
      if (!ours || !op) throw new Error('no ours contender or no neighbourhood operation');
      const report = await profileOperation(
        { ...readDatabaseConfig(), uri: testDatabaseUri() },
        ours,
        op,
        'smoke',
      );
      expect(report.ours.length).toBeGreaterThan(0);
      for (const s of [...report.ours, report.raw])
        expect(Number.isFinite(s.dbHits) && s.dbHits > 0).toBe(true);
    },
    SLOW,
  );

  it(
    'load: our loader, a batch sweep, the naive baseline and the plain-Cypher ceiling each report a finite rate',
    async () => {
      const load = await runLoadScenario(
        db,
        { sizes: [40, 80], batchSizes: [10, 100], naiveMs: 400, dir, prefix },
        quiet,
      );
      expect(load.rows.map((r) => r.size)).toEqual([40, 80]);
      for (const r of load.rows)
        expect(finitePositive(r.writeRate) && finitePositive(r.totalRate)).toBe(true);
      expect(load.sweep.map((s) => s.batchSize)).toEqual([null, 10, 100]);
      for (const s of load.sweep) expect(finitePositive(s.writeRate)).toBe(true);
      expect(finitePositive(load.naive?.rate)).toBe(true);
      const swept = load.rows.find((r) => r.size === load.sweepSize);
      expect(load.ceiling?.elements).toBe((swept?.concepts ?? 0) + (swept?.relations ?? 0));
      expect(finitePositive(load.ceiling?.rate)).toBe(true);
    },
    SLOW,
  );

  it('report: the bundle sizes, the targets and the markdown come out of a result record', () => {
    const bundle = measureBundles();
    const explorer = bundle.rows.find((r) => r.page === 'explorer');
    expect(explorer?.files?.length).toBeGreaterThan(0);
    expect(explorer?.gzipBytes).toBeGreaterThan(0);
    expect(explorer?.gzipBytes).toBeLessThan(explorer?.bytes ?? 0);
    expect(explorer?.brBytes).toBeGreaterThan(0);
    expect(explorer?.brBytes).toBeLessThan(explorer?.gzipBytes ?? 0);
    expect(explorer?.withPage.files).toContain('index.html');
    const record = {
      startedAt: new Date().toISOString(),
      durationMs: 1,
      machine: {
        cpus: 2,
        memoryGiB: 24,
        node: process.versions.node,
        neo4j: '5',
        loadAverage: [0, 0, 0],
      },
      options: parseOptions(['--quick']),
      graph: null,
      load: null,
      api: null,
      overhead: null,
      nested: null,
      replay: null,
      sustained: null,
      browser: null,
      bundle,
      lighthouse: null,
      profile: [],
      skipped: [],
    };
    const targets = evaluateTargets(record);
    expect(targets).toHaveLength(11);
    expect(renderMarkdown({ ...record, targets })).toContain('| explorer |');
  });

  it(
    'Lighthouse and the landing bytes (one page, desktop): scores in [0, 1], figures finite',
    async () => {
      const server = await startTestServer(db);
      try {
        const landing = await measureLandingBytes(server.url, `/?g=${graph}`);
        expect(landing.requests.length).toBeGreaterThan(0);
        expect(finitePositive(landing.totalBytes)).toBe(true);
        expect(landing.codeBytes).toBeLessThanOrEqual(landing.totalBytes);
        const result = await runLighthouseScenario(server.url, {
          pages: [`/?g=${graph}`],
          profiles: ['desktop'],
        });
        expect(result.version).toBe('12.2.3');
        const [row] = result.rows;
        expect(row?.error).toBeNull();
        for (const value of Object.values(row?.scores ?? {})) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
        for (const value of Object.values(row?.figures ?? {})) {
          expect(Number.isFinite(value)).toBe(true);
        }
      } finally {
        await server.close();
      }
    },
    SLOW,
  );
});
