// Source.pages, Source.concepts and Source.relations: what a graph quotes from each work, page by
// page, checked against the seed file (shipped graph) and exact numbers (mini graph).
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useMiniGraph } from './support/harness.js';
import { seedFacts, sortedIds } from './support/seed-facts.js';
import { useShippedGraph } from './support/shipped-graph.js';

const mini = useMiniGraph('api-source-pages-mini');
const shipped = useShippedGraph('api-source-pages');
const seed = seedFacts();

interface PageCount {
  page: number;
  conceptCount: number;
  relationCount: number;
}

interface Connection {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Pages per work, from the seed: concepts and relations quoted from each page. */
function seedPages(): Map<string, PageCount[]> {
  const out = new Map<string, Map<number, PageCount>>();
  const bump = (source: string | undefined, page: number | undefined, what: 'c' | 'r') => {
    if (source === undefined || page === undefined) return;
    const pages = out.get(source) ?? new Map<number, PageCount>();
    const entry = pages.get(page) ?? { page, conceptCount: 0, relationCount: 0 };
    if (what === 'c') entry.conceptCount++;
    else entry.relationCount++;
    pages.set(page, entry);
    out.set(source, pages);
  };
  for (const c of seed.concepts) bump(c.source, c.page, 'c');
  for (const r of seed.relations) bump(r.source, r.page, 'r');
  return new Map(
    [...out].map(([source, pages]) => [
      source,
      [...pages.values()].sort((a, b) => a.page - b.page),
    ]),
  );
}

describe('Source.pages', () => {
  it('gives each page of the mini graph source with its counts', async () => {
    const data = await gqlData<{ graph: { sources: { id: string; pages: PageCount[] }[] } }>(
      mini.url,
      'query($g: ID) { graph(id: $g) { sources { id pages { page conceptCount relationCount } } } }',
      { g: mini.graph },
    );
    expect(data.graph.sources).toEqual([
      {
        id: 'depsos-2006',
        pages: [
          { page: 7, conceptCount: 2, relationCount: 0 },
          { page: 11, conceptCount: 6, relationCount: 21 },
          { page: 12, conceptCount: 6, relationCount: 0 },
        ],
      },
    ]);
  });

  it('gives every work of the shipped graph its pages in one statement', async () => {
    const statements: string[] = [];
    const off = shipped.db.onQuery((cypher) => statements.push(cypher));
    let data;
    try {
      data = await gqlData<{ graph: { sources: { id: string; pages: PageCount[] }[] } }>(
        shipped.url,
        'query($g: ID) { graph(id: $g) { sources { id pages { page conceptCount relationCount } } } }',
        { g: shipped.graph },
      );
    } finally {
      off();
    }
    const expected = seedPages();
    expect(data.graph.sources.map((s) => s.id).sort()).toEqual(
      ['depsos-2006', 'depsos-2012', 'konvensi-2009', 'tinjauan-2013'].sort(),
    );
    for (const source of data.graph.sources) {
      expect(source.pages).toEqual(expected.get(source.id) ?? []);
    }
    expect(data.graph.sources.find((s) => s.id === 'depsos-2006')?.pages.length).toBe(3);
    expect(statements.filter((s) => s.includes('sum(concepts)'))).toHaveLength(1);
  });
});

describe('Source.concepts and Source.relations', () => {
  const QUERY = `query($g: ID, $p: IntRange, $first: Int, $after: String) {
    graph(id: $g) { sources {
      id
      concepts(pages: $p, first: $first, after: $after) {
        totalCount nodes { id } pageInfo { hasNextPage endCursor }
      }
      inferred: relations(pages: $p, basis: INFERRED, scope: MEANING, first: 500) {
        totalCount nodes { id }
      }
    } }
  }`;

  interface Sources {
    graph: { sources: { id: string; concepts: Connection; inferred: Connection }[] };
  }

  it('list what each work is quoted for, on the pages asked', async () => {
    const data = await gqlData<Sources>(shipped.url, QUERY, {
      g: shipped.graph,
      p: { min: 7, max: 8 },
      first: 500,
    });
    const onPages = (page?: number) => page !== undefined && page >= 7 && page <= 8;
    for (const source of data.graph.sources) {
      const concepts = seed.concepts.filter((c) => c.source === source.id && onPages(c.page));
      expect(sortedIds(source.concepts.nodes)).toEqual(sortedIds(concepts));
      expect(source.concepts.totalCount).toBe(concepts.length);
      const relations = seed.relations.filter(
        (r) =>
          r.source === source.id &&
          onPages(r.page) &&
          r.basis === 'inferred' &&
          !seed.structural.has(r.type),
      );
      expect(source.inferred.nodes.map((n) => n.id)).toEqual(sortedIds(relations));
    }
    // In text order, as `concepts` with the same filter gives them.
    const depsos = data.graph.sources.find((s) => s.id === 'depsos-2006');
    expect(depsos?.concepts.totalCount).toBeGreaterThan(5);
    const list = await gqlData<{ concepts: Connection }>(
      shipped.url,
      `query($g: ID) { concepts(graph: $g, first: 500,
        where: { sources: ["depsos-2006"], pages: { min: 7, max: 8 } }) { totalCount nodes { id } } }`,
      { g: shipped.graph },
    );
    expect(depsos?.concepts.nodes).toEqual(list.concepts.nodes);
  });

  it('read the pages of all the works listed in one statement per field', async () => {
    const statements: string[] = [];
    const off = shipped.db.onQuery((cypher) => statements.push(cypher));
    let data: Sources;
    try {
      data = await gqlData<Sources>(shipped.url, QUERY, { g: shipped.graph, first: 50 });
    } finally {
      off();
    }
    expect(data.graph.sources).toHaveLength(4);
    const quoted = data.graph.sources.filter((s) => s.concepts.totalCount > 0);
    expect(quoted.length).toBeGreaterThan(2);
    const perWork = statements.filter((s) => s.includes('UNWIND $sourceIds'));
    expect(perWork).toHaveLength(2);
  });

  it('page through a work’s concepts with cursors', async () => {
    const all = await gqlData<Sources>(mini.url, QUERY, { g: mini.graph, first: 500 });
    const every = all.graph.sources[0]?.concepts.nodes.map((n) => n.id) ?? [];
    expect(every).toHaveLength(21);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Sources = await gqlData<Sources>(mini.url, QUERY, {
        g: mini.graph,
        first: 8,
        after,
      });
      const concepts = page.graph.sources[0]?.concepts;
      seen.push(...(concepts?.nodes.map((n) => n.id) ?? []));
      if (!concepts?.pageInfo.hasNextPage) break;
      after = concepts.pageInfo.endCursor;
    }
    expect(seen).toEqual(every);
  });

  it('refuses a page size past 500 and an upside-down page range', async () => {
    const big = await gql(mini.url, QUERY, { g: mini.graph, first: 501 });
    expect(errorCodes(big)).toContain('BAD_USER_INPUT');
    const range = await gql(mini.url, QUERY, { g: mini.graph, p: { min: 3, max: 1 }, first: 5 });
    expect(errorCodes(range)).toContain('BAD_USER_INPUT');
    expect(range.errors?.map((e) => e.message).join('\n')).toMatch(/Source\.concepts\.pages/);
  });
});
