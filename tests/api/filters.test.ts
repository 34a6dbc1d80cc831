// Combined concept and relation filters (AND / OR / NOT, pages, degrees, relation matches,
// evidence text), relation and centrality orders, and the refusals of filters past the limits.
// Expected answers on the shipped graph come from the seed file itself (support/seed-facts.ts).
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useGraph, type Harness } from './support/harness.js';
import { loadMiniGraph, miniConcepts } from './support/mini-graph.js';
import { degreeOf, seedFacts, sortedIds, type SeedConcept } from './support/seed-facts.js';
import { useShippedGraph } from './support/shipped-graph.js';

const shipped = useShippedGraph('api-filters');
const seed = seedFacts();

// The mini graph with the centrality properties the loader writes (graph/seed/centrality.ts):
// three concepts have them, the others none (they sort as 0).
const mini = useGraph('api-filters-mini', async (db, graph) => {
  await loadMiniGraph(db, graph);
  await db.writeRows(
    `UNWIND $rows AS row MATCH (c:Concept {graph: $graph, id: row.id})
     SET c.betweenness = row.b, c.pageRank = row.p`,
    {
      graph,
      rows: [
        { id: 'goal-acceptance', b: 0.9, p: 0.05 },
        { id: 'topic', b: 0.5, p: 0.3 },
        { id: 'value-03', b: 0.5, p: 0.2 },
      ],
    },
  );
});

interface Ids {
  totalCount: number;
  nodes: { id: string }[];
}

async function conceptIds(
  h: Harness,
  where: Record<string, unknown>,
  orderBy?: Record<string, unknown>,
): Promise<string[]> {
  const data = await gqlData<{ concepts: Ids }>(
    h.url,
    `query($g: ID, $w: ConceptFilter, $o: ConceptOrder) {
      concepts(graph: $g, where: $w, orderBy: $o, first: 500) { totalCount nodes { id } }
    }`,
    { g: h.graph, w: where, o: orderBy },
  );
  expect(data.concepts.totalCount).toBe(data.concepts.nodes.length);
  return data.concepts.nodes.map((n) => n.id);
}

const sortedConcepts = async (where: Record<string, unknown>) =>
  (await conceptIds(shipped, where)).sort();

async function relationIds(where: Record<string, unknown>, scope = 'ALL'): Promise<string[]> {
  const data = await gqlData<{ relations: Ids }>(
    shipped.url,
    `query($g: ID, $w: RelationFilter, $s: RelationScope) {
      relations(graph: $g, where: $w, scope: $s, first: 500) { totalCount nodes { id } }
    }`,
    { g: shipped.graph, w: where, s: scope },
  );
  expect(data.relations.totalCount).toBe(data.relations.nodes.length);
  return data.relations.nodes.map((n) => n.id);
}

const ids = (concepts: SeedConcept[]) => sortedIds(concepts);
const kindOf = (id: string) => seed.kindOf.get(id);
const meaning = seed.relations.filter((r) => !seed.structural.has(r.type));

describe('hasRelation and lacksRelation', () => {
  it('find values with a SUPPORTS relation to a goal, stated or inferred', async () => {
    const supporting = (basis: string) =>
      [
        ...new Set(
          seed.relations
            .filter((r) => r.type === 'SUPPORTS' && r.basis === basis)
            .filter((r) => kindOf(r.from) === 'Value' && kindOf(r.to) === 'Goal')
            .map((r) => r.from),
        ),
      ].sort();
    const match = (basis: string, direction = 'OUT') => ({
      kinds: ['Value'],
      hasRelation: { types: ['SUPPORTS'], basis, direction, otherKinds: ['Goal'] },
    });
    // Every SUPPORTS of the shipped graph is inferred: the text states none of them.
    expect(supporting('stated')).toEqual([]);
    expect(await sortedConcepts(match('STATED'))).toEqual([]);
    expect(supporting('inferred')).toHaveLength(6);
    expect(await sortedConcepts(match('INFERRED'))).toEqual(supporting('inferred'));
    expect(await sortedConcepts(match('INFERRED', 'BOTH'))).toEqual(supporting('inferred'));
    // Values are never the end of a SUPPORTS.
    expect(await sortedConcepts(match('INFERRED', 'IN'))).toEqual([]);
  });

  it('find goals by the values that support them (otherIds, direction IN)', async () => {
    const expected = [
      ...new Set(
        seed.relations
          .filter((r) => r.type === 'SUPPORTS' && r.from === 'mutualisme')
          .map((r) => r.to),
      ),
    ].sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(
      await sortedConcepts({
        hasRelation: { types: ['SUPPORTS'], direction: 'IN', otherIds: ['mutualisme'] },
      }),
    ).toEqual(expected);
  });

  it('find the concepts with no inferred relation', async () => {
    const inferredEnds = new Set(
      seed.relations.filter((r) => r.basis === 'inferred').flatMap((r) => [r.from, r.to]),
    );
    const expected = ids(seed.concepts.filter((c) => !inferredEnds.has(c.id)));
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.length).toBeLessThan(seed.concepts.length);
    expect(await sortedConcepts({ lacksRelation: { basis: 'INFERRED' } })).toEqual(expected);
  });

  it('follow the scope of a relation match', async () => {
    // Concepts without any meaning relation: only the document's layout places them.
    const withMeaning = new Set(meaning.flatMap((r) => [r.from, r.to]));
    const expected = ids(seed.concepts.filter((c) => !withMeaning.has(c.id)));
    expect(await sortedConcepts({ lacksRelation: { scope: 'MEANING' } })).toEqual(expected);
  });
});

