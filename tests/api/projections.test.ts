// Statements fetch only what a query selects (server/graphql/selection.ts). What must hold for a
// user: a query that asks for more of a concept or relation gets all of it, wherever it asks,
// through aliases and fragments, in the same request as a query that asks for less.
import { describe, expect, it } from 'vitest';
import { gqlData } from './support/client.js';
import { useMiniGraph } from './support/harness.js';

const api = useMiniGraph('api-projections');

interface Concept {
  id: string;
  page?: number | null;
  quote?: string | null;
  definition?: string | null;
  labels?: { en: string | null };
}

interface Relation {
  id: string;
  type: string;
  rationale?: string | null;
  page?: number | null;
  from: Concept;
  to: Concept;
}

const byId = <T extends { id: string }>(items: T[]) =>
  Object.fromEntries(items.map((item) => [item.id, item]));

describe('selection-aware statements', () => {
  it('give brief and full answers that agree, in one request', async () => {
    const data = await gqlData<{
      concept: {
        brief: Concept[];
        full: Concept[];
        briefRelations: Relation[];
        fullRelations: Relation[];
      };
    }>(
      api.url,
      `query($g: ID) { concept(graph: $g, id: "value-01") {
        brief: neighbors { id labels { en } }
        full: neighbors { id labels { en } page quote definition(lang: EN) }
        briefRelations: relations { id type from { id } to { id } }
        fullRelations: relations { id type rationale(lang: EN) page
          from { id quote } to { id page labels { en } } }
      } }`,
      { g: api.graph },
    );
    const { brief, full, briefRelations, fullRelations } = data.concept;
    expect(brief.map((c) => c.id)).toEqual(full.map((c) => c.id));
    expect(brief.map((c) => c.labels?.en)).toEqual(full.map((c) => c.labels?.en));
    const neighbours = byId(full);
    // The full answer has what only whole concepts carry.
    expect(neighbours['goal-acceptance']).toMatchObject({
      page: 7,
      quote: 'kutipan goal-acceptance',
    });
    expect(neighbours.topic).toMatchObject({ definition: 'Living side by side in peace.' });

    expect(briefRelations.map((r) => [r.id, r.from.id, r.to.id])).toEqual(
      fullRelations.map((r) => [r.id, r.from.id, r.to.id]),
    );
    const relations = byId(fullRelations);
    expect(relations['value-01-supports-acceptance']).toMatchObject({
      rationale: 'Equality makes acceptance possible.',
      page: 11,
      from: { id: 'value-01', quote: 'kutipan value-01' },
      to: { id: 'goal-acceptance', page: 7, labels: { en: 'Social acceptance' } },
    });
  });

  it('see fields asked through fragments and inline fragments', async () => {
    const data = await gqlData<{ concepts: { nodes: (Concept & { neighbors: Concept[] })[] } }>(
      api.url,
      `query($g: ID) { concepts(graph: $g, where: { ids: ["value-02"] }) {
        nodes { ...Cited neighbors { id ... on Concept { page } } }
      } }
      fragment Cited on Concept { id quote }`,
      { g: api.graph },
    );
    const [value] = data.concepts.nodes;
    expect(value).toMatchObject({ id: 'value-02', quote: 'kutipan value-02' });
    expect(byId(value?.neighbors ?? [])['goal-acceptance']).toEqual({
      id: 'goal-acceptance',
      page: 7,
    });
  });

  it('leave out the end concepts when only their ids are asked for', async () => {
    const statements: string[] = [];
    const off = api.db.onQuery((cypher) => statements.push(cypher));
    try {
      const data = await gqlData<{ concept: { relations: Relation[] } }>(
        api.url,
        `query($g: ID) { concept(graph: $g, id: "topic") { relations { id from { id } to { id } } } }`,
        { g: api.graph },
      );
      expect(data.concept.relations).toHaveLength(12);
      expect(data.concept.relations.every((r) => r.from.id === 'topic')).toBe(true);
    } finally {
      off();
    }
    const relationStatements = statements.filter((s) => s.includes('AS rel'));
    expect(relationStatements).toHaveLength(1);
    expect(relationStatements[0]).not.toContain('fromNode');
  });

  it('answer a neighbourhood asked for labels alone as its whole-concept twin does', async () => {
    const ask = (nodes: string, relations: string) =>
      gqlData<{ neighborhood: { nodes: Concept[]; relations: Relation[]; truncated: boolean } }>(
        api.url,
        `query($g: ID) { neighborhood(graph: $g, id: "value-01", depth: 2) {
          truncated nodes { ${nodes} } relations { ${relations} } } }`,
        { g: api.graph },
      );
    const statements: string[] = [];
    const off = api.db.onQuery((cypher) => statements.push(cypher));
    let brief;
    try {
      brief = await ask('id labels { en }', 'id type from { id } to { id }');
    } finally {
      off();
    }
    const full = await ask(
      'id labels { en } page quote definition(lang: EN)',
      'id type rationale(lang: EN) page from { id quote } to { id page }',
    );
    // The brief statement reads labels, not whole nodes with their definitions and quotes.
    expect(statements.filter((s) => s.includes('[n IN nodes | n {.id'))).toHaveLength(1);
    const b = brief.neighborhood;
    const f = full.neighborhood;
    expect(b.truncated).toBe(f.truncated);
    expect(b.nodes).toEqual(f.nodes.map((c) => ({ id: c.id, labels: c.labels })));
    expect(b.relations).toEqual(
      f.relations.map((r) => ({
        id: r.id,
        type: r.type,
        from: { id: r.from.id },
        to: { id: r.to.id },
      })),
    );
    expect(byId(f.nodes)['goal-acceptance']).toMatchObject({
      page: 7,
      quote: 'kutipan goal-acceptance',
    });
    expect(byId(f.relations)['value-01-supports-acceptance']).toMatchObject({
      rationale: 'Equality makes acceptance possible.',
      from: { id: 'value-01', quote: 'kutipan value-01' },
      to: { id: 'goal-acceptance', page: 7 },
    });
  });
});
