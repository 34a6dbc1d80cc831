// The loader against a real Neo4j: what the file says is what the database holds; loading twice
// changes nothing; an edit replaces exactly what changed; graphs side by side never touch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { loadSeedFile, validateSeedFile, type SeedGraph } from '../../graph/seed/index.js';
import { foldWhitespace } from '../../graph/seed/quotes.js';
import { testDatabase, uniqueGraphId } from '../support/database.js';
import { keserasianText, replaceOnce, tempDir, writeSeed } from './support/files.js';
import { leftovers, renamed, snapshot } from './support/snapshot.js';
import { readFileSync } from 'node:fs';

let db: Database;
let dir: string;
let graph: string;
let file: string;
let seed: SeedGraph;

async function validated(path: string): Promise<SeedGraph> {
  const result = await validateSeedFile(path);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.seed;
}

beforeAll(async () => {
  db = testDatabase();
  dir = tempDir();
  graph = uniqueGraphId('keserasian');
  file = writeSeed(dir, 'keserasian.yaml', keserasianText(graph));
  seed = await validated(file);
  await loadSeedFile(db, file);
});

afterAll(async () => {
  await db?.close();
});

const count = async (cypher: string, params: Record<string, unknown> = {}) =>
  Number((await db.readRows(cypher, { graph, ...params }))[0]?.n ?? -1);