describe('concept conditions', () => {
  it('combine AND, OR and NOT', async () => {
    // Goals, or values quoted from page 11, but nothing from the 2009 convention, and not
    // "kesetaraan".
    const where = {
      OR: [{ kinds: ['Goal'] }, { AND: [{ kinds: ['Value'] }, { pages: { min: 11, max: 11 } }] }],
      NOT: { OR: [{ sources: ['konvensi-2009'] }, { ids: ['kesetaraan'] }] },
    };
    const expected = ids(
      seed.concepts
        .filter((c) => c.kind === 'Goal' || (c.kind === 'Value' && c.page === 11))
        .filter((c) => c.source !== 'konvensi-2009' && c.id !== 'kesetaraan'),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(await sortedConcepts(where)).toEqual(expected);
  });

  it('select pages by range; the old `page` means a range of one page', async () => {
    const onPages = (min: number, max: number) =>
      ids(seed.concepts.filter((c) => c.page !== undefined && c.page >= min && c.page <= max));
    expect(await sortedConcepts({ pages: { min: 7, max: 8 } })).toEqual(onPages(7, 8));
    expect(await sortedConcepts({ pages: { min: 8 } })).toEqual(onPages(8, 1000));
    expect(await sortedConcepts({ page: 11 })).toEqual(onPages(11, 11));
    expect(await sortedConcepts({ page: 11 })).toEqual(
      await sortedConcepts({ pages: { min: 11, max: 11 } }),
    );
    // A concept without a page is "not on pages 7 to 8".
    const without = ids(
      seed.concepts.filter((c) => c.page === undefined || c.page < 7 || c.page > 8),
    );
    expect(await sortedConcepts({ NOT: { pages: { min: 7, max: 8 } } })).toEqual(without);
  });

  it('select by degree in a relation scope, as Concept.degree counts it', async () => {
    const expected = ids(
      seed.concepts.filter((c) => {
        const d = degreeOf(c.id, meaning);
        return d >= 3 && d <= 5;
      }),
    );
    expect(expected.length).toBeGreaterThan(3);
    const where = { degree: { min: 3, max: 5 }, degreeScope: 'MEANING' };
    const data = await gqlData<{ concepts: { nodes: { id: string; degree: number }[] } }>(
      shipped.url,
      `query($g: ID, $w: ConceptFilter) {
        concepts(graph: $g, where: $w, first: 500) { nodes { id degree(scope: MEANING) } }
      }`,
      { g: shipped.graph, w: where },
    );
    expect(sortedIds(data.concepts.nodes)).toEqual(expected);
    for (const node of data.concepts.nodes) expect(node.degree).toBeGreaterThanOrEqual(3);
    // Isolated in meaning: degree 0.
    const isolated = ids(seed.concepts.filter((c) => degreeOf(c.id, meaning) === 0));
    expect(await sortedConcepts({ degree: { max: 0 }, degreeScope: 'MEANING' })).toEqual(isolated);
  });

  it('search lower-cased text in labels, definitions and quotes', async () => {
    const word = 'damai';
    const expected = ids(
      seed.concepts.filter((c) =>
        [c.label.id, c.label.en, c.definition?.id, c.definition?.en, c.quote].some((t) =>
          (t ?? '').toLowerCase().includes(word),
        ),
      ),
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(await sortedConcepts({ text: 'DAMAI' })).toEqual(expected);
  });

  it('treat empty filters as no condition and an empty OR as no match', async () => {
    expect(await conceptIds(shipped, { AND: [{}], NOT: {} })).toHaveLength(seed.concepts.length);
    expect(await conceptIds(shipped, { OR: [] })).toEqual([]);
  });

  it('combine given ids with other conditions', async () => {
    expect(
      await conceptIds(mini, {
        ids: ['value-01', 'value-02', 'goal-acceptance', 'topic'],
        OR: [{ kinds: ['Goal'] }, { pages: { min: 11 } }],
        NOT: { ids: ['value-02'] },
      }),
    ).toEqual(['goal-acceptance', 'value-01']);
  });
});

describe('relation conditions', () => {
  it('select by the kinds of both ends', async () => {
    const expected = sortedIds(
      seed.relations.filter((r) => kindOf(r.from) === 'Value' && kindOf(r.to) === 'Goal'),
    );
    expect(expected.length).toBeGreaterThan(5);
    const found = await relationIds({ fromKinds: ['Value'], toKinds: ['Goal'] });
    expect(found).toEqual([...found].sort());
    expect(found).toEqual(expected);
  });

  it('search lower-cased text in quotes and rationales', async () => {
    const word = 'konsensus';
    const matches = (t?: string) => (t ?? '').toLowerCase().includes(word);
    const expected = sortedIds(
      seed.relations.filter(
        (r) => matches(r.quote) || matches(r.rationale?.id) || matches(r.rationale?.en),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect((await relationIds({ text: 'Konsensus' })).sort()).toEqual(expected);
  });

  it('combine AND, OR and NOT, within the scope', async () => {
    const where = {
      OR: [{ basis: 'INFERRED' }, { types: ['HAS_MEMBER'], pages: { min: 11 } }],
      NOT: { OR: [{ toKinds: ['Goal'] }, { sources: ['depsos-2012'] }] },
    };
    const keep = seed.relations
      .filter((r) => r.basis === 'inferred' || (r.type === 'HAS_MEMBER' && (r.page ?? 0) >= 11))
      .filter((r) => kindOf(r.to) !== 'Goal' && r.source !== 'depsos-2012');
    expect((await relationIds(where)).sort()).toEqual(sortedIds(keep));
    // The scope applies to every branch: structural HAS_MEMBER drops out of MEANING.
    expect((await relationIds(where, 'MEANING')).sort()).toEqual(
      sortedIds(keep.filter((r) => !seed.structural.has(r.type))),
    );
  });
});

describe('relation order', () => {
  interface Row {
    id: string;
    type: string;
    basis: string;
    page: number | null;
    from: { order: number | null };
  }

  async function ordered(field: string, direction: string): Promise<Row[]> {
    const data = await gqlData<{ relations: { nodes: Row[] } }>(
      shipped.url,
      `query($g: ID, $o: RelationOrder) {
        relations(graph: $g, orderBy: $o, first: 500) { nodes { id type basis page from { order } } }
      }`,
      { g: shipped.graph, o: { field, direction } },
    );
    expect(data.relations.nodes).toHaveLength(seed.relations.length);
    return data.relations.nodes;
  }

  const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  /** The rows sorted by `key` (a number or string) in `direction`, ties by ascending id. */
  function expectSorted(rows: Row[], key: (r: Row) => number | string, descending: boolean) {
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return (x < y ? -1 : 1) * (descending ? -1 : 1);
      return byId(a, b);
    });
    expect(rows.map((r) => r.id)).toEqual(sorted.map((r) => r.id));
  }

  it('sorts by page with relations without a page last, either way', async () => {
    const asc = await ordered('PAGE', 'ASC');
    const desc = await ordered('PAGE', 'DESC');
    const pageless = seed.relations.filter((r) => r.page === undefined).length;
    for (const rows of [asc, desc]) {
      expect(rows.slice(-pageless).every((r) => r.page === null)).toBe(true);
      expect(rows.slice(0, -pageless).every((r) => r.page !== null)).toBe(true);
    }
    expectSorted(asc, (r) => r.page ?? Infinity, false);
    expectSorted(desc.slice(0, -pageless), (r) => r.page ?? 0, true);
    expectSorted(desc.slice(-pageless), () => 0, false);
  });

  it('sorts by basis (stated first when ascending), type and start concept order', async () => {
    const basisAsc = await ordered('BASIS', 'ASC');
    expect(basisAsc[0]?.basis).toBe('STATED');
    expectSorted(basisAsc, (r) => (r.basis === 'STATED' ? 0 : 1), false);
    expectSorted(await ordered('BASIS', 'DESC'), (r) => (r.basis === 'STATED' ? 0 : 1), true);
    expectSorted(await ordered('TYPE', 'DESC'), (r) => r.type, true);
    expectSorted(await ordered('FROM_ORDER', 'ASC'), (r) => r.from.order ?? 0, false);
    const idDesc = await ordered('ID', 'DESC');
    expect(idDesc.map((r) => r.id)).toEqual(sortedIds(seed.relations).reverse());
  });
});

describe('centrality order', () => {
  // Within a kind the mini graph's concepts are numbered from 0 (support/mini-graph.ts).
  const orderOf = (id: string) =>
    miniConcepts()
      .filter((c) => c.kind === miniConcepts().find((d) => d.id === id)?.kind)
      .findIndex((c) => c.id === id);
  const rest = (taken: string[]) =>
    miniConcepts()
      .map((c) => c.id)
      .filter((id) => !taken.includes(id))
      .sort((a, b) => orderOf(a) - orderOf(b) || (a < b ? -1 : 1));

  it('sorts by betweenness, ties by text order then id, missing values as 0', async () => {
    const top = ['goal-acceptance', 'topic', 'value-03'];
    expect(await conceptIds(mini, {}, { field: 'BETWEENNESS', direction: 'DESC' })).toEqual([
      ...top,
      ...rest(top),
    ]);
    const asc = await conceptIds(mini, {}, { field: 'BETWEENNESS' });
    expect(asc.slice(-3)).toEqual(['topic', 'value-03', 'goal-acceptance']);
  });

  it('sorts by PageRank', async () => {
    const top = ['topic', 'value-03', 'goal-acceptance'];
    expect(await conceptIds(mini, {}, { field: 'PAGERANK', direction: 'DESC' })).toEqual([
      ...top,
      ...rest(top),
    ]);
  });
});

describe('refusals', () => {
  async function refused(where: unknown, type = 'ConceptFilter', field = 'concepts') {
    const response = await gql(
      shipped.url,
      `query($g: ID, $w: ${type}) { ${field}(graph: $g, where: $w) { totalCount } }`,
      { g: shipped.graph, w: where },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    return response.errors?.[0]?.message ?? '';
  }

  const nested = (depth: number): Record<string, unknown> =>
    depth === 1 ? { kinds: ['Value'] } : { NOT: nested(depth - 1) };

  it('refuses nesting past 4 levels, and accepts 4', async () => {
    expect(await sortedConcepts(nested(4))).toEqual(
      ids(seed.concepts.filter((c) => c.kind !== 'Value')),
    );
    expect(await refused(nested(5))).toMatch(/more than 4 levels/);
    expect(await refused({ AND: [{ OR: [{ AND: [{ NOT: {} }] }] }] })).toMatch(/4 levels/);
    expect(
      await refused({ OR: [{ AND: [{ OR: [{ NOT: {} }] }] }] }, 'RelationFilter', 'relations'),
    ).toMatch(/4 levels/);
  });

  it('refuses more than 32 filters in a tree, and accepts 32', async () => {
    const many = (n: number, filter: object = { kinds: ['Goal'] }) => ({
      OR: Array.from({ length: n - 1 }, () => filter),
    });
    expect(await sortedConcepts(many(32))).toEqual(
      ids(seed.concepts.filter((c) => c.kind === 'Goal')),
    );
    expect(await refused(many(33))).toMatch(/more than 32 filters/);
    expect(await refused(many(33, { toKinds: ['Goal'] }), 'RelationFilter', 'relations')).toMatch(
      /32 filters/,
    );
  });

  it('refuses unknown kinds and relation types wherever they stand', async () => {
    expect(await refused({ OR: [{ kinds: ['Nope'] }] })).toMatch(/Unknown kind "Nope"/);
    expect(await refused({ hasRelation: { otherKinds: ['Nope'] } })).toMatch(/Unknown kind/);
    expect(await refused({ lacksRelation: { types: ['NOPE'] } })).toMatch(
      /Unknown relation type "NOPE"/,
    );
    expect(await refused({ NOT: { types: ['NOPE'] } }, 'RelationFilter', 'relations')).toMatch(
      /Unknown relation type/,
    );
    expect(await refused({ toKinds: ['Nope'] }, 'RelationFilter', 'relations')).toMatch(
      /Unknown kind/,
    );
  });

  it('refuses long lists, long text and upside-down ranges', async () => {
    const ids101 = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(await refused({ AND: [{ ids: ids101 }] })).toMatch(/at most 100 values/);
    expect(await refused({ text: 'x'.repeat(201) })).toMatch(/at most 200 characters/);
    expect(await refused({ pages: { min: 9, max: 3 } })).toMatch(/min.*9 above .*max.* 3/);
    expect(
      await refused({ OR: [{ pages: { min: 9, max: 3 } }] }, 'RelationFilter', 'relations'),
    ).toMatch(/where\.OR\[0\]\.pages/);
  });
});
