// Centrality at load: meaning relations only, parallel relations collapsed for betweenness and
// PageRank (counted for degrees), and the numbers networkx 3.6 gives for the same graphs.
import { describe, expect, it } from 'vitest';
import { computeCentrality, EXACT_LIMIT, sample, SAMPLES, type Centrality } from './centrality.js';

const TYPES = [{ id: 'LINKS' }, { id: 'CONTAINS', structural: true }];

function centrality(
  ids: readonly string[],
  links: readonly (readonly [string, string, string?])[],
): Record<string, Centrality> {
  const result = computeCentrality({
    concepts: ids.map((id) => ({ id })),
    relations: links.map(([from, to, type]) => ({ from, to, type: type ?? 'LINKS' })),
    relationTypes: TYPES,
  });
  return Object.fromEntries(result);
}

const sum = (values: Record<string, Centrality>) =>
  Object.values(values).reduce((total, c) => total + c.pageRank, 0);

describe('centrality', () => {
  it('gives the middle of a path a-b-c betweenness 1 and its ends 0', () => {
    const c = centrality(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    expect([c.a?.betweenness, c.b?.betweenness, c.c?.betweenness]).toEqual([0, 1, 0]);
    expect(c.b).toMatchObject({ inDegree: 1, outDegree: 1 });
    // nx.pagerank(nx.DiGraph([("a","b"),("b","c")])): c is dangling and spreads its rank evenly.
    expect(c.a?.pageRank).toBeCloseTo(0.1844167633067642, 14);
    expect(c.b?.pageRank).toBeCloseTo(0.3411716203526378, 14);
    expect(c.c?.pageRank).toBeCloseTo(0.47441161634059764, 14);
  });

  it('counts every pair along a long path (distances past any small modulus)', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const c = centrality(
      ids,
      ids.slice(1).map((id, i) => [ids[i] ?? '', id] as const),
    );
    // Node i of a path of n lies between the i nodes before it and the n-1-i after it.
    ids.forEach((id, i) =>
      expect(c[id]?.betweenness).toBeCloseTo((i * (39 - i)) / ((39 * 38) / 2), 14),
    );
  });

  it('puts the centre of a star on every path between its leaves', () => {
    const leaves = ['w', 'x', 'y', 'z'];
    const c = centrality(
      ['hub', ...leaves],
      leaves.map((leaf) => [leaf, 'hub'] as const),
    );
    // Six leaf pairs, all through the hub: 6 / C(4, 2) = 1.
    expect(c.hub).toMatchObject({ inDegree: 4, outDegree: 0, betweenness: 1 });
    for (const leaf of leaves)
      expect(c[leaf]).toMatchObject({ inDegree: 0, outDegree: 1, betweenness: 0 });
    // By hand: hub = 0.85·(4·leaf + hub/5) + 0.03 and leaf = 0.85·hub/5 + 0.03, so hub = 0.88/1.68.
    expect(c.hub?.pageRank).toBeCloseTo(0.88 / 1.68, 5);
    expect(c.w?.pageRank).toBeCloseTo((1 - 0.88 / 1.68) / 4, 5);
    expect(sum(c)).toBeCloseTo(1, 12);
  });

  it('counts parallel relations in degrees only, and leaves structural ones and self-loops out', () => {
    const plain = centrality(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const busy = centrality(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['a', 'b'], // parallel
        ['b', 'a'], // the other way: the same undirected edge
        ['b', 'c'],
        ['c', 'c'], // a self-loop
        ['a', 'c', 'CONTAINS'], // structure: would make a-c adjacent and b no longer between
      ],
    );
    expect(busy.a).toMatchObject({ inDegree: 1, outDegree: 2, betweenness: 0 });
    expect(busy.b).toMatchObject({ inDegree: 2, outDegree: 2, betweenness: 1 });
    expect(busy.c).toMatchObject({ inDegree: 2, outDegree: 1, betweenness: 0 });
    // PageRank sees a⇄b and b→c once each; plain has no b→a, so the two differ only there.
    expect(busy.c?.pageRank).not.toBeCloseTo(plain.c?.pageRank ?? 0, 3);
    expect(sum(busy)).toBeCloseTo(1, 12);
    const alone = centrality(['a', 'b', 'c'], [['a', 'c', 'CONTAINS']]);
    for (const c of Object.values(alone)) expect(c.pageRank).toBeCloseTo(1 / 3, 15);
    expect(Object.values(alone).every((c) => c.inDegree + c.outDegree === 0)).toBe(true);
  });

  it("matches networkx on Krackhardt's kite", () => {
    // prettier-ignore
    const edges = [
      [0, 1], [0, 2], [0, 3], [0, 5], [1, 3], [1, 4], [1, 6], [2, 3], [2, 5], [3, 4], [3, 5],
      [3, 6], [4, 6], [5, 6], [5, 7], [6, 7], [7, 8], [8, 9],
    ] as const;
    const c = centrality(
      Array.from({ length: 10 }, (_, i) => String(i)),
      edges.map(([a, b]) => [String(a), String(b)] as const),
    );
    // nx.betweenness_centrality(nx.krackhardt_kite_graph()) and nx.pagerank of its edges, directed.
    const betweenness = [
      0.023148148148148143, 0.023148148148148143, 0, 0.10185185185185183, 0, 0.23148148148148148,
      0.23148148148148148, 0.38888888888888884, 0.2222222222222222, 0,
    ];
    const pageRank = [
      0.031046586764299493, 0.037644037344976955, 0.037644037344976955, 0.06430869414878604,
      0.05993320871161997, 0.07186359065305925, 0.14141814050606932, 0.18179263175633825,
      0.18556875936761313, 0.18878031340226098,
    ];
    betweenness.forEach((value, i) => expect(c[String(i)]?.betweenness).toBeCloseTo(value, 14));
    pageRank.forEach((value, i) => expect(c[String(i)]?.pageRank).toBeCloseTo(value, 14));
  });

  it(`estimates betweenness from ${SAMPLES} sources past ${EXACT_LIMIT} concepts, rescaled like networkx`, () => {
    const leaves = Array.from({ length: EXACT_LIMIT + 1 }, (_, i) => `leaf-${i}`);
    const c = centrality(
      ['hub', ...leaves],
      leaves.map((leaf) => [leaf, 'hub'] as const),
    );
    // Every sampled source is a leaf whose paths all cross the hub: the estimate is exact here.
    expect(c.hub?.betweenness).toBeCloseTo(1, 12);
    expect(leaves.every((leaf) => c[leaf]?.betweenness === 0)).toBe(true);
  });

  it('samples distinct sources, the same ones every time', () => {
    const picked = sample(10_000, SAMPLES);
    expect(new Set(picked).size).toBe(SAMPLES);
    expect(Array.from(picked).every((i) => i >= 0 && i < 10_000)).toBe(true);
    expect(Array.from(sample(10_000, SAMPLES))).toEqual(Array.from(picked));
  });

  it('handles empty and tiny graphs', () => {
    expect(centrality([], [])).toEqual({});
    expect(centrality(['a'], []).a).toMatchObject({ inDegree: 0, outDegree: 0, betweenness: 0 });
    expect(centrality(['a'], []).a?.pageRank).toBeCloseTo(1, 15);
    expect(centrality(['a', 'b'], [['a', 'b']]).a?.betweenness).toBe(0);
  });
});
