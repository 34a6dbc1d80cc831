// The neighbourhood of a concept at depth 1 or 2: what the explorer asks on every click.
// Ours and raw return the concepts within `depth` and the relations among them; the peer walks
// its relationship fields, which yields the relations along the walk (those touching the center
// or, at depth 2, the first ring). The canonical form is the concept ids plus that walked subset,
// which all three must agree on.
import type { Plain } from '../../graph/plain.js';
import type { Operation } from '../contenders/types.js';
import { fieldStem } from '../servers/peer-schema.js';
import { arr, at, obj, sortedIds, text } from './plain.js';

export const NEIGHBORHOOD_LIMIT = 500;

interface Edge {
  id: string;
  from: string;
  to: string;
}

function canonical(center: string, depth: number, nodes: string[], edges: Edge[]): Plain {
  const inner = new Set([center]);
  if (depth > 1) {
    for (const e of edges) {
      if (e.from === center) inner.add(e.to);
      if (e.to === center) inner.add(e.from);
    }
  }
  const walked = edges.filter((e) => inner.has(e.from) || inner.has(e.to)).map((e) => e.id);
  return { nodes: sortedIds(nodes), relations: sortedIds(walked) };
}

// Same semantics as graph/queries/neighborhood.ts in one statement: ring by ring, each ring in
// text order, cut at the limit, then the relations among the concepts kept.
const RING = `
  MATCH (m)-[r]-(o:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types AND o <> c`;

export function rawNeighborhoodCypher(depth: 1 | 2): string {
  const second =
    depth === 2
      ? `CALL {
  WITH c, ring1
  UNWIND ring1 AS m${RING} AND NOT o IN ring1
  WITH DISTINCT o ORDER BY coalesce(o.order, 0), o.id
  RETURN collect(o) AS ring2
}`
      : 'WITH c, ring1, [] AS ring2';
  return `MATCH (c:Concept {graph: $graph, id: $id})
CALL {
  WITH c
  WITH c, c AS m${RING}
  WITH DISTINCT o ORDER BY coalesce(o.order, 0), o.id
  RETURN collect(o) AS ring1
}
${second}
WITH ([c] + ring1 + ring2)[0..toInteger($limit)] AS nodes
WITH nodes, [n IN nodes | n.id] AS ids
CALL {
  WITH nodes, ids
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types AND b.id IN ids
  RETURN collect(r {.id, .basis, type: type(r), from: a.id, to: b.id}) AS relations
}
RETURN [n IN nodes | n {.id, .kind, .labelId, .labelEn}] AS nodes, relations`;
}

function peerRings(types: readonly string[], depth: number): string {
  if (depth === 0) return '';
  return types
    .flatMap((type) => ['Out', 'In'].map((dir) => `${fieldStem(type)}${dir}Connection`))
    .map(
      (field) =>
        `${field} { edges { properties { id basis } node { id kind labelId labelEn ${peerRings(types, depth - 1)} } } }`,
    )
    .join('\n');
}

/** Every node and edge of the peer's nested answer (edge ends follow the field's direction). */
function walkPeer(node: Plain, nodes: string[], edges: Edge[]): void {
  const id = text(obj(node).id);
  nodes.push(id);
  for (const [key, value] of Object.entries(obj(node))) {
    const match = /^(.*)(Out|In)Connection$/.exec(key);
    if (!match) continue;
    for (const edge of arr(at(value, 'edges'))) {
      const other = at(edge, 'node');
      const otherId = text(obj(other).id);
      const relId = text(at(edge, 'properties', 'id'));
      edges.push(
        match[2] === 'Out'
          ? { id: relId, from: id, to: otherId }
          : { id: relId, from: otherId, to: id },
      );
      walkPeer(other, nodes, edges);
    }
  }
}

export function neighborhood(
  graph: string,
  types: readonly string[],
  center: string,
  depth: 1 | 2,
  tag: string,
): Operation {
  const edgesOf = (relations: Plain) =>
    arr(relations).map((r) => ({
      id: text(at(r, 'id')),
      from: text(at(r, 'from')),
      to: text(at(r, 'to')),
    }));
  return {
    id: `neighborhood-d${depth}-${tag}`,
    title: `Neighbourhood, depth ${depth}, ${tag}-degree concept`,
    ours: {
      query: `query($graph: ID, $id: ID!, $depth: Int, $limit: Int) {
        neighborhood(graph: $graph, id: $id, depth: $depth, limit: $limit) {
          truncated nodes { id kind labels { id en } }
          relations { id type basis from { id } to { id } } } }`,
      variables: { graph, id: center, depth, limit: NEIGHBORHOOD_LIMIT },
    },
    peer: {
      query: `query($graph: String!, $id: ID!) { concepts(where: { graph: { eq: $graph }, id: { eq: $id } }) {
        id kind labelId labelEn ${peerRings(types, depth)} } }`,
      variables: { graph, id: center },
    },
    raw: {
      cypher: rawNeighborhoodCypher(depth),
      params: { graph, id: center, types: [...types], limit: NEIGHBORHOOD_LIMIT },
    },
    canonical: {
      ours: (data) => {
        const n = at(data, 'neighborhood');
        const edges = arr(at(n, 'relations')).map((r) => ({
          id: text(at(r, 'id')),
          from: text(at(r, 'from', 'id')),
          to: text(at(r, 'to', 'id')),
        }));
        return canonical(
          center,
          depth,
          arr(at(n, 'nodes')).map((c) => text(at(c, 'id'))),
          edges,
        );
      },
      peer: (data) => {
        const nodes: string[] = [];
        const edges: Edge[] = [];
        for (const root of arr(at(data, 'concepts'))) walkPeer(root, nodes, edges);
        return canonical(center, depth, nodes, edges);
      },
      raw: (rows) => {
        const row = rows[0] ?? null;
        return canonical(
          center,
          depth,
          arr(at(row, 'nodes')).map((c) => text(at(c, 'id'))),
          edgesOf(at(row, 'relations')),
        );
      },
    },
  };
}
