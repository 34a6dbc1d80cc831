// The four path modes (SHORTEST, ALL_SHORTEST, K_SHORTEST, ALL_SIMPLE) and the filters every mode
// takes (basis, sources, excluded types, kinds passed through, concepts avoided), on a graph where
// every path is known (support/path-graph.ts), then on the shipped graph, then the refusals.
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useGraph } from './support/harness.js';
import { loadPathGraph } from './support/path-graph.js';
import { useShippedGraph } from './support/shipped-graph.js';

const h = useGraph('api-path-modes', loadPathGraph);

interface Path {
  length: number;
  nodes: { id: string }[];
  relations: { type: string }[];
}

async function paths(url: string, graph: string, args: string): Promise<Path[]> {
  const data = await gqlData<{ paths: Path[] }>(
    url,
    `query($g: ID) { paths(graph: $g, ${args}) { length nodes { id } relations { type } } }`,
    { g: graph },
  );
  return data.paths;
}

/** Each path as its concepts joined by dots, in the order the API gave them. */
async function routes(args: string): Promise<string[]> {
  const found = await paths(h.url, h.graph, args);
  for (const p of found) expect(p.relations).toHaveLength(p.length);
  return found.map((p) => p.nodes.map((n) => n.id).join('.'));
}

const ST = 'from: "s", to: "t"';
const EVERY_SIMPLE = ['s.a.t', 's.b.t', 's.a.b.t', 's.b.a.t', 's.c.d.t'];

