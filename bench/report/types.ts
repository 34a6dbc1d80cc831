// Everything one run measured: written as bench/results/<date>.json and rendered as markdown.
import type { BundleResult } from '../scenarios/bundle.js';
import type { BrowserRow } from '../scenarios/browser.js';
import type { LandingBytes } from '../scenarios/landing-bytes.js';
import type { LighthouseResult } from '../scenarios/lighthouse.js';
import type { ApiResult } from '../scenarios/api.js';
import type { LoadResult } from '../scenarios/load.js';
import type { NestedResult } from '../scenarios/nested.js';
import type { OverheadRow } from '../scenarios/overhead.js';
import type { ProfileReport } from '../scenarios/profile.js';
import type { ReplayResult } from '../scenarios/replay.js';
import type { SustainedResult } from '../scenarios/sustained.js';
import type { Picks } from '../data/pick.js';
import type { BenchOptions } from '../options.js';

export interface TargetStatus {
  target: string;
  met: boolean | null;
  detail: string;
}

export interface RunResult {
  startedAt: string;
  durationMs: number;
  machine: { cpus: number; memoryGiB: number; node: string; neo4j: string; loadAverage: number[] };
  options: BenchOptions;
  graph: { id: string; size: number; picks: Picks } | null;
  load: LoadResult | null;
  api: ApiResult | null;
  /** Where ours' time goes beside raw's, layer by layer (concurrency 1). */
  overhead: OverheadRow[] | null;
  nested: NestedResult | null;
  replay: ReplayResult | null;
  sustained: SustainedResult | null;
  browser: { rows: BrowserRow[]; landing: BrowserRow[] } | null;
  bundle: BundleResult | null;
  /** Lighthouse's scores and figures, and the bytes a first visit to `/` downloads. */
  lighthouse: (LighthouseResult & { landing: LandingBytes | null }) | null;
  profile: ProfileReport[];
  targets: TargetStatus[];
  /** Scenarios that could not run, and why (a missing part of the product, a missing browser). */
  skipped: { scenario: string; reason: string }[];
}
