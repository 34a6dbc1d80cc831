// The machine-readable schema and the README say what the code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { JSON_SCHEMA_FILE, seedJsonSchemaText } from '../graph/seed/json-schema.js';
import { SEED_LIMITS, seedFileSchema } from '../graph/seed/index.js';
import * as format from '../graph/seed/schema.js';
import { SEED_FILE } from '../tests/seed/support/files.js';

describe('the seed format documents', () => {
  it('seeds/seed-format.schema.json is generated from the zod schema (run npm run seed:schema)', () => {
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
    expect(readme).toContain(`|numbering|${SEED_LIMITS.numberLabel}characters(itslabel)|`);
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
      'replaces',
    ] as const) {
      expect(readme, key).toContain(`|${key}|${SEED_LIMITS[key]}`);
    }
  });

  it('seeds/README.md names every property the loader writes', () => {
    const readme = readFileSync('seeds/README.md', 'utf8');
    const properties =
      'labelId labelEn definitionId definitionEn quote source page section order numberLabel numberQuote replaces structural basis rationaleId rationaleEn contentHash loadedAt conceptText StagedConcept RetiredConcept SeedLoad';
    for (const property of properties.split(' ')) {
      expect(readme, property).toContain(`\`${property}\``);
    }
  });

  it('seeds/README.md shows every field of the format in its example, and explains the new ones', () => {
    const readme = readFileSync('seeds/README.md', 'utf8');
    const example = /## The format[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const maps = [
      seedFileSchema,
      format.graphSchema,
      format.kindSchema,
      format.relationTypeSchema,
      format.sourceSchema,
      format.conceptSchema,
      format.numberingSchema,
      format.relationSchema,
    ];
    for (const field of new Set(maps.flatMap((map) => Object.keys(map.shape)))) {
      expect(example, field).toMatch(new RegExp(`(^|[\\s{,])${field}:`));
    }
    for (const field of ['structural: true', 'numbering', 'replaces']) {
      expect(readme, field).toContain(`- **\`${field}\`**`);
    }
  });
});