describe('path modes on a graph of known paths', () => {
  it('SHORTEST gives one of the two shortest; ALL_SHORTEST both, in id order', async () => {
    const [one, ...rest] = await routes(`${ST}, mode: SHORTEST`);
    expect(rest).toEqual([]);
    expect(['s.a.t', 's.b.t']).toContain(one);
    expect(await routes(ST)).toHaveLength(1);
    expect(await routes(`${ST}, mode: ALL_SHORTEST`)).toEqual(['s.a.t', 's.b.t']);
  });

  it('K_SHORTEST gives the k shortest simple paths, longer ones once the shortest run out', async () => {
    expect(await routes(`${ST}, mode: K_SHORTEST, k: 1`)).toEqual(['s.a.t']);
    expect(await routes(`${ST}, mode: K_SHORTEST`)).toEqual(['s.a.t', 's.b.t', 's.a.b.t']);
    expect(await routes(`${ST}, mode: K_SHORTEST, k: 4`)).toEqual([
      's.a.t',
      's.b.t',
      's.a.b.t',
      's.b.a.t',
    ]);
    // Only five simple paths exist: walks back through a concept (s.a.b.s.c.d.t) are not paths.
    expect(await routes(`${ST}, mode: K_SHORTEST, k: 25`)).toEqual(EVERY_SIMPLE);
    expect(await routes(`${ST}, mode: K_SHORTEST, k: 25, maxLength: 2`)).toEqual([
      's.a.t',
      's.b.t',
    ]);
  });

  it('ALL_SIMPLE gives every simple path, shortest first, up to maxLength (6 when left out)', async () => {
    expect(await routes(`${ST}, mode: ALL_SIMPLE`)).toEqual(EVERY_SIMPLE);
    expect(await routes(`${ST}, mode: ALL_SIMPLE, maxLength: 6`)).toEqual(EVERY_SIMPLE);
    // A length variable the request leaves out is a length left out, not the SDL's default of 8.
    const unset = await gqlData<{ paths: Path[] }>(
      h.url,
      'query($g: ID, $len: Int) { paths(graph: $g, from: "s", to: "t", mode: ALL_SIMPLE, maxLength: $len) { length } }',
      { g: h.graph },
    );
    expect(unset.paths.map((p) => p.length)).toEqual([2, 2, 3, 3, 3]);
    expect(await routes(`${ST}, mode: ALL_SIMPLE, maxLength: 2`)).toEqual(['s.a.t', 's.b.t']);
    expect(await routes(`${ST}, mode: ALL_SIMPLE, maxLength: 1`)).toEqual([]);
    // Against the relations' direction, b→a does not exist: s.b.a.t is gone, and t→s has none.
    expect(await routes(`${ST}, mode: ALL_SIMPLE, direction: OUT`)).toEqual([
      's.a.t',
      's.b.t',
      's.a.b.t',
      's.c.d.t',
    ]);
    expect(await routes(`${ST}, mode: ALL_SIMPLE, direction: IN`)).toEqual([]);
    expect(await routes('from: "t", to: "s", mode: ALL_SIMPLE, direction: IN')).toHaveLength(4);
  });

  it('caps ALL_SHORTEST and K_SHORTEST at 25 and ALL_SIMPLE at 100, in a stable order', async () => {
    // x → m → n → o → y, five concepts a layer: 125 paths of length 4, all shortest.
    const fan = (m: number, n: number, o: number): string => `x.m${m}.n${n}.o${o}.y`;
    const allShortest = await routes('from: "x", to: "y", mode: ALL_SHORTEST');
    expect(allShortest).toHaveLength(25);
    expect(allShortest[0]).toBe(fan(1, 1, 1));
    expect(allShortest[24]).toBe(fan(1, 5, 5));
    // K_SHORTEST takes 25 of the 125 tied paths (which ones is the database's choice).
    const k = await routes('from: "x", to: "y", mode: K_SHORTEST, k: 25');
    expect(new Set(k).size).toBe(25);
    expect(k.every((r) => /^x\.m\d\.n\d\.o\d\.y$/.test(r))).toBe(true);
    const simple = await routes('from: "x", to: "y", mode: ALL_SIMPLE, maxLength: 4');
    expect(simple).toHaveLength(100);
    expect(new Set(simple).size).toBe(100);
    expect(simple[0]).toBe(fan(1, 1, 1));
    expect(simple[99]).toBe(fan(4, 5, 5));
    expect(await routes('from: "x", to: "y", mode: ALL_SIMPLE, maxLength: 4')).toEqual(simple);
    expect(await routes('from: "x", to: "y", mode: ALL_SIMPLE, maxLength: 3')).toEqual([]);
  });

  it('keeps the deprecated `all`: ALL_SHORTEST unless a mode is given', async () => {
    expect(await routes(`${ST}, all: true`)).toEqual(['s.a.t', 's.b.t']);
    expect(await routes(`${ST}, all: false`)).toHaveLength(1);
    expect(await routes(`${ST}, all: true, mode: SHORTEST`)).toHaveLength(1);
    expect(await routes(`${ST}, all: true, mode: K_SHORTEST, k: 3`)).toEqual([
      's.a.t',
      's.b.t',
      's.a.b.t',
    ]);
  });

  it('follows only relations of the asked basis and works, in every mode', async () => {
    // s→b is the inferred relation: stated paths avoid it.
    expect(await routes(`${ST}, mode: ALL_SIMPLE, basis: STATED`)).toEqual([
      's.a.t',
      's.a.b.t',
      's.c.d.t',
    ]);
    expect(await routes(`${ST}, mode: ALL_SHORTEST, basis: STATED`)).toEqual(['s.a.t']);
    expect(await routes(`${ST}, basis: INFERRED`)).toEqual([]);
    // b→t is the one relation quoted from w2.
    expect(await routes(`${ST}, mode: ALL_SIMPLE, sources: ["w1"]`)).toEqual([
      's.a.t',
      's.b.a.t',
      's.c.d.t',
    ]);
    expect(await routes(`${ST}, mode: K_SHORTEST, k: 2, sources: ["w1"]`)).toEqual([
      's.a.t',
      's.b.a.t',
    ]);
    expect(await routes(`${ST}, mode: ALL_SHORTEST, sources: ["w2"]`)).toEqual([]);
    expect(await routes(`${ST}, mode: ALL_SIMPLE, sources: ["w1", "w2"]`)).toEqual(EVERY_SIMPLE);
  });

  it('leaves out excluded relation types, from the scope or the asked types', async () => {
    expect(await routes(`${ST}, mode: ALL_SIMPLE, excludeRelationTypes: ["ALSO"]`)).toEqual([
      's.a.t',
      's.b.t',
      's.a.b.t',
      's.b.a.t',
    ]);
    // Structure joins s to t directly, unless excluded.
    expect(await routes(`${ST}, scope: ALL`)).toEqual(['s.t']);
    expect(
      await routes(`${ST}, mode: ALL_SHORTEST, scope: ALL, excludeRelationTypes: ["CONTAINS"]`),
    ).toEqual(['s.a.t', 's.b.t']);
    expect(
      await routes(
        `${ST}, mode: ALL_SIMPLE, relationTypes: ["LINKS", "ALSO"], excludeRelationTypes: ["LINKS"]`,
      ),
    ).toEqual([]);
  });

  it('passes only through concepts of viaKinds and never through avoided ones', async () => {
    // The ends are hubs, the way between them may be made of Side concepts only.
    expect(await routes(`${ST}, mode: ALL_SHORTEST, viaKinds: ["Side"]`)).toEqual(['s.c.d.t']);
    expect(await routes(`${ST}, mode: ALL_SIMPLE, viaKinds: ["Step"]`)).toEqual([
      's.a.t',
      's.b.t',
      's.a.b.t',
      's.b.a.t',
    ]);
    expect(await routes(`${ST}, mode: K_SHORTEST, k: 25, viaKinds: ["Hub"]`)).toEqual([]);
    expect(await routes(`${ST}, mode: ALL_SIMPLE, avoid: ["a"]`)).toEqual(['s.b.t', 's.c.d.t']);
    expect(await routes(`${ST}, avoid: ["a", "b"]`)).toEqual(['s.c.d.t']);
    expect(await routes(`${ST}, mode: K_SHORTEST, k: 2, avoid: ["b"]`)).toEqual([
      's.a.t',
      's.c.d.t',
    ]);
    // The ends cannot be avoided.
    expect(await routes(`${ST}, mode: ALL_SHORTEST, avoid: ["s", "t"]`)).toEqual([
      's.a.t',
      's.b.t',
    ]);
  });

  it('keeps the path to itself and NOT_FOUND for unknown ends in every mode', async () => {
    for (const mode of ['SHORTEST', 'ALL_SHORTEST', 'K_SHORTEST', 'ALL_SIMPLE']) {
      expect(await routes(`from: "s", to: "s", mode: ${mode}`)).toEqual(['s']);
      const missing = await gql(
        h.url,
        `query($g: ID) { paths(graph: $g, from: "s", to: "nope", mode: ${mode}) { length } }`,
        { g: h.graph },
      );
      expect(errorCodes(missing), mode).toEqual(['NOT_FOUND']);
    }
  });
});