describe('loading the Keserasian Sosial seed', () => {
  it('holds as many concepts of each kind, and relations of each type, as the file', async () => {
    const kinds = await db.readRows(
      'MATCH (c:Concept {graph: $graph}) RETURN c.kind AS kind, count(*) AS n',
      { graph },
    );
    const types = await db.readRows(
      'MATCH (:Concept {graph: $graph})-[r]->(:Concept {graph: $graph}) RETURN type(r) AS type, count(*) AS n',
      { graph },
    );
    const tally = (keys: string[]) =>
      keys.reduce<Record<string, number>>((t, k) => ({ ...t, [k]: (t[k] ?? 0) + 1 }), {});
    expect(Object.fromEntries(kinds.map((r) => [r.kind, r.n]))).toEqual(
      tally(seed.concepts.map((c) => c.kind)),
    );
    expect(Object.fromEntries(types.map((r) => [r.type, r.n]))).toEqual(
      tally(seed.relations.map((r) => r.type)),
    );
  });

  it('labels each concept with its kind and names its source, with the page', async () => {
    expect(await count('MATCH (c:Concept:Value {graph: $graph}) RETURN count(c) AS n')).toBe(6);
    const [row] = await db.readRows(
      "MATCH (c:Concept {graph: $graph, id: 'kesetaraan'}) MATCH (s:Source {graph: $graph, id: c.source}) RETURN s.author AS author, s.year AS year, c.page AS page",
      { graph },
    );
    expect(row).toEqual({ author: 'Departemen Sosial', year: 2006, page: 11 });
  });

  it('has the three mission relations between the right kinds', async () => {
    expect(
      await count(
        'MATCH (:Value {graph: $graph})-[r:SUPPORTS]->(:Goal {graph: $graph}) RETURN count(r) AS n',
      ),
    ).toBe(seed.relations.filter((r) => r.type === 'SUPPORTS').length);
    expect(
      await count(
        'MATCH (:Function {graph: $graph})-[r:SERVES]->(:Essence {graph: $graph}) RETURN count(r) AS n',
      ),
    ).toBe(seed.relations.filter((r) => r.type === 'SERVES').length);
    expect(
      await count(
        'MATCH (:PledgeItem {graph: $graph})-[r:REFERENCES]->(:ForumLevel {graph: $graph}) RETURN count(r) AS n',
      ),
    ).toBe(5);
  });

  it("stores a concept's numbering and the old ids concepts and relations replace", async () => {
    const numbered = seed.concepts.find((c) => c.numbering !== undefined);
    const [concept] = await db.readRows(
      'MATCH (c:Concept {graph: $graph, id: $id}) RETURN c.numberLabel AS label, c.numberQuote AS quote',
      { graph, id: numbered?.id },
    );
    expect(concept).toEqual(numbered?.numbering);
    const replacing = seed.relations.find((r) => r.replaces !== undefined);
    const [relation] = await db.readRows(
      'MATCH (:Concept {graph: $graph})-[r {id: $id}]->(:Concept) RETURN r.replaces AS replaces',
      { graph, id: replacing?.id },
    );
    expect(relation?.replaces).toEqual(replacing?.replaces);
  });

  it('stores every quote as written, and each is in the source text', async () => {
    const text = foldWhitespace(readFileSync('seeds/tinjauan-keserasian-sosial.txt', 'utf8'));
    const quotes = await db.readRows(
      'MATCH (c:Concept {graph: $graph}) RETURN c.quote AS quote UNION ALL MATCH (:Concept {graph: $graph})-[r]->(:Concept) RETURN r.quote AS quote',
      { graph },
    );
    expect(quotes).toHaveLength(seed.concepts.length + seed.relations.length);
    for (const { quote } of quotes) {
      expect(typeof quote).toBe('string');
      expect(text.includes(foldWhitespace(quote as string)), quote as string).toBe(true);
    }
    expect(
      await count(
        "MATCH ()-[r {graph: $graph, basis: 'inferred'}]->() WHERE r.rationaleId IS NULL OR r.rationaleEn IS NULL RETURN count(r) AS n",
      ),
    ).toBe(0);
  });

  it('records the graph with its declarations and content hash', async () => {
    const [row] = await db.readRows('MATCH (g:Graph {id: $graph}) RETURN g AS g', { graph });
    const g = row?.g as Record<string, unknown>;
    expect(g.contentHash).toBe(seed.contentHash);
    expect(JSON.parse(String(g.kinds))).toEqual(seed.kinds);
    expect(JSON.parse(String(g.relationTypes))).toEqual(seed.relationTypes);
    expect(g).toMatchObject({
      titleId: 'Keserasian Sosial',
      titleEn: 'Social harmony',
      conceptCount: seed.concepts.length,
    });
  });

  it('finds concepts through the conceptText full-text index, without diacritics', async () => {
    const rows = await db.readRows(
      "CALL db.index.fulltext.queryNodes('conceptText', 'kesetara*') YIELD node WHERE node.graph = $graph RETURN node.id AS id",
      { graph },
    );
    expect(rows.map((r) => r.id)).toContain('kesetaraan');
  });

  it('changes nothing when the same file is loaded again', async () => {
    const before = await snapshot(db, graph);
    const summary = await loadSeedFile(db, file);
    expect(summary).toMatchObject({ previous: seed.concepts.length, removed: 0 });
    expect(await snapshot(db, graph)).toEqual(before);
  });

  it('replaces exactly what an edited file changed', async () => {
    const other = uniqueGraphId('edited');
    let text = keserasianText(graph);
    text = replaceOnce(
      text,
      '{ id: Solidaritas, en: Solidarity }',
      '{ id: Solidaritas sosial, en: Social solidarity }',
    );
    // media-massa goes, with the relations that named it; a new actor comes.
    text = text.replace(/ {2}- id: media-massa\n(?: {4}.*\n)+/, '');
    text = text.replace(/.*to: media-massa.*\n/g, '');
    text = replaceOnce(
      text,
      '  - id: pemangku-kepentingan\n',
      `  - id: wartawan
    kind: Actor
    label: { id: Wartawan, en: Journalists }
    definition: { id: Pekerja media massa., en: Mass media workers. }
    quote: peranan media massa
    section: bagian-g-penguatan
  - id: pemangku-kepentingan\n`,
    );
    text = replaceOnce(
      text,
      'kind: Notion\n    label: { id: Kemajemukan',
      'kind: Ideal\n    label: { id: Kemajemukan',
    );
    const edited = writeSeed(dir, 'edited.yaml', text);
    const fresh = writeSeed(
      dir,
      'fresh.yaml',
      text.replace(`  id: ${graph}\n`, `  id: ${other}\n`),
    );
    const summary = await loadSeedFile(db, edited);
    const concepts = seed.concepts.length; // one concept gone, one new
    expect(summary).toMatchObject({ previous: concepts, removed: 1, concepts });
    await loadSeedFile(db, fresh);
    // The edited graph is now exactly what a first load of the edited file gives.
    const ignore = ['loadedAt', 'contentHash', 'version'];
    expect(renamed(await snapshot(db, other, { ignore }), other, graph)).toEqual(
      await snapshot(db, graph, { ignore }),
    );
    expect(await count("MATCH (c {graph: $graph, id: 'media-massa'}) RETURN count(c) AS n")).toBe(
      0,
    );
    expect(
      await count(
        "MATCH (c:Concept:Ideal {graph: $graph, id: 'kemajemukan'}) WHERE NOT c:Notion RETURN count(c) AS n",
      ),
    ).toBe(1);
    expect(
      (
        await db.readRows("MATCH (c {graph: $graph, id: 'solidaritas'}) RETURN c.labelEn AS en", {
          graph,
        })
      )[0]?.en,
    ).toBe('Social solidarity');
    await loadSeedFile(db, file); // back to the original for the tests that follow
  });

  it('never touches another graph', async () => {
    const other = uniqueGraphId('neighbour');
    const neighbour = writeSeed(dir, 'neighbour.yaml', keserasianText(other));
    await loadSeedFile(db, neighbour);
    const before = await snapshot(db, other);
    const ours = await snapshot(db, graph);
    const edited = writeSeed(
      dir,
      'small-edit.yaml',
      replaceOnce(keserasianText(graph), 'en: Mutual respect', 'en: Respect'),
    );
    await loadSeedFile(db, edited);
    await loadSeedFile(db, file);
    expect(await snapshot(db, other)).toEqual(before);
    expect(renamed(before, other, graph).nodes.length).toBe(ours.nodes.length);
  });

  it('leaves the previous version in place when a load fails midway', async () => {
    const before = await snapshot(db, graph);
    const edited = writeSeed(
      dir,
      'doomed.yaml',
      replaceOnce(keserasianText(graph), 'en: Mutual respect', 'en: Respect'),
    );
    let calls = 0;
    const failing = loadSeedFile(db, edited, {
      batchSize: 10,
      onProgress: () => {
        if (++calls === 5) throw new Error('interrupted on purpose');
      },
    });
    await expect(failing).rejects.toThrow('interrupted on purpose');
    expect(await snapshot(db, graph)).toEqual(before);
    expect(await leftovers(db, graph)).toBe(0);
  });
});
