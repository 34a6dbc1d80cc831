// `npm run seed:schema` (`npx tsx graph/seed/write-json-schema.ts`): regenerates seeds/seed-format.schema.json.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_FILE, seedJsonSchemaText } from './json-schema.js';

writeFileSync(JSON_SCHEMA_FILE, seedJsonSchemaText());
console.log(`Wrote ${JSON_SCHEMA_FILE}`);
