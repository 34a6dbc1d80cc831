// conceptCounts and relationCounts: exact groups on the mini graph, and on the shipped graph the
// questions researchers ask (how much of each relation type is inferred, which kinds each page
// holds), checked against the seed file and against the lists' own totals.
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import type { Harness } from './support/harness.js';
import { useMiniGraph } from './support/harness.js';
import { seedFacts } from './support/seed-facts.js';
import { useShippedGraph } from './support/shipped-graph.js';

const mini = useMiniGraph('api-counts-mini');
const shipped = useShippedGraph('api-counts');
const seed = seedFacts();

interface Group {
  key: string[];
  count: number;
}

async function conceptCounts(h: Harness, groupBy: string[], where?: unknown): Promise<Group[]> {
  const data = await gqlData<{ conceptCounts: Group[] }>(
    h.url,
    `query($g: ID, $w: ConceptFilter, $k: [ConceptGroupKey!]!) {
      conceptCounts(graph: $g, where: $w, groupBy: $k) { key count }
    }`,
    { g: h.graph, w: where, k: groupBy },
  );
  return data.conceptCounts;
}

async function relationCounts(
  h: Harness,
  groupBy: string[],
  where?: unknown,
  scope = 'ALL',
): Promise<Group[]> {
  const data = await gqlData<{ relationCounts: Group[] }>(
    h.url,
    `query($g: ID, $w: RelationFilter, $s: RelationScope, $k: [RelationGroupKey!]!) {
      relationCounts(graph: $g, where: $w, scope: $s, groupBy: $k) { key count }
    }`,
    { g: h.graph, w: where, s: scope, k: groupBy },
  );
  return data.relationCounts;
}

