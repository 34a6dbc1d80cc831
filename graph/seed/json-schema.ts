// The seed format as JSON Schema, generated from the zod schema so the two cannot drift apart
// (seeds/format-docs.test.ts fails when seeds/seed-format.schema.json is stale; `npm run
// seed:schema` regenerates it).
// Cross-references (declared kinds, relation ends, quotes in the source text) are beyond JSON
// Schema: `npm run seed -- <file> --dry-run` checks those.
import { z } from 'zod';
import { seedFileSchema } from './schema.js';

export const JSON_SCHEMA_FILE = 'seeds/seed-format.schema.json';

export function seedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(seedFileSchema, { io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    $id: 'https://github.com/keserasian-sosial-explorer/seeds/seed-format.schema.json',
    title: 'Seed file of a knowledge graph (format 1)',
    description:
      'A graph, its kinds and relation types, its sources, concepts and relations, each concept and relation with a quote from the source text. See seeds/README.md.',
  };
}

export function seedJsonSchemaText(): string {
  return `${JSON.stringify(seedJsonSchema(), null, 2)}\n`;
}
