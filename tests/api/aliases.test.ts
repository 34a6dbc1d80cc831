// Ids from earlier versions of a graph (`replaces` in the seed) still resolve, and the source's
// own numbering of a concept comes with the line that gives it.
import { describe, expect, it } from 'vitest';
import { gqlData } from './support/client.js';
import { useGraph } from './support/harness.js';
import { loadStructuredGraph } from './support/structured-graph.js';

const h = useGraph('api-aliases', loadStructuredGraph);

const query = <T>(text: string, variables: Record<string, unknown> = {}) =>
  gqlData<T>(h.url, text, { g: h.graph, ...variables });

describe('aliases', () => {
  it('lists every old id with the id that replaces it', async () => {
    const data = await query<{ graph: { aliases: unknown[] } }>(
      'query($g: ID) { graph(id: $g) { aliases { old current target } } }',
    );
    expect(data.graph.aliases).toEqual([
      { old: 'kesamaan', current: 'kesetaraan', target: 'CONCEPT' },
      { old: 'nilai-kesetaraan', current: 'kesetaraan', target: 'CONCEPT' },
      {
        old: 'kesamaan.SUPPORTS.penerimaan-sosial',
        current: 'kesetaraan.SUPPORTS.penerimaan-sosial',
        target: 'RELATION',
      },
    ]);
  });

  it('resolve a concept by its old id to the current concept', async () => {
    const CONCEPT = `query($g: ID, $id: ID!) {
      concept(graph: $g, id: $id) { id label(lang: EN) replaces degree relations { type } }
    }`;
    const current = await query<{ concept: unknown }>(CONCEPT, { id: 'kesetaraan' });
    for (const old of ['kesamaan', 'nilai-kesetaraan']) {
      const aliased = await query<{ concept: unknown }>(CONCEPT, { id: old });
      expect(aliased.concept).toEqual(current.concept);
    }
    expect(current.concept).toMatchObject({
      id: 'kesetaraan',
      label: 'Equality',
      replaces: ['kesamaan', 'nilai-kesetaraan'],
    });
    const unknown = await query<{ concept: unknown }>(CONCEPT, { id: 'never-was' });
    expect(unknown.concept).toBeNull();
  });

  it('resolve a relation by its old id to the current relation', async () => {
    const RELATION = `query($g: ID, $id: ID!) {
      relation(graph: $g, id: $id) { id type from { id } to { id } basis quote replaces structural }
    }`;
    const { relation } = await query<{ relation: unknown }>(RELATION, {
      id: 'kesamaan.SUPPORTS.penerimaan-sosial',
    });
    expect(relation).toEqual({
      id: 'kesetaraan.SUPPORTS.penerimaan-sosial',
      type: 'SUPPORTS',
      from: { id: 'kesetaraan' },
      to: { id: 'penerimaan-sosial' },
      basis: 'INFERRED',
      quote: 'tidak berprasangka',
      replaces: ['kesamaan.SUPPORTS.penerimaan-sosial'],
      structural: false,
    });
    const unknown = await query<{ relation: unknown }>(RELATION, { id: 'a.SUPPORTS.b' });
    expect(unknown.relation).toBeNull();
  });

  it('are empty lists where nothing was replaced', async () => {
    const data = await query<{
      concept: { replaces: string[]; relations: { replaces: string[] }[] };
    }>(
      'query($g: ID) { concept(graph: $g, id: "mutualisme") { replaces relations { replaces } } }',
    );
    expect(data.concept.replaces).toEqual([]);
    expect(data.concept.relations.length).toBeGreaterThan(0);
    for (const r of data.concept.relations) expect(r.replaces).toEqual([]);
  });
});

describe('numbering', () => {
  it("gives the source's own number and the line that numbers it, null where there is none", async () => {
    const data = await query<{
      concepts: { nodes: { id: string; numbering: { label: string; quote: string } | null }[] };
    }>(
      `query($g: ID) { concepts(graph: $g, where: {kinds: ["Value", "Goal"]}, orderBy: {field: ID}) {
        nodes { id numbering { label quote } }
      } }`,
    );
    expect(data.concepts.nodes).toEqual([
      { id: 'integrasi-sosial', numbering: null },
      {
        id: 'kesepakatan-bersama',
        numbering: {
          label: '4a',
          quote: '4) kesepakatan bersama, inisiatif bersama dan berkenjutan',
        },
      },
      { id: 'kesetaraan', numbering: { label: '3', quote: '3) kesetraan' } },
      { id: 'mutualisme', numbering: { label: '2', quote: '2)mutialisme' } },
      { id: 'penerimaan-sosial', numbering: null },
    ]);
  });

  it('comes along in nested lists too', async () => {
    const data = await query<{
      concept: { neighbors: { id: string; numbering: { label: string } | null }[] };
    }>(
      'query($g: ID) { concept(graph: $g, id: "nilai-dasar") { neighbors(scope: STRUCTURE, direction: OUT) { id numbering { label } } } }',
    );
    expect(data.concept.neighbors.map((n) => [n.id, n.numbering?.label])).toEqual([
      ['kesepakatan-bersama', '4a'],
      ['kesetaraan', '3'],
      ['mutualisme', '2'],
    ]);
  });
});