describe('refusals', () => {
  async function refusal(args: string): Promise<string | undefined> {
    const r = await gql(h.url, `query($g: ID) { paths(graph: $g, ${args}) { length } }`, {
      g: h.graph,
    });
    expect(errorCodes(r), args).toEqual(['BAD_USER_INPUT']);
    return r.errors?.[0]?.message;
  }

  it('refuses k and maxLength past each mode cap, saying the cap', async () => {
    expect(await refusal(`${ST}, mode: K_SHORTEST, k: 26`)).toBe(
      '`k` must be between 1 and 25 (got 26).',
    );
    expect(await refusal(`${ST}, mode: K_SHORTEST, k: 0`)).toContain('between 1 and 25');
    expect(await refusal(`${ST}, mode: ALL_SIMPLE, maxLength: 7`)).toContain(
      '`maxLength` must be between 1 and 6 with `mode: ALL_SIMPLE` (got 7)',
    );
    expect(await refusal(`${ST}, mode: K_SHORTEST, maxLength: 11`)).toBe(
      '`maxLength` must be between 1 and 10 (got 11).',
    );
  });

  it('refuses unknown kinds and relation types, and over-long lists', async () => {
    expect(await refusal(`${ST}, viaKinds: ["Hub", "Nope"]`)).toContain('Unknown kind "Nope"');
    expect(await refusal(`${ST}, excludeRelationTypes: ["NOPE"]`)).toContain(
      'Unknown relation type "NOPE"',
    );
    const many = JSON.stringify(Array.from({ length: 101 }, (_, i) => `c${i}`));
    expect(await refusal(`${ST}, avoid: ${many}`)).toContain('`avoid` may list at most 100');
  });
});

