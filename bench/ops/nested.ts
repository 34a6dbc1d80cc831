// A page of concepts with their relations and neighbours: the query shape where a naive
// resolver per field costs one round-trip per concept (the N+1 problem).
import type { Plain } from '../../graph/plain.js';
import type { Operation } from '../contenders/types.js';
import { fieldStem } from '../servers/peer-schema.js';
import { arr, at, sortedIds, text } from './plain.js';

/** Relations and neighbours asked per concept; pages are built of concepts with fewer. */
export const NESTED_FIRST = 50;

type PerConcept = Map<string, { relations: string[]; neighbors: string[] }>;

function canonical(per: PerConcept): Plain {
  return Object.fromEntries(
    [...per.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, v]) => [
        id,
        {
          relations: sortedIds(v.relations),
          neighbors: sortedIds(v.neighbors.filter((n) => n !== id)),
        },
      ]),
  );
}

const RAW = `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
CALL {
  WITH c
  MATCH (c)-[r]-(o:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types
  RETURN collect(r {.id, .basis, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relations,
    collect(DISTINCT o {.id, .kind, .labelId, .labelEn}) AS neighbors
}
RETURN c {.id, .kind, .labelId, .labelEn} AS concept, relations, neighbors
ORDER BY c.order, c.id`;

export function nestedPage(
  graph: string,
  types: readonly string[],
  ids: readonly string[],
): Operation {
  const connections = types
    .flatMap((type) => ['Out', 'In'].map((dir) => `${fieldStem(type)}${dir}Connection`))
    .map(
      (field) => `${field} { edges { properties { id basis } node { id kind labelId labelEn } } }`,
    )
    .join('\n');
  return {
    id: `nested-page-${ids.length}`,
    title: `Page of ${ids.length} concepts with relations and neighbours`,
    ours: {
      query: `query($graph: ID, $ids: [ID!], $first: Int, $nested: Int) {
        concepts(graph: $graph, where: { ids: $ids }, first: $first) { nodes {
          id kind labels { id en }
          relations(first: $nested) { id type basis from { id } to { id } }
          neighbors(first: $nested) { id kind labels { id en } } } } }`,
      variables: { graph, ids: [...ids], first: ids.length, nested: NESTED_FIRST },
    },
    peer: {
      query: `query($graph: String!, $ids: [ID!]!, $limit: Int) {
        concepts(where: { graph: { eq: $graph }, id: { in: $ids } }, limit: $limit, sort: [{ order: ASC }, { id: ASC }]) {
          id kind labelId labelEn ${connections} } }`,
      variables: { graph, ids: [...ids], limit: ids.length },
    },
    raw: { cypher: RAW, params: { graph, ids: [...ids], types: [...types] } },
    canonical: {
      ours: (data) => {
        const per: PerConcept = new Map();
        for (const c of arr(at(data, 'concepts', 'nodes'))) {
          per.set(text(at(c, 'id')), {
            relations: arr(at(c, 'relations')).map((r) => text(at(r, 'id'))),
            neighbors: arr(at(c, 'neighbors')).map((n) => text(at(n, 'id'))),
          });
        }
        return canonical(per);
      },
      peer: (data) => {
        const per: PerConcept = new Map();
        for (const c of arr(at(data, 'concepts'))) {
          const edges = Object.entries(c && typeof c === 'object' && !Array.isArray(c) ? c : {})
            .filter(([key]) => key.endsWith('Connection'))
            .flatMap(([, value]) => arr(at(value, 'edges')));
          per.set(text(at(c, 'id')), {
            relations: edges.map((e) => text(at(e, 'properties', 'id'))),
            neighbors: edges.map((e) => text(at(e, 'node', 'id'))),
          });
        }
        return canonical(per);
      },
      raw: (rows) => {
        const per: PerConcept = new Map();
        for (const row of rows) {
          per.set(text(at(row, 'concept', 'id')), {
            relations: arr(at(row, 'relations')).map((r) => text(at(r, 'id'))),
            neighbors: arr(at(row, 'neighbors')).map((n) => text(at(n, 'id'))),
          });
        }
        return canonical(per);
      },
    },
  };
}
