// What a seed holds, counted by kind and relation type, and the CLI's summary of a load.
import type { SeedGraph } from './model.js';
// A smaller load's time is mostly fixed costs (schema checks, the switch, a fresh database
// planning its first queries): its elements per second would be a silly figure.
import { PROGRESS_BAR_THRESHOLD } from './progress-bar.js';

export interface SeedCounts {
  concepts: number;
  relations: number;
  byKind: Record<string, number>;
  byType: Record<string, number>;
}

export function countSeed(seed: SeedGraph): SeedCounts {
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const c of seed.concepts) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  for (const r of seed.relations) byType[r.type] = (byType[r.type] ?? 0) + 1;
  return { concepts: seed.concepts.length, relations: seed.relations.length, byKind, byType };
}

export interface LoadSummary extends SeedCounts {
  graph: string;
  file: string;
  dryRun: boolean;
  contentHash: string;
  /** Concepts of the version this load replaced (0 on a first load or a dry run). */
  previous: number;
  /** Of those, the ones the new version no longer has. */
  removed: number;
  validateMs: number;
  writeMs: number;
}

function table(counts: Record<string, number>): string[] {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(0, ...entries.map(([name]) => name.length));
  return entries.map(([name, n]) => `    ${name.padEnd(width)}  ${String(n).padStart(7)}`);
}

function replaced(s: LoadSummary): string {
  if (s.previous === 0) return '  first version of this graph (nothing replaced)';
  return `  replaced a version of ${s.previous} concepts (${s.removed} of them gone)`;
}

export function formatSummary(s: LoadSummary): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const elements = s.concepts + s.relations;
  const rate =
    s.writeMs > 0 && elements >= PROGRESS_BAR_THRESHOLD
      ? `, ${Math.round(elements / (s.writeMs / 1000))} elements/s`
      : '';
  const action = s.dryRun ? 'Validated (dry run, nothing written)' : `Loaded graph "${s.graph}"`;
  return [
    `${action} from ${s.file}`,
    `  concepts: ${s.concepts}`,
    ...table(s.byKind),
    `  relations: ${s.relations}`,
    ...table(s.byType),
    ...(s.dryRun ? [] : [replaced(s)]),
    `  content hash: ${s.contentHash}`,
    `  time: validate ${seconds(s.validateMs)}${s.dryRun ? '' : `, write ${seconds(s.writeMs)}${rate}`}`,
  ].join('\n');
}
