// Neighbourhoods (depth, filters, honest truncation) and paths (shortest, all, bounds, direction).
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-traversal');

interface Subgraph {
  center: { id: string };
  nodes: { id: string }[];
  relations: { id: string; from: { id: string }; to: { id: string } }[];
  truncated: boolean;
}

async function hood(args: string): Promise<Subgraph> {
  const data = await gqlData<{ neighborhood: Subgraph }>(
    h.url,
    `query($g: ID) { neighborhood(graph: $g, ${args}) { center { id } nodes { id } relations { id from { id } to { id } } truncated } }`,
    { g: h.graph },
  );
  return data.neighborhood;
}

interface Path {
  length: number;
  nodes: { id: string }[];
  relations: { id: string; type: string }[];
}

async function paths(args: string): Promise<Path[]> {
  const data = await gqlData<{ paths: Path[] }>(
    h.url,
    `query($g: ID) { paths(graph: $g, ${args}) { length nodes { id } relations { id type } } }`,
    { g: h.graph },
  );
  return data.paths;
}

describe('neighborhood', () => {
  it('grows by depth, center first, with the relations among the concepts', async () => {
    const one = await hood('id: "value-01"');
    expect(one.center.id).toBe('value-01');
    expect(one.nodes[0]?.id).toBe('value-01');
    expect(one.nodes.map((n) => n.id).sort()).toEqual([
      'goal-acceptance',
      'goal-integration',
      'topic',
      'value-01',
    ]);
    expect(one.relations).toHaveLength(3);
    expect(one.truncated).toBe(false);
    const two = await hood('id: "value-01", depth: 2');
    expect(two.nodes).toHaveLength(15); // + the 11 other values via topic (2-4 also via acceptance)
    const ids = new Set(two.nodes.map((n) => n.id));
    for (const r of two.relations) expect(ids.has(r.from.id) && ids.has(r.to.id)).toBe(true);
  });

  it('says truncated only when the limit cut', async () => {
    const cut = await hood('id: "topic", limit: 5');
    expect(cut.nodes).toHaveLength(5);
    expect(cut.truncated).toBe(true);
    const exact = await hood('id: "topic", limit: 13');
    expect(exact.nodes).toHaveLength(13);
    expect(exact.truncated).toBe(false);
    const chain = await hood('id: "forum-desa", depth: 3, limit: 4');
    expect(chain.nodes.map((n) => n.id)).toEqual([
      'forum-desa',
      'forum-kecamatan',
      'forum-kabupaten',
      'forum-provinsi',
    ]);
    expect(chain.truncated).toBe(false);
  });

  it('follows only the given relation types, kinds and direction', async () => {
    const supports = await hood('id: "value-01", relationTypes: ["SUPPORTS"]');
    expect(supports.nodes.map((n) => n.id).sort()).toEqual([
      'goal-acceptance',
      'goal-integration',
      'value-01',
    ]);
    const goals = await hood('id: "value-01", kinds: ["Goal"], depth: 3');
    expect(goals.nodes).toHaveLength(3);
    const up = await hood('id: "forum-kecamatan", direction: OUT, depth: 3');
    expect(up.nodes.map((n) => n.id)).toEqual([
      'forum-kecamatan',
      'forum-kabupaten',
      'forum-provinsi',
      'forum-nasional',
    ]);
    const down = await hood('id: "forum-kecamatan", direction: IN, depth: 3');
    expect(down.nodes.map((n) => n.id)).toEqual(['forum-kecamatan', 'forum-desa']);
  });

  it('is NOT_FOUND for an unknown concept, and bounds depth and limit', async () => {
    const missing = await gql(
      h.url,
      'query($g: ID) { neighborhood(graph: $g, id: "nope") { truncated } }',
      { g: h.graph },
    );
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const deep = await gql(
      h.url,
      'query($g: ID) { neighborhood(graph: $g, id: "topic", depth: 4) { truncated } }',
      { g: h.graph },
    );
    expect(deep.errors?.[0]?.message).toBe('`depth` must be between 1 and 3 (got 4).');
    const wide = await gql(
      h.url,
      'query($g: ID) { neighborhood(graph: $g, id: "topic", limit: 501) { truncated } }',
      { g: h.graph },
    );
    expect(errorCodes(wide)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('paths', () => {
  it('finds the shortest path with its nodes, relations and length', async () => {
    const [path, ...rest] = await paths('from: "forum-desa", to: "forum-nasional"');
    expect(rest).toEqual([]);
    expect(path?.length).toBe(4);
    expect(path?.nodes.map((n) => n.id)).toEqual([
      'forum-desa',
      'forum-kecamatan',
      'forum-kabupaten',
      'forum-provinsi',
      'forum-nasional',
    ]);
    expect(path?.relations.map((r) => r.type)).toEqual([
      'PART_OF',
      'PART_OF',
      'PART_OF',
      'PART_OF',
    ]);
  });

  it('finds all shortest paths when asked', async () => {
    const one = await paths('from: "value-01", to: "value-02"');
    expect(one).toHaveLength(1);
    const all = await paths('from: "value-01", to: "value-02", all: true');
    expect(all).toHaveLength(2);
    expect(all.map((p) => p.nodes[1]?.id).sort()).toEqual(['goal-acceptance', 'topic']);
    expect(all.every((p) => p.length === 2)).toBe(true);
  });

  it('honours maxLength, relation types and direction', async () => {
    expect(await paths('from: "forum-desa", to: "forum-nasional", maxLength: 3')).toEqual([]);
    const viaTopic = await paths(
      'from: "value-01", to: "value-02", all: true, relationTypes: ["HAS_VALUE"]',
    );
    expect(viaTopic.map((p) => p.nodes[1]?.id)).toEqual(['topic']);
    expect(await paths('from: "forum-nasional", to: "forum-desa", direction: OUT')).toEqual([]);
    expect(await paths('from: "forum-nasional", to: "forum-desa", direction: IN')).toHaveLength(1);
    expect(await paths('from: "goal-diversity", to: "topic"')).toEqual([]);
  });

  it('gives a zero-length path from a concept to itself, NOT_FOUND for unknown ends', async () => {
    const [self] = await paths('from: "topic", to: "topic"');
    expect(self).toEqual({ length: 0, nodes: [{ id: 'topic' }], relations: [] });
    const r = await gql(
      h.url,
      'query($g: ID) { paths(graph: $g, from: "topic", to: "nope") { length } }',
      { g: h.graph },
    );
    expect(errorCodes(r)).toEqual(['NOT_FOUND']);
    const long = await gql(
      h.url,
      'query($g: ID) { paths(graph: $g, from: "topic", to: "topic", maxLength: 11) { length } }',
      { g: h.graph },
    );
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
  });
});
