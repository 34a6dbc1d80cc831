// A bad file is refused before anything touches the database: the graph stays as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { loadSeedFile, SeedValidationError } from '../../graph/seed/index.js';
import { testDatabase, uniqueGraphId } from '../support/database.js';
import { keserasianText, lineOf, replaceOnce, tempDir, writeSeed } from './support/files.js';
import { snapshot } from './support/snapshot.js';

let db: Database;
let dir: string;
let graph: string;
let text: string;

beforeAll(async () => {
  db = testDatabase();
  dir = tempDir();
  graph = uniqueGraphId('bad-input');
  text = keserasianText(graph);
  await loadSeedFile(db, writeSeed(dir, 'good.yaml', text));
});

afterAll(async () => {
  await db?.close();
});

const BAD: [string, (t: string) => string, string, RegExp][] = [
  ['not YAML', (t) => `${t}\n  - [unclosed`, '  - [unclosed', /not valid YAML/],
  [
    'an unknown kind',
    (t) =>
      replaceOnce(
        t,
        'kind: Value\n    label: { id: Kesetaraan',
        'kind: Valeu\n    label: { id: Kesetaraan',
      ),
    'kind: Valeu',
    /unknown kind "Valeu"/,
  ],
  [
    'an unknown relation type',
    (t) => replaceOnce(t, 'type: STRENGTHENS', 'type: STRENGTHEN'),
    'type: STRENGTHEN\n',
    /unknown relation type "STRENGTHEN"/,
  ],
  [
    'a duplicate id',
    (t) => replaceOnce(t, '  - id: media-massa\n', '  - id: kesetaraan\n'),
    '  - id: kesetaraan\n    kind: Actor',
    /duplicate id "kesetaraan"/,
  ],
  [
    'a dangling relation end',
    (t) =>
      replaceOnce(
        t,
        'from: sasaran-peran-media-massa, to: media-massa,',
        'from: sasaran-peran-media-massa, to: media,',
      ),
    'to: media, basis',
    /no concept has the id "media"/,
  ],
  [
    'a relation between undeclared kinds',
    (t) =>
      replaceOnce(
        t,
        '{ type: PRODUCED, from: konvensi-nasional-2009,',
        '{ type: PRODUCED, from: kesetaraan,',
      ),
    'PRODUCED, from: kesetaraan',
    /PRODUCED may not start at "kesetaraan", a Value/,
  ],
  [
    'a missing translation',
    (t) => replaceOnce(t, '{ id: Kesetaraan, en: Equality }', '{ id: Kesetaraan }'),
    '{ id: Kesetaraan }',
    /missing translation \(English\)/,
  ],
  [
    'a quote not in the text',
    (t) => replaceOnce(t, 'quote: peranan media massa\n', 'quote: peran media massa\n'),
    'quote: peran media massa',
    /is not in the source text/,
  ],
  [
    'a wrong type',
    (t) =>
      replaceOnce(
        t,
        '    page: 8\n    section: bagian-e-fungsi\n    order: 1',
        '    page: delapan\n    section: bagian-e-fungsi\n    order: 1',
      ),
    'page: delapan',
    /must be a whole number/,
  ],
  [
    'an empty required field',
    (t) => replaceOnce(t, 'quote: kebersamaan (togetherness)', "quote: ''"),
    "quote: ''",
    /must not be empty/,
  ],
  [
    'an oversized field',
    (t) => replaceOnce(t, 'en: Mutual respect', `en: ${'x'.repeat(300)}`),
    'en: xxx',
    /is longer than 200 characters/,
  ],
];

describe('a bad seed file', () => {
  it.each(BAD)(
    'with %s is refused at its line, and the database is unchanged',
    async (_name, edit, marker, message) => {
      const before = await snapshot(db, graph);
      const broken = edit(text);
      const attempt = loadSeedFile(db, writeSeed(dir, 'bad.yaml', broken));
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SeedValidationError);
      const problems = (error as SeedValidationError).problems;
      const problem = problems.find((p) => message.test(p.message));
      expect(problem, problems.map((p) => p.message).join('\n')).toBeDefined();
      expect(problem?.line).toBe(lineOf(broken, marker));
      expect(await snapshot(db, graph)).toEqual(before);
    },
  );
});
