// `npm run bench -- [options]`: which scenarios, which sizes, how long. Defaults are the full
// run (within 20 minutes on a 2-core machine); --quick is a few-minute check of everything.
import { parseArgs } from 'node:util';

export const SCENARIOS = [
  'load',
  'api',
  'overhead',
  'nested',
  'replay',
  'sustained',
  'browser',
  'bundle',
  'lighthouse',
  'profile',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  scenarios: ScenarioName[];
  /** Synthetic graph sizes (concepts) loaded by the load scenario. */
  sizes: number[];
  /** Size of the graph the API and nested scenarios query. */
  apiSize: number;
  concurrency: number[];
  warmupMs: number;
  sliceMs: number;
  rounds: number;
  maxRequestsPerSlice: number;
  /** Connections of the sustained-load scenario. */
  sustainedConnections: number;
  /** Measured time per lane of the sustained-load scenario (cut into interleaved slices). */
  sustainedMs: number;
  /** Operation ids (or prefixes) for the API scenario; all when empty. */
  only: string[];
  browserSizes: number[];
  /** Batch sizes the load scenario sweeps. */
  batchSizes: number[];
  /** Time bound of the naive one-statement-per-row baseline. */
  naiveMs: number;
  outDir: string;
  /** Heap of the local Neo4j the run starts (the launcher's default when unset). */
  heap: string | undefined;
}

const FULL: BenchOptions = {
  scenarios: [...SCENARIOS],
  sizes: [1_000, 10_000, 100_000],
  apiSize: 100_000,
  concurrency: [1, 10, 50],
  warmupMs: 500,
  sliceMs: 1_000,
  rounds: 3,
  maxRequestsPerSlice: 50_000,
  sustainedConnections: 50,
  sustainedMs: 10_000,
  only: [],
  browserSizes: [100, 500, 2_000, 5_000],
  batchSizes: [100, 500, 1_000, 2_000, 5_000, 10_000],
  naiveMs: 10_000,
  outDir: 'bench/results',
  heap: undefined,
};

const QUICK: Partial<BenchOptions> = {
  sizes: [1_000, 10_000],
  apiSize: 10_000,
  concurrency: [1, 10],
  warmupMs: 200,
  sliceMs: 400,
  rounds: 2,
  sustainedMs: 4_000,
  browserSizes: [100, 2_000],
  batchSizes: [500, 2_000, 10_000],
  naiveMs: 3_000,
};

const numbers = (text: string | undefined): number[] | undefined =>
  text === undefined
    ? undefined
    : text
        .split(',')
        .map((v) => Number(v.trim().replace(/k$/i, '000')))
        .filter((n) => Number.isFinite(n) && n > 0);

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      scenarios: { type: 'string' },
      sizes: { type: 'string' },
      'api-size': { type: 'string' },
      concurrency: { type: 'string' },
      'warmup-ms': { type: 'string' },
      'slice-ms': { type: 'string' },
      rounds: { type: 'string' },
      'max-requests': { type: 'string' },
      'sustained-connections': { type: 'string' },
      'sustained-ms': { type: 'string' },
      only: { type: 'string' },
      'browser-sizes': { type: 'string' },
      'batch-sizes': { type: 'string' },
      'naive-ms': { type: 'string' },
      out: { type: 'string' },
      heap: { type: 'string' },
    },
    strict: true,
  });
  const base = { ...FULL, ...(values.quick ? QUICK : {}) };
  const one = (text: string | undefined, fallback: number) => numbers(text)?.[0] ?? fallback;
  const scenarios = values.scenarios?.split(',').map((s) => s.trim()) ?? base.scenarios;
  for (const s of scenarios) {
    if (!(SCENARIOS as readonly string[]).includes(s))
      throw new Error(`Unknown scenario "${s}"; pick from ${SCENARIOS.join(', ')}.`);
  }
  const sizes = numbers(values.sizes) ?? base.sizes;
  return {
    ...base,
    scenarios: scenarios as ScenarioName[],
    sizes,
    apiSize: one(values['api-size'], values.sizes ? Math.max(...sizes) : base.apiSize),
    concurrency: numbers(values.concurrency) ?? base.concurrency,
    warmupMs: one(values['warmup-ms'], base.warmupMs),
    sliceMs: one(values['slice-ms'], base.sliceMs),
    rounds: one(values.rounds, base.rounds),
    maxRequestsPerSlice: one(values['max-requests'], base.maxRequestsPerSlice),
    sustainedConnections: one(values['sustained-connections'], base.sustainedConnections),
    sustainedMs: one(values['sustained-ms'], base.sustainedMs),
    only: values.only?.split(',').filter(Boolean) ?? base.only,
    browserSizes: numbers(values['browser-sizes']) ?? base.browserSizes,
    batchSizes: numbers(values['batch-sizes']) ?? base.batchSizes,
    naiveMs: one(values['naive-ms'], base.naiveMs),
    outDir: values.out ?? base.outDir,
    heap: values.heap ?? base.heap,
  };
}
