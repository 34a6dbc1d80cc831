// The neighbourhood of a concept, grown breadth-first: closest concepts are kept first, and
// `truncated` is set only when the limit cut.
import type { Database } from '../db.js';
import { byDirection, FOLLOWED } from './adjacent.js';
import {
  compact,
  isObject,
  toConcept,
  toRelation,
  type Basis,
  type ConceptRecord,
  type DirectionName,
  type RelationRecord,
} from './model.js';

export interface NeighborhoodRequest {
  graph: string;
  id: string;
  depth: number;
  direction: DirectionName;
  types: string[];
  /** Only relations of this basis (null or left out: both). */
  basis?: Basis | null;
  /** Only relations quoted from these works (null or left out: any). */
  sources?: string[] | null;
  kinds: string[] | null;
  /** Most concepts to return, the center included. */
  limit: number;
  /** Most relations to return. */
  relationLimit: number;
}

export interface Neighborhood {
  center: ConceptRecord;
  nodes: ConceptRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

// One statement per request (a click in the explorer must cost one round-trip): ring by ring,
// each ring from the one before, closest concepts first and each ring in text order. A ring keeps
// at most `$limit` concepts (so a hub never drags in thousands), and the whole list is cut to
// `$limit` at the end; what the cut removed sets `truncated`. Variable-length patterns would
// enumerate every path instead, which explodes on dense graphs.
function ring(pattern: string): string {
  return `CALL {
  WITH kept, previous
  UNWIND previous AS c
  MATCH ${pattern}
  WHERE ${FOLLOWED}
    AND NOT o IN kept
    AND ($kinds IS NULL OR o.kind IN $kinds)
  WITH DISTINCT o
  ORDER BY coalesce(o.order, 0), o.id
  LIMIT toInteger($limit)
  RETURN collect(o) AS ring
}
WITH center, kept + ring AS kept, ring AS previous`;
}

function neighborhoodStatement(pattern: string, depth: number): string {
  const rings = Array.from({ length: depth }, () => ring(pattern));
  return `MATCH (center:Concept {graph: $graph, id: $id})
WITH center, [center] AS kept, [center] AS previous
${rings.join('\n')}
WITH center, kept[0..toInteger($limit)] AS nodes, size(kept) > $limit AS cut
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Concept {graph: $graph})
  WHERE ${FOLLOWED} AND b IN nodes
  WITH a, r, b
  ORDER BY r.id, type(r), a.id, b.id
  LIMIT toInteger($room)
  RETURN collect(r {.*, type: type(r), from: a.id, to: b.id}) AS relations
}
RETURN nodes, relations, cut`;
}

const PATTERNS = byDirection((pattern) => pattern);

/** NEIGHBORHOOD[direction][depth - 1]: fixed statements, one per direction and depth. */
export const NEIGHBORHOOD: Record<DirectionName, string[]> = {
  OUT: [1, 2, 3].map((depth) => neighborhoodStatement(PATTERNS.OUT, depth)),
  IN: [1, 2, 3].map((depth) => neighborhoodStatement(PATTERNS.IN, depth)),
  BOTH: [1, 2, 3].map((depth) => neighborhoodStatement(PATTERNS.BOTH, depth)),
};

function statementFor(direction: DirectionName, depth: number): string {
  const variants = NEIGHBORHOOD[direction];
  const statement = variants[Math.min(Math.max(depth, 1), variants.length) - 1];
  if (statement === undefined) throw new Error(`No neighbourhood statement for depth ${depth}`);
  return statement;
}

export async function readNeighborhood(
  db: Database,
  request: NeighborhoodRequest,
): Promise<Neighborhood | null> {
  const [row] = await db.readRows(statementFor(request.direction, request.depth), {
    graph: request.graph,
    id: request.id,
    types: request.types,
    basis: request.basis ?? null,
    sources: request.sources ?? null,
    kinds: request.kinds,
    limit: request.limit,
    room: request.relationLimit + 1,
  });
  if (!row) return null;
  const nodes = compact((Array.isArray(row.nodes) ? row.nodes : []).map((n) => toConcept(n)));
  const [center] = nodes;
  if (!center) return null;
  const relationRows = Array.isArray(row.relations) ? row.relations : [];
  // Both ends are among the nodes: they are not sent twice.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const relations = compact(
    relationRows.map((rel) => {
      const relation = isObject(rel) ? toRelation({ rel }) : null;
      return (
        relation && {
          ...relation,
          from: byId.get(relation.fromId) ?? null,
          to: byId.get(relation.toId) ?? null,
        }
      );
    }),
  );
  const relationsCut = relations.length > request.relationLimit;
  return {
    center,
    nodes,
    relations: relations.slice(0, request.relationLimit),
    truncated: row.cut === true || relationsCut,
  };
}
