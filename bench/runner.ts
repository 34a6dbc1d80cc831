// One benchmark run: the environment, each chosen scenario in turn, and the result record.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { loadSeedFile } from '../graph/seed/index.js';
import { chromiumAvailable } from './browser/chromium.js';
import { startContenders } from './contenders/start.js';
import { startBenchServer } from './contenders/spawn.js';
import { generatorAvailable, prepareGraph } from './data/graphs.js';
import { pickConcepts } from './data/pick.js';
import { openEnv } from './env.js';
import type { BenchOptions } from './options.js';
import { evaluateTargets } from './report/targets.js';
import type { RunResult } from './report/types.js';
import { apiOperations, runApiScenario } from './scenarios/api.js';
import { runBrowserScenario } from './scenarios/browser.js';
import { measureBundles } from './scenarios/bundle.js';
import { runLoadScenario } from './scenarios/load.js';
import { runNestedScenario } from './scenarios/nested.js';
import { profileOperation } from './scenarios/profile.js';
import { chooseProfiled } from './scenarios/slowest.js';

export const LANDING_SEED = 'seeds/keserasian-sosial.yaml';
const GESTURE_MS = 3_000;

export async function runBench(options: BenchOptions, log: (line: string) => void): Promise<RunResult> {
  const started = Date.now();
  const wants = (s: BenchOptions['scenarios'][number]) => options.scenarios.includes(s);
  const result: Omit<RunResult, 'targets' | 'durationMs' | 'machine'> & { machine?: RunResult['machine'] } = {
    startedAt: new Date(started).toISOString(),
    options,
    graph: null,
    load: null,
    api: null,
    nested: null,
    browser: null,
    bundle: null,
    profile: [],
    skipped: [],
  };
  const loadAverage = loadavg();
  const env = await openEnv(log);
  const dir = mkdtempSync(join(tmpdir(), 'ks-bench-'));
  try {
    if (wants('load')) {
      if (generatorAvailable()) {
        log('Load scenario');
        result.load = await runLoadScenario(env.db, { sizes: options.sizes, batchSizes: options.batchSizes, naiveMs: options.naiveMs, dir }, log);
      } else result.skipped.push({ scenario: 'load', reason: 'the synthetic generator (graph/seed/synthetic-cli.ts) is not in the tree yet' });
    }
    if (wants('api') || wants('nested') || wants('profile')) {
      log(`Preparing the ${options.apiSize}-concept graph for the API scenarios`);
      const prepared = await prepareGraph(env.db, options.apiSize, dir);
      const picks = await pickConcepts(env.db, prepared.graph);
      result.graph = { id: prepared.graph, size: prepared.size, picks };
      const contenders = await startContenders(env.config, picks.relationTypes, Math.max(...options.concurrency));
      try {
        if (wants('api')) {
          log('API scenario');
          result.api = await runApiScenario(contenders.all, prepared.graph, picks, options, log);
        }
        if (wants('nested')) {
          log('Nested query scenario');
          result.nested = await runNestedScenario(contenders.all, prepared.graph, picks, options, log);
        }
        const ours = contenders.all.find((c) => c.name === 'ours');
        if (wants('profile') && ours) {
          log('Profiling');
          const ops = apiOperations(prepared.graph, picks);
          for (const pick of chooseProfiled(result.api?.rows ?? [])) {
            const op = ops.find((o) => o.id === pick.op);
            if (op) result.profile.push(await profileOperation(env.config, ours, op, pick.why));
          }
        }
      } finally {
        await contenders.close();
      }
    }
    if (wants('browser')) {
      if (!chromiumAvailable()) result.skipped.push({ scenario: 'browser', reason: 'no Chromium (apt-get install -y chromium, or set CHROMIUM_PATH)' });
      else if (!existsSync('dist/web/index.html')) result.skipped.push({ scenario: 'browser', reason: 'the web app is not built (npm run build)' });
      else {
        log('Browser scenario');
        const targets = [];
        for (const size of options.browserSizes) targets.push(await prepareGraph(env.db, size, dir));
        const landing = existsSync(LANDING_SEED) ? (await loadSeedFile(env.db, LANDING_SEED)) : null;
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
    }
    if (wants('bundle')) result.bundle = measureBundles();
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
