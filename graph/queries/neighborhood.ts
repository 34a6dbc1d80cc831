// The neighbourhood of a concept, grown breadth-first one level per statement inside a single read
// transaction: closest concepts are kept first, and `truncated` is set only when the limit cut.
// (One variable-length pattern would enumerate every path, which explodes on dense graphs.)
import type { Database, Transaction } from '../db.js';
import { byDirection } from './adjacent.js';
import { CONCEPTS_BY_ID } from './concepts.js';
import {
  compact,
  toConcept,
  toRelation,
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

// `$room` is one more than what is still wanted, so that a full level reveals a cut.
export const NEXT_LEVEL = byDirection(
  (pattern) => `
UNWIND $frontier AS id
MATCH (c:Concept {graph: $graph, id: id})
MATCH ${pattern}
WHERE r.graph = $graph AND type(r) IN $types
  AND NOT o.id IN $seen
  AND ($kinds IS NULL OR o.kind IN $kinds)
WITH DISTINCT o
ORDER BY coalesce(o.order, 0), o.id
LIMIT toInteger($room)
RETURN o AS concept`,
);

export const RELATIONS_AMONG = `
UNWIND $ids AS id
MATCH (a:Concept {graph: $graph, id: id})-[r]->(b:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types AND b.id IN $ids
WITH a, r, b
ORDER BY r.id, type(r), a.id, b.id
LIMIT toInteger($room)
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS rel, a AS fromNode, b AS toNode`;

export async function readNeighborhood(
  db: Database,
  request: NeighborhoodRequest,
): Promise<Neighborhood | null> {
  return db.read(async (tx) => {
    const [centerRow] = await tx.run(CONCEPTS_BY_ID, { graph: request.graph, ids: [request.id] });
    const center = toConcept(centerRow?.concept);
    if (!center) return null;
    const { nodes, truncated } = await growLevels(tx, request, center);
    const ids = nodes.map((n) => n.id);
    const rows = await tx.run(RELATIONS_AMONG, {
      graph: request.graph,
      types: request.types,
      ids,
      room: request.relationLimit + 1,
    });
    const relations = compact(rows.map(toRelation));
    const relationsCut = relations.length > request.relationLimit;
    return {
      center,
      nodes,
      relations: relations.slice(0, request.relationLimit),
      truncated: truncated || relationsCut,
    };
  });
}

async function growLevels(
  tx: Transaction,
  request: NeighborhoodRequest,
  center: ConceptRecord,
): Promise<{ nodes: ConceptRecord[]; truncated: boolean }> {
  const nodes = [center];
  let frontier = [center.id];
  for (let level = 1; level <= request.depth && frontier.length > 0; level++) {
    const room = request.limit - nodes.length;
    const rows = await tx.run(NEXT_LEVEL[request.direction], {
      graph: request.graph,
      types: request.types,
      kinds: request.kinds,
      frontier,
      seen: nodes.map((n) => n.id),
      room: room + 1,
    });
    const found = compact(rows.map((row) => toConcept(row.concept)));
    if (found.length > room) return { nodes: [...nodes, ...found.slice(0, room)], truncated: true };
    nodes.push(...found);
    frontier = found.map((n) => n.id);
  }
  return { nodes, truncated: false };
}