describe('paths in the shipped graph', () => {
  const shipped = useShippedGraph('api-path-modes-shipped');
  const ask = async (args: string): Promise<Path[]> => paths(shipped.url, shipped.graph, args);

  it('gives the 3 shortest meaning routes from equality to social acceptance', async () => {
    // The seed: kesetaraan SUPPORTS penerimaan-sosial (1 step); the topic STANDS_ON kesetaraan and
    // AIMS_AT penerimaan-sosial (2 steps); no other concept touches both, so the third is longer.
    const found = await ask('from: "kesetaraan", to: "penerimaan-sosial", mode: K_SHORTEST, k: 3');
    expect(found.map((p) => p.length)).toEqual([1, 2, 3]);
    expect(found[0]?.relations.map((r) => r.type)).toEqual(['SUPPORTS']);
    expect(found[1]?.nodes.map((n) => n.id)).toEqual([
      'kesetaraan',
      'keserasian-sosial',
      'penerimaan-sosial',
    ]);
    expect(found[1]?.relations.map((r) => r.type)).toEqual(['STANDS_ON', 'AIMS_AT']);
    for (const p of found) {
      expect(p.nodes[0]?.id).toBe('kesetaraan');
      expect(p.nodes.at(-1)?.id).toBe('penerimaan-sosial');
    }
    // Every SUPPORTS of the seed is inferred: through stated relations the topic is the way.
    const stated = await ask('from: "kesetaraan", to: "penerimaan-sosial", basis: STATED');
    expect(stated.map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['kesetaraan', 'keserasian-sosial', 'penerimaan-sosial'],
    ]);
  });

  it('reaches a basic value from the village forum only through the pledge and the topic', async () => {
    // forum-desa is named by one pledge item only (ikrar-forum-komunikasi), which reaches the
    // other items through the pledge; three of them commit to the topic, which stands on
    // mutualisme: three routes of 5 steps, then routes of 6.
    const shortest = await ask('from: "forum-desa", to: "mutualisme", mode: ALL_SHORTEST');
    expect(shortest.map((p) => p.length)).toEqual([5, 5, 5]);
    for (const p of shortest) {
      expect(p.nodes.map((n) => n.id).slice(0, 3)).toEqual([
        'forum-desa',
        'ikrar-forum-komunikasi',
        'ikrar-keserasian-sosial',
      ]);
      expect(p.nodes.at(-2)?.id).toBe('keserasian-sosial');
    }
    const four = await ask('from: "forum-desa", to: "mutualisme", mode: K_SHORTEST, k: 4');
    expect(four.map((p) => p.length)).toEqual([5, 5, 5, 6]);
    expect(four.slice(0, 3)).toEqual(shortest);
    // Around the topic, the pledge items reach mutualisme only through social integration, by
    // way of the victims of social disasters or the national system of concord: 7 steps.
    const around = await ask(
      'from: "forum-desa", to: "mutualisme", mode: ALL_SHORTEST, avoid: ["keserasian-sosial"]',
    );
    expect(around.map((p) => p.length)).toEqual([7, 7]);
    for (const p of around) expect(p.nodes.at(-2)?.id).toBe('integrasi-sosial');
    const within6 = await ask(
      'from: "forum-desa", to: "mutualisme", mode: ALL_SIMPLE, avoid: ["keserasian-sosial"]',
    );
    expect(within6).toEqual([]);
  });
});
