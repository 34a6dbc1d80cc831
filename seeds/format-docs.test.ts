// The machine-readable schema and the README say what the code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { JSON_SCHEMA_FILE, seedJsonSchemaText } from '../graph/seed/json-schema.js';
import { SEED_LIMITS, seedFileSchema } from '../graph/seed/index.js';
import { SEED_FILE } from '../tests/seed/support/files.js';

describe('the seed format documents', () => {
  it('seeds/seed-format.schema.json is generated from the zod schema (run graph/seed/write-json-schema.ts)', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(seedJsonSchemaText());
  });

  it('the Keserasian Sosial seed fits the schema as a whole', () => {
    const parsed = seedFileSchema.safeParse(YAML.parse(readFileSync(SEED_FILE, 'utf8')));
    expect(parsed.success).toBe(true);
  });

  it('seeds/README.md states every size limit', () => {
    const readme = readFileSync('seeds/README.md', 'utf8').replace(/[ ,_]/g, '');
    const mib = (bytes: number) => `${bytes / 1024 / 1024}MiB`;
    expect(readme).toContain(mib(SEED_LIMITS.fileBytes));
    expect(readme).toContain(mib(SEED_LIMITS.sourceTextBytes));
    for (const key of [
      'kinds',
      'relationTypes',
      'sources',
      'concepts',
      'relations',
      'id',
      'label',
      'title',
      'definition',
      'description',
      'quote',
      'rationale',
    ] as const) {
      expect(readme, key).toContain(`|${key}|${SEED_LIMITS[key]}`);
    }
  });

  it('seeds/README.md names every property the loader writes', () => {
    const readme = readFileSync('seeds/README.md', 'utf8');
    const properties =
      'labelId labelEn definitionId definitionEn quote source page section order basis rationaleId rationaleEn contentHash loadedAt conceptText StagedConcept RetiredConcept SeedLoad';
    for (const property of properties.split(' ')) {
      expect(readme, property).toContain(`\`${property}\``);
    }
  });
});
