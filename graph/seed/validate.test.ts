// Every bad input gets a clear message at the right line, all problems of a file at once.
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, SEED_LIMITS, validateSeedFile, type SeedProblem } from './index.js';
import { fieldPath } from './problems.js';
import { lineOf, replaceOnce, tempDir, writeSeed } from '../../tests/seed/support/files.js';
import { SMALL_SEED } from '../../tests/seed/support/small-seed.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

async function problemsOf(text: string, name = 'bad.yaml'): Promise<SeedProblem[]> {
  const result = await validateSeedFile(writeSeed(dir, name, text));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

/** The one problem of a file broken in one way. */
async function onlyProblem(text: string, name?: string): Promise<SeedProblem> {
  const problems = await problemsOf(text, name);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0] as SeedProblem;
}

describe('seed validation', () => {
  it('accepts the small seed', async () => {
    const result = await validateSeedFile(writeSeed(dir, 'good.yaml', SMALL_SEED));
    expect(result.ok).toBe(true);
  });

  it('formats a problem as file:line:col path: message', async () => {
    const text = replaceOnce(SMALL_SEED, 'kind: Goal', 'kind: Gaol');
    const problem = await onlyProblem(text);
    expect(formatProblem(problem)).toBe(
      `${join(dir, 'bad.yaml')}:${lineOf(text, 'kind: Gaol')}:11 concepts[1].kind: unknown kind "Gaol" (not in kinds)`,
    );
  });

  it('refuses text that is not YAML', async () => {
    const text = 'format: 1\ngraph: [unclosed\nkinds: }\n';
    const problems = await problemsOf(text);
    expect(problems[0]?.message).toMatch(/^not valid YAML/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses a YAML file that is not a map, and a binary file', async () => {
    expect((await onlyProblem('just a sentence\n')).message).toMatch(
      /must be a map with format, graph/,
    );
    const binary = join(dir, 'binary.yaml');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]));
    const result = await validateSeedFile(binary);
    expect(!result.ok && result.problems[0]?.message).toMatch(/not UTF-8 text/);
  });

  it('refuses broken JSON at its line and column', async () => {
    const problem = await onlyProblem('{\n  "format": 1,\n  "graph": {,\n}', 'bad.json');
    expect(problem.message).toMatch(/^not valid JSON/);
    expect([problem.line, problem.column]).toEqual([3, 13]);
  });

  it('places problems of a JSON file on their lines', async () => {
    const json = JSON.stringify({ ...JSON.parse('{}'), format: 1 }, null, 2).replace(
      '}',
      '  ,"graph": {"id": "x y"}\n}',
    );
    const problems = await problemsOf(json, 'shape.json');
    const id = problems.find((p) => p.path.join('.') === 'graph.id');
    expect(id?.message).toMatch(/must be a slug/);
    expect(id?.line).toBe(3);
  });

  it('reports an unknown relation type', async () => {
    const text = replaceOnce(SMALL_SEED, '  - type: SUPPORTS', '  - type: SUPPORT');
    const problem = await onlyProblem(text);
    expect(problem.message).toBe('unknown relation type "SUPPORT" (not in relationTypes)');
    expect(problem.line).toBe(lineOf(text, 'type: SUPPORT\n'));
  });

  it('reports a duplicate id at the repeat', async () => {
    const text = replaceOnce(SMALL_SEED, '  - id: penerimaan-sosial', '  - id: kesetaraan');
    const problems = await problemsOf(text);
    const duplicate = problems.find((p) => p.message.startsWith('duplicate'));
    expect(duplicate?.message).toBe('duplicate id "kesetaraan" (first used at concepts[0])');
    expect(duplicate?.line).toBe(lineOf(text, '- id: kesetaraan', 'Equality'));
    // The relation to the renamed concept now dangles: reported too, not hidden by the duplicate.
    expect(problems.map((p) => p.message)).toContain('no concept has the id "penerimaan-sosial"');
  });

  it('reports a relation whose end does not exist', async () => {
    const text = replaceOnce(SMALL_SEED, '    to: penerimaan-sosial', '    to: penerimaan');
    const problem = await onlyProblem(text);
    expect(problem.message).toBe('no concept has the id "penerimaan"');
    expect([problem.line, problem.column]).toEqual([lineOf(text, '    to: penerimaan'), 9]);
  });

  it('reports a relation type used between kinds it is not declared for', async () => {
    const text = replaceOnce(
      SMALL_SEED,
      '    from: kesetaraan\n    to: penerimaan-sosial',
      '    from: penerimaan-sosial\n    to: kesetaraan',
    );
    const problems = await problemsOf(text);
    expect(problems.map((p) => p.message)).toEqual([
      'SUPPORTS may not start at "penerimaan-sosial", a Goal (declared from: Value)',
      'SUPPORTS may not end at "kesetaraan", a Value (declared to: Goal)',
    ]);
    expect(problems[0]?.line).toBe(lineOf(text, 'from: penerimaan-sosial'));
  });

  it('reports a missing translation', async () => {
    const text = replaceOnce(SMALL_SEED, '{ id: Kesetaraan, en: Equality }', '{ id: Kesetaraan }');
    const problem = await onlyProblem(text);
    expect(problem.message).toBe('missing translation (English)');
    expect(problem.path).toEqual(['concepts', 0, 'label', 'en']);
    expect(problem.line).toBe(lineOf(text, '{ id: Kesetaraan }'));
  });

  it('reports a quote that is not in the source text', async () => {
    const text = replaceOnce(
      SMALL_SEED,
      'quote: tidak berprasangka',
      'quote: tidak berprasangka buruk',
    );
    const problem = await onlyProblem(text);
    expect(problem.message).toMatch(
      /^is not in the source text \(compared after folding white space\)/,
    );
    expect(problem.line).toBe(lineOf(text, 'tidak berprasangka buruk'));
  });

  it('accepts a quote whose white space differs from the text (non-breaking spaces)', async () => {
    // The text has "Sosial\u00a0 (2006)" with a non-breaking space.
    const text = replaceOnce(
      SMALL_SEED,
      'quote: tidak berprasangka',
      'quote: "Menurut Departemen Sosial (2006)\\n  yang dimaksud"',
    );
    expect((await validateSeedFile(writeSeed(dir, 'spaces.yaml', text))).ok).toBe(true);
  });

  it('reports a wrong type and an empty required field', async () => {
    const text = replaceOnce(
      replaceOnce(SMALL_SEED, 'page: 11', 'page: eleven'),
      'label: { id: Penerimaan sosial,',
      "label: { id: '  ',",
    );
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.line, p.path.join('.'), p.message])).toEqual([
      [lineOf(text, 'page: eleven'), 'concepts.0.page', 'must be a whole number'],
      [lineOf(text, "label: { id: '  '"), 'concepts.1.label.id', 'must not be empty'],
    ]);
  });

  it('reports an unknown field (a misspelt name)', async () => {
    const text = replaceOnce(SMALL_SEED, '    page: 7', '    pgae: 7');
    const problem = await onlyProblem(text);
    expect([problem.line, problem.message]).toEqual([
      lineOf(text, 'pgae: 7'),
      'unknown field "pgae"',
    ]);
  });

  it('asks for a rationale on an inferred relation', async () => {
    const text = replaceOnce(
      SMALL_SEED,
      '    rationale: { id: Tanpa prasangka orang diterima., en: Without prejudice people are accepted. }\n',
      '',
    );
    const problem = await onlyProblem(text);
    expect(problem.message).toBe(
      'an inferred relation needs a rationale, in Indonesian (id) and English (en)',
    );
    // A missing field is placed at the map that lacks it.
    expect(problem.line).toBe(lineOf(text, '  - type: SUPPORTS'));
  });

  it('refuses an oversized field, and an oversized file before reading it', async () => {
    const long = 'x'.repeat(SEED_LIMITS.label + 1);
    const problem = await onlyProblem(replaceOnce(SMALL_SEED, 'en: Equality', `en: ${long}`));
    expect(problem.message).toBe(`is longer than ${SEED_LIMITS.label} characters`);
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, '');
    truncateSync(huge, SEED_LIMITS.fileBytes + 1); // sparse: costs no disk
    const result = await validateSeedFile(huge);
    expect(!result.ok && result.problems.map(formatProblem)).toEqual([
      `${huge}:1:1 (file): the file is ${SEED_LIMITS.fileBytes + 1} bytes, over the limit of ${SEED_LIMITS.fileBytes} (see seeds/README.md)`,
    ]);
  });

  it('reports a missing source text file at graph.sourceText', async () => {
    const problem = await onlyProblem(
      replaceOnce(
        SMALL_SEED,
        'sourceText: tinjauan-keserasian-sosial.txt',
        'sourceText: missing.txt',
      ),
    );
    expect(problem.path).toEqual(['graph', 'sourceText']);
    expect(problem.message).toMatch(
      /^the source text cannot be used: .*missing\.txt does not exist/,
    );
  });

  it('accepts the structural flag, a numbering and old ids', async () => {
    let text = replaceOnce(
      SMALL_SEED,
      '    to: [Goal]\n',
      '    to: [Goal]\n    structural: false\n',
    );
    text = replaceOnce(
      text,
      '    page: 11\n',
      "    page: 11\n    numbering: { label: '1', quote: 'Kesetaraan artinya' }\n    replaces: [kesamaan]\n",
    );
    text = replaceOnce(
      text,
      '    basis: inferred\n',
      '    basis: inferred\n    replaces: [old.SUPPORTS]\n',
    );
    expect((await validateSeedFile(writeSeed(dir, 'new-fields.yaml', text))).ok).toBe(true);
  });

  it('refuses a structural flag that is not true or false, at its field', async () => {
    const text = replaceOnce(
      SMALL_SEED,
      '    to: [Goal]\n',
      '    to: [Goal]\n    structural: maybe\n',
    );
    const problem = await onlyProblem(text);
    expect(formatProblem(problem)).toBe(
      `${join(dir, 'bad.yaml')}:${lineOf(text, 'structural: maybe')}:17 relationTypes[0].structural: must be true or false`,
    );
  });

  it('refuses a numbering whose quote is not in the source text', async () => {
    const text = replaceOnce(
      SMALL_SEED,
      '    page: 11\n',
      "    page: 11\n    numbering: { label: '1', quote: 'Nilai dasar pertama' }\n",
    );
    const problem = await onlyProblem(text);
    expect(problem.file).toBe(join(dir, 'bad.yaml'));
    expect(problem.path).toEqual(['concepts', 0, 'numbering', 'quote']);
    expect(problem.line).toBe(lineOf(text, 'Nilai dasar pertama'));
    expect(problem.message).toBe(
      'is not in the source text (compared after folding white space): "Nilai dasar pertama"',
    );
  });

  it('refuses an old id that is still a current id', async () => {
    const text = replaceOnce(
      SMALL_SEED,
      '    page: 7\n',
      '    page: 7\n    replaces: [kesetaraan]\n',
    );
    const problem = await onlyProblem(text);
    expect(formatProblem(problem)).toBe(
      `${join(dir, 'bad.yaml')}:${lineOf(text, 'replaces: [kesetaraan]')}:16 concepts[1].replaces[0]: "kesetaraan" is still an id in concepts; it cannot be an old one`,
    );
  });

  it('refuses an old id claimed by two entries, at the second claim', async () => {
    let text = replaceOnce(
      SMALL_SEED,
      '    page: 11\n',
      '    page: 11\n    replaces: [kesamaan]\n',
    );
    text = replaceOnce(text, '    page: 7\n', '    page: 7\n    replaces: [nilai, kesamaan]\n');
    const problem = await onlyProblem(text);
    expect(formatProblem(problem)).toBe(
      `${join(dir, 'bad.yaml')}:${lineOf(text, 'replaces: [nilai, kesamaan]')}:23 concepts[1].replaces[1]: "kesamaan" is already replaced by concepts[0]`,
    );
  });

  it('refuses an old relation id that is still current, or claimed twice', async () => {
    const relation = (replaces: string) =>
      `  - type: SUPPORTS\n    from: kesetaraan\n    to: penerimaan-sosial\n    basis: stated\n    quote: tidak berprasangka\n    id: second\n    replaces: ${replaces}\n`;
    const text =
      replaceOnce(
        SMALL_SEED,
        '    basis: inferred\n',
        '    basis: inferred\n    replaces: [old-link]\n',
      ) + relation('[kesetaraan.SUPPORTS.penerimaan-sosial, old-link]');
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.line, fieldPath(p.path), p.message])).toEqual([
      [
        lineOf(text, 'replaces: [kesetaraan.SUPPORTS'),
        'relations[1].replaces[0]',
        '"kesetaraan.SUPPORTS.penerimaan-sosial" is still an id in relations; it cannot be an old one',
      ],
      [
        lineOf(text, 'replaces: [kesetaraan.SUPPORTS'),
        'relations[1].replaces[1]',
        '"old-link" is already replaced by relations[0]',
      ],
    ]);
  });

  it('reports all problems of a file at once, in line order', async () => {
    let text = replaceOnce(SMALL_SEED, "color: '#2ca02c'", 'color: green');
    text = replaceOnce(text, 'kind: Goal', 'kind: Gaol');
    text = replaceOnce(text, '{ id: Kesetaraan, en: Equality }', '{ id: Kesetaraan }');
    text = replaceOnce(text, '    to: penerimaan-sosial', '    to: nowhere');
    text = replaceOnce(text, 'quote: tidak berprasangka', 'quote: not in the text');
    const problems = await problemsOf(text);
    expect(problems.map((p) => p.message)).toEqual([
      'must be a colour like #1f77b4',
      'missing translation (English)',
      'unknown kind "Gaol" (not in kinds)',
      'no concept has the id "nowhere"',
      'is not in the source text (compared after folding white space): "not in the text"',
    ]);
    const lines = problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
