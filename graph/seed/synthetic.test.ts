// The synthetic generator writes valid seed files of the asked size, the same for the same seed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSeedFile } from './index.js';
import { generateSynthetic } from './synthetic.js';
import { tempDir } from '../../tests/seed/support/files.js';

describe('the synthetic generator', () => {
  it('writes a valid graph of N concepts with about three relations each', async () => {
    const dir = tempDir();
    const files = generateSynthetic({ concepts: 2_000, sourceText: 'synthetic.txt' });
    writeFileSync(join(dir, 'synthetic.txt'), files.sourceText);
    writeFileSync(join(dir, 'synthetic.json'), files.seedText);
    const result = await validateSeedFile(join(dir, 'synthetic.json'));
    if (!result.ok)
      throw new Error(
        result.problems
          .slice(0, 5)
          .map((p) => `${p.line}: ${p.message}`)
          .join('\n'),
      );
    expect(result.seed.concepts).toHaveLength(2_000);
    expect(result.seed.relations.length / 2_000).toBeGreaterThanOrEqual(2.9);
    expect(result.seed.relations.length / 2_000).toBeLessThanOrEqual(4);
    expect(new Set(result.seed.relations.map((r) => r.type)).size).toBe(4);
    expect(result.seed.relations.some((r) => r.basis === 'inferred')).toBe(true);
  });

  it('is deterministic, and handles tiny graphs', () => {
    const a = generateSynthetic({ concepts: 50, sourceText: 's.txt', seed: 7 });
    expect(generateSynthetic({ concepts: 50, sourceText: 's.txt', seed: 7 }).seedText).toBe(
      a.seedText,
    );
    expect(generateSynthetic({ concepts: 50, sourceText: 's.txt', seed: 8 }).seedText).not.toBe(
      a.seedText,
    );
    expect(generateSynthetic({ concepts: 1, sourceText: 's.txt' }).relationCount).toBe(0);
  });
});