/** Groups as the API returns them: largest first, ties by the key's values in order. */
function groups<T>(items: T[], key: (item: T) => string[]): Group[] {
  const counts = new Map<string, Group>();
  for (const item of items) {
    const k = key(item);
    const id = JSON.stringify(k);
    counts.set(id, { key: k, count: (counts.get(id)?.count ?? 0) + 1 });
  }
  const byKey = (a: string[], b: string[]) => {
    for (let i = 0; i < a.length; i++) {
      const [x, y] = [a[i] ?? '', b[i] ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return [...counts.values()].sort((a, b) => b.count - a.count || byKey(a.key, b.key));
}

const total = (list: Group[]) => list.reduce((n, g) => n + g.count, 0);

describe('on the mini graph', () => {
  it('count relations by type and basis, largest first, ties by key', async () => {
    expect(await relationCounts(mini, ['TYPE', 'BASIS'])).toEqual([
      { key: ['HAS_VALUE', 'STATED'], count: 12 },
      { key: ['PART_OF', 'STATED'], count: 4 },
      { key: ['SUPPORTS', 'INFERRED'], count: 4 },
      { key: ['SUPPORTS', 'STATED'], count: 1 },
    ]);
    expect(await relationCounts(mini, ['FROM_KIND', 'TO_KIND'])).toEqual([
      { key: ['Topic', 'Value'], count: 12 },
      { key: ['Value', 'Goal'], count: 5 },
      { key: ['ForumLevel', 'ForumLevel'], count: 4 },
    ]);
    expect(await relationCounts(mini, ['SOURCE', 'PAGE'])).toEqual([
      { key: ['depsos-2006', '11'], count: 21 },
    ]);
  });

  it('count concepts by kind and page, with an empty value where there is no page', async () => {
    expect(await conceptCounts(mini, ['KIND', 'PAGE'])).toEqual([
      { key: ['Value', '11'], count: 6 },
      { key: ['Value', '12'], count: 6 },
      { key: ['ForumLevel', ''], count: 5 },
      { key: ['Goal', '7'], count: 2 },
      { key: ['Goal', ''], count: 1 },
      { key: ['Topic', ''], count: 1 },
    ]);
    expect(await conceptCounts(mini, ['PAGE'], { kinds: ['Goal'] })).toEqual([
      { key: ['7'], count: 2 },
      { key: [''], count: 1 },
    ]);
  });

  it('give one group with the total when no key is asked, even of nothing', async () => {
    expect(await conceptCounts(mini, [])).toEqual([{ key: [], count: 21 }]);
    expect(await conceptCounts(mini, [], { pages: { min: 100 } })).toEqual([{ key: [], count: 0 }]);
    expect(await conceptCounts(mini, ['KIND'], { pages: { min: 100 } })).toEqual([]);
    expect(await relationCounts(mini, [], { basis: 'INFERRED' })).toEqual([{ key: [], count: 4 }]);
  });

  it('refuses a key asked twice', async () => {
    const response = await gql(
      mini.url,
      `query($g: ID) { conceptCounts(graph: $g, groupBy: [KIND, PAGE, KIND]) { count } }`,
      { g: mini.graph },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/"KIND" twice/);
    const relations = await gql(
      mini.url,
      `query($g: ID) { relationCounts(graph: $g, groupBy: [BASIS, BASIS]) { count } }`,
      { g: mini.graph },
    );
    expect(errorCodes(relations)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('on the shipped graph', () => {
  it('give the share of inferred relations per meaning type', async () => {
    const meaning = seed.relations.filter((r) => !seed.structural.has(r.type));
    const found = await relationCounts(shipped, ['TYPE', 'BASIS'], undefined, 'MEANING');
    expect(found).toEqual(groups(meaning, (r) => [r.type, r.basis.toUpperCase()]));

    const share = (type: string) => {
      const of = found.filter((g) => g.key[0] === type);
      return (of.find((g) => g.key[1] === 'INFERRED')?.count ?? 0) / total(of);
    };
    expect(share('SUPPORTS')).toBe(1);
    expect(share('INVOLVES')).toBeCloseTo(2 / 12);
    expect(share('REFERENCES')).toBe(0);

    const list = await gqlData<{ relations: { totalCount: number } }>(
      shipped.url,
      'query($g: ID) { relations(graph: $g, scope: MEANING, first: 0) { totalCount } }',
      { g: shipped.graph },
    );
    expect(total(found)).toBe(list.relations.totalCount);
    expect(total(found)).toBe(meaning.length);
  });

  it('give the kinds each page holds', async () => {
    const found = await conceptCounts(shipped, ['PAGE', 'KIND']);
    expect(found).toEqual(groups(seed.concepts, (c) => [String(c.page ?? ''), c.kind]));
    expect(total(found)).toBe(seed.concepts.length);
    expect(await conceptCounts(shipped, ['SECTION'])).toEqual(
      groups(seed.concepts, (c) => [c.section ?? '']),
    );
  });

  it('count what the filter keeps, as the list does', async () => {
    const where = {
      OR: [{ fromKinds: ['Value'] }, { toKinds: ['Goal'] }],
      NOT: { text: 'sosial' },
    };
    const found = await relationCounts(shipped, ['TO_KIND', 'SOURCE'], where);
    const kindOf = (id: string) => seed.kindOf.get(id) ?? '';
    const has = (t?: string) => (t ?? '').toLowerCase().includes('sosial');
    const kept = seed.relations
      .filter((r) => kindOf(r.from) === 'Value' || kindOf(r.to) === 'Goal')
      .filter((r) => !(has(r.quote) || has(r.rationale?.id) || has(r.rationale?.en)));
    expect(found).toEqual(groups(kept, (r) => [kindOf(r.to), r.source ?? '']));
    const list = await gqlData<{ relations: { totalCount: number } }>(
      shipped.url,
      'query($g: ID, $w: RelationFilter) { relations(graph: $g, where: $w, first: 0) { totalCount } }',
      { g: shipped.graph, w: where },
    );
    expect(total(found)).toBe(list.relations.totalCount);
  });
});
