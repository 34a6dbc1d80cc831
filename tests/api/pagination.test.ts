// Cursor pagination walks every item exactly once, whatever the page size and order.
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-pages');

interface Connection {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

async function walk(
  field: 'concepts' | 'relations',
  first: number,
  extra = '',
): Promise<{ ids: string[]; pages: number; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let total = 0;
  for (;;) {
    const data: Record<string, Connection> = await gqlData(
      h.url,
      `query($g: ID, $first: Int, $after: String) {
        page: ${field}(graph: $g, first: $first, after: $after ${extra}) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }`,
      { g: h.graph, first, after },
    );
    const page = data.page;
    if (!page) throw new Error('no page');
    pages++;
    total = page.totalCount;
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, pages, total };
    after = page.pageInfo.endCursor;
  }
}

describe('pagination', () => {
  it.each([1, 4, 5, 21, 500])(
    'walks all concepts with pages of %i, without loss or repetition',
    async (first) => {
      const { ids, pages, total } = await walk('concepts', first);
      expect(total).toBe(21);
      expect(ids).toHaveLength(21);
      expect(new Set(ids).size).toBe(21);
      expect(pages).toBe(Math.ceil(21 / first));
    },
  );

  it('walks concepts in a custom order (degree, descending: many ties) without loss', async () => {
    const { ids } = await walk('concepts', 4, ', orderBy: {field: DEGREE, direction: DESC}');
    expect(new Set(ids).size).toBe(21);
    expect(ids[0]).toBe('topic');
  });

  it('walks all relations, and filtered ones, without loss or repetition', async () => {
    const all = await walk('relations', 6);
    expect(all.ids).toHaveLength(21);
    expect(new Set(all.ids).size).toBe(21);
    const supports = await walk('relations', 2, ', where: {types: ["SUPPORTS"]}');
    expect(supports.ids).toHaveLength(5);
    expect(supports.pages).toBe(3);
  });

  it('answers first: 0 with only the total', async () => {
    const data = await gqlData<{ concepts: Connection }>(
      h.url,
      'query($g: ID) { concepts(graph: $g, first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }',
      { g: h.graph },
    );
    expect(data.concepts).toEqual({
      totalCount: 21,
      edges: [],
      pageInfo: { hasNextPage: true, endCursor: null },
    });
  });

  it('refuses a cursor it did not make', async () => {
    const r = await gql(
      h.url,
      'query($g: ID) { concepts(graph: $g, after: "bm90LWEtY3Vyc29y") { totalCount } }',
      { g: h.graph },
    );
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toMatch(/not a cursor/);
  });
});
