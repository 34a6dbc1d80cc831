// The quality report of the shipped Keserasian Sosial graph: every concept tells itself apart by
// its label, every inference says why, and the meaning relations hold the graph together.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateSeedFile } from '../graph/seed/index.js';
import { reportSeed, type GraphReport } from '../graph/seed/report.js';
import { SEED_FILE } from '../tests/seed/support/files.js';

let report: GraphReport;

beforeAll(async () => {
  const result = await validateSeedFile(SEED_FILE);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  report = reportSeed(result.seed);
});

describe('the quality report of the Keserasian Sosial seed', () => {
  it('finds no two concepts sharing a label, in either language', () => {
    expect(report.sharedLabels).toEqual([]);
  });

  it('finds no inferred relation without a rationale', () => {
    expect(report.inferredWithoutRationale).toEqual([]);
  });

  it('finds the meaning relations forming one connected component', () => {
    expect(report.meaningComponents.count).toBe(1);
  });

  it('declares the document structure as structural, and only it', () => {
    const structural = report.byType.filter((t) => t.structural).map((t) => t.type);
    expect(structural.sort()).toEqual(['HAS_MEMBER', 'HAS_SECTION']);
    // Structure is what the text shows: nothing in it is our reading.
    expect(report.byType.filter((t) => t.structural).every((t) => t.inferred === 0)).toBe(true);
  });
});
