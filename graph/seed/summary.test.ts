// The summary a load prints: no "replaced a version of 0 concepts", no rate for a small load.
import { describe, expect, it } from 'vitest';
import { PROGRESS_BAR_THRESHOLD } from './progress-bar.js';
import { formatSummary, type LoadSummary } from './summary.js';

const LOAD: LoadSummary = {
  graph: 'g',
  file: 'g.yaml',
  dryRun: false,
  contentHash: 'sha256:00',
  concepts: 70,
  relations: 180,
  byKind: { Value: 70 },
  byType: { SUPPORTS: 180 },
  previous: 0,
  removed: 0,
  validateMs: 100,
  writeMs: 2_000,
};

describe('the load summary', () => {
  it('says a first load replaced nothing', () => {
    const text = formatSummary(LOAD);
    expect(text).toContain('  first version of this graph (nothing replaced)');
    expect(text).not.toContain('replaced a version');
    expect(formatSummary({ ...LOAD, previous: 73, removed: 1 })).toContain(
      '  replaced a version of 73 concepts (1 of them gone)',
    );
  });

  it('gives elements per second only for loads big enough to measure', () => {
    expect(formatSummary(LOAD)).toMatch(/\n {2}time: validate 0\.10 s, write 2\.00 s$/);
    const big = { ...LOAD, concepts: PROGRESS_BAR_THRESHOLD, relations: 10_000 };
    expect(formatSummary(big)).toMatch(/write 2\.00 s, 10000 elements\/s$/);
  });

  it('writes nothing about versions on a dry run', () => {
    const text = formatSummary({ ...LOAD, dryRun: true, writeMs: 0 });
    expect(text).not.toMatch(/version|write/);
  });
});
