// The neighbourhood of a concept, grown breadth-first: closest concepts are kept first, and
// `truncated` is set only when the limit cut.
import type { Database } from '../db.js';
import { byDirection, FOLLOWED } from './adjacent.js';
import {
  compact,
  conceptColumn,
  isObject,
  relationColumn,
  toConcept,
  toRelation,
  type Basis,
  type ConceptProjection,
  type ConceptRecord,
  type DirectionName,
  type RelationProjection,
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
  /**
   * How much of each concept and relation to read (both `full` when left out). The explorer's
   * click asks for labels and ends only: whole nodes with their definitions and quotes were most
   * of the bytes the driver decoded.
   */
  projection?: NeighborhoodProjection;
}

export interface NeighborhoodProjection {
  concepts: ConceptProjection;
  relations: RelationProjection;
}

const FULL: NeighborhoodProjection = { concepts: 'full', relations: 'full' };

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

function neighborhoodStatement(
  pattern: string,
  depth: number,
  projection: NeighborhoodProjection,
): string {
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
  RETURN collect(${relationColumn(projection.relations)}) AS relations
}
RETURN ${projection.concepts === 'full' ? 'nodes' : `[n IN nodes | ${conceptColumn('n', 'brief')}] AS nodes`}, relations, cut`;
}

const PATTERNS = byDirection((pattern) => pattern);

/** Fixed statements, one per direction, depth and projection, written once when first asked. */
const statements = new Map<string, string>();

export function neighborhoodStatementFor(
  direction: DirectionName,
  depth: number,
  projection: NeighborhoodProjection = FULL,
): string {
  const rings = Math.min(Math.max(depth, 1), 3);
  const key = `${direction}|${rings}|${projection.concepts}|${projection.relations}`;
  let statement = statements.get(key);
  if (statement === undefined) {
    statement = neighborhoodStatement(PATTERNS[direction], rings, projection);
    statements.set(key, statement);
  }
  return statement;
}

export async function readNeighborhood(
  db: Database,
  request: NeighborhoodRequest,
): Promise<Neighborhood | null> {
  const statement = neighborhoodStatementFor(request.direction, request.depth, request.projection);
  const [row] = await db.readRows(statement, {
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
