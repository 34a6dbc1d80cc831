// One benchmark run: the environment, each chosen scenario in turn, and the result record.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadSeedFile } from '../graph/seed/index.js';
import { chromiumAvailable } from './browser/chromium.js';
import { startContenders } from './contenders/start.js';
import { startBenchServer } from './contenders/spawn.js';
import { prepareGraph, type PreparedGraph } from './data/graphs.js';
import type { Database } from '../graph/db.js';
import { pickConcepts } from './data/pick.js';
import { openEnv } from './env.js';
import type { BenchOptions } from './options.js';
import { errorLine } from './errors.js';
import { evaluateTargets } from './report/targets.js';
import type { RunResult } from './report/types.js';
import { apiOperations, runApiScenario } from './scenarios/api.js';
import { runBrowserScenario } from './scenarios/browser.js';
import { measureBundles } from './scenarios/bundle.js';
import { measureLandingBytes } from './scenarios/landing-bytes.js';
import { runLighthouseScenario } from './scenarios/lighthouse.js';
import { runLoadScenario } from './scenarios/load.js';
import { runNestedScenario, TIMED_PAGE } from './scenarios/nested.js';
import { runOverheadScenario } from './scenarios/overhead.js';
import { runReplayScenario } from './scenarios/replay.js';
import { runSustainedScenario } from './scenarios/sustained.js';
import { nestedPage } from './ops/nested.js';
import { profileOperation } from './scenarios/profile.js';
import { chooseProfiled } from './scenarios/slowest.js';

export const LANDING_SEED = 'seeds/keserasian-sosial.yaml';
const GESTURE_MS = 3_000;
/** The questions the overhead scenario splits into layers: the target's lookup and depth-1 clicks. */
const OVERHEAD_OPS = ['concept-by-id', 'neighborhood-d1-'];

export async function runBench(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<RunResult> {
  const started = Date.now();
  const wants = (s: BenchOptions['scenarios'][number]) => options.scenarios.includes(s);
  const result: Omit<RunResult, 'targets' | 'durationMs' | 'machine'> & {
    machine?: RunResult['machine'];
  } = {
    startedAt: new Date(started).toISOString(),
    options,
    graph: null,
    load: null,
    api: null,
    overhead: null,
    nested: null,
    replay: null,
    sustained: null,
    browser: null,
    bundle: null,
    lighthouse: null,
    profile: [],
    skipped: [],
  };
  const loadAverage = loadavg();
  const env = await openEnv(log, options.heap);
  const dir = mkdtempSync(join(tmpdir(), 'ks-bench-'));
  try {
    if (wants('load')) {
      await attempt('load', result.skipped, log, async () => {
        log('Load scenario');
        result.load = await runLoadScenario(
          env.db,
          { sizes: options.sizes, batchSizes: options.batchSizes, naiveMs: options.naiveMs, dir },
          log,
        );
      });
    }
    const prepared = (
      ['api', 'overhead', 'nested', 'replay', 'sustained', 'profile'] as const
    ).some(wants)
      ? await queryGraph(env.db, options, dir, result.skipped, log)
      : null;
    if (prepared) {
      const picks = await pickConcepts(env.db, prepared.graph);
      result.graph = { id: prepared.graph, size: prepared.size, picks };
      const contenders = await startContenders(
        env.config,
        picks.relationTypes,
        Math.max(...options.concurrency, wants('sustained') ? options.sustainedConnections : 0),
      );
      try {
        if (wants('api')) {
          await attempt('api', result.skipped, log, async () => {
            log('API scenario');
            result.api = await runApiScenario(contenders.all, prepared.graph, picks, options, log);
          });
        }
        if (wants('overhead')) {
          await attempt('overhead', result.skipped, log, async () => {
            log('Overhead scenario (layer by layer, concurrency 1)');
            const ops = apiOperations(prepared.graph, picks).filter((op) =>
              OVERHEAD_OPS.some((prefix) => op.id.startsWith(prefix)),
            );
            result.overhead = await runOverheadScenario(env.db, contenders.all, ops, options, log);
          });
        }
        if (wants('nested')) {
          await attempt('nested', result.skipped, log, async () => {
            log('Nested query scenario');
            result.nested = await runNestedScenario(
              contenders.all,
              prepared.graph,
              picks,
              options,
              log,
            );
          });
        }
        if (wants('replay')) {
          await attempt('replay', result.skipped, log, async () => {
            log('Replay scenario');
            result.replay = await runReplayScenario(
              contenders.all,
              prepared.graph,
              picks,
              options,
              log,
            );
          });
        }
        if (wants('sustained')) {
          await attempt('sustained', result.skipped, log, async () => {
            log('Sustained-load scenario');
            result.sustained = await runSustainedScenario(
              contenders.all,
              prepared.graph,
              picks,
              {
                connections: options.sustainedConnections,
                durationMs: options.sustainedMs,
                warmupMs: options.warmupMs,
                maxRequestsPerSlice: options.maxRequestsPerSlice,
              },
              log,
            );
          });
        }
        // Profiled without the response cache: a cached answer sends no statement at all.
        const ours = contenders.all.find((c) => c.name === 'ours');
        if (wants('profile') && ours) {
          await attempt('profile', result.skipped, log, async () => {
            log('Profiling');
            const ops = [
              ...apiOperations(prepared.graph, picks),
              nestedPage(prepared.graph, picks.relationTypes, picks.pageIds.slice(0, TIMED_PAGE)),
            ];
            for (const pick of chooseProfiled([
              ...(result.api?.rows ?? []),
              ...(result.nested?.latency ?? []),
            ])) {
              const op = ops.find((o) => o.id === pick.op);
              if (op) result.profile.push(await profileOperation(env.config, ours, op, pick.why));
            }
          });
        }
      } finally {
        await contenders.close();
      }
    }
    if (wants('browser'))
      await attempt('browser', result.skipped, log, async () => {
        if (!chromiumAvailable())
          result.skipped.push({
            scenario: 'browser',
            reason: 'no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)',
          });
        else if (!existsSync('dist/web/index.html'))
          result.skipped.push({
            scenario: 'browser',
            reason: 'the web app is not built (npm run build)',
          });
        else {
          log('Browser scenario');
          const targets = [];
          for (const size of options.browserSizes)
            targets.push(await prepareGraph(env.db, size, dir));
          const landing = existsSync(LANDING_SEED)
            ? await loadSeedFile(env.db, LANDING_SEED)
            : null;
          const server = await startBenchServer('ours', { NEO4J_URI: env.config.uri });
          try {
            result.browser = await runBrowserScenario(
              server.url,
              targets.map((t) => ({ graph: t.graph, size: t.size })),
              landing ? { graph: landing.graph, size: landing.concepts } : null,
              { gestureMs: GESTURE_MS, renderers: ['canvas', 'webgl'] },
              log,
            );
          } finally {
            await server.stop();
          }
        }
      });
    if (wants('bundle')) result.bundle = measureBundles();
    if (wants('lighthouse'))
      await attempt('lighthouse', result.skipped, log, async () => {
        const missing = !chromiumAvailable()
          ? 'no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)'
          : !existsSync('dist/web/index.html')
            ? 'the web app is not built (npm run build)'
            : null;
        if (missing) {
          result.skipped.push({ scenario: 'lighthouse', reason: missing });
          return;
        }
        log('Lighthouse scenario');
        // The pages are `/` and `/embed` as a visitor opens them: the landing graph is the default.
        const landing = existsSync(LANDING_SEED) ? await loadSeedFile(env.db, LANDING_SEED) : null;
        const server = await startBenchServer('ours', {
          NEO4J_URI: env.config.uri,
          ...(landing ? { DEFAULT_GRAPH: landing.graph } : {}),
        });
        try {
          const bytes = await measureLandingBytes(server.url);
          log(`  landing view: ${bytes.totalBytes} bytes over ${bytes.requests.length} requests`);
          result.lighthouse = {
            ...(await runLighthouseScenario(server.url, {}, log)),
            landing: bytes,
          };
        } finally {
          await server.stop();
        }
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await env.close();
  }
  const machine = {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    neo4j: env.neo4jVersion,
    loadAverage,
  };
  const done = { ...result, machine, durationMs: Date.now() - started };
  return { ...done, targets: evaluateTargets(done) };
}

type Skipped = RunResult['skipped'];

/** Runs a scenario; a failure is recorded with its reason and the run goes on with the next. */
async function attempt(
  scenario: string,
  skipped: Skipped,
  log: (line: string) => void,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reason = errorLine(error);
    skipped.push({ scenario, reason: `failed: ${reason}` });
    log(`  ${scenario} failed: ${reason}`);
  }
}

/** The graph the API scenarios query: the asked size, or the largest smaller one that loads. */
async function queryGraph(
  db: Database,
  options: BenchOptions,
  dir: string,
  skipped: Skipped,
  log: (line: string) => void,
): Promise<PreparedGraph | null> {
  const sizes = [
    options.apiSize,
    ...options.sizes.filter((s) => s < options.apiSize).sort((a, b) => b - a),
  ];
  for (const size of sizes) {
    try {
      log(`Preparing the ${size}-concept graph for the API scenarios`);
      return await prepareGraph(db, size, dir);
    } catch (error) {
      const reason = errorLine(error);
      skipped.push({
        scenario: `api graph of ${size} concepts`,
        reason: `failed to load: ${reason}`,
      });
      log(`  could not load ${size} concepts: ${reason}`);
    }
  }
  return null;
}
