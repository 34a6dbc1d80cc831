// What lies one relation away from many concepts at once: their relations, neighbours, degrees.
// Each function takes a batch of concept ids so that nested GraphQL fields cost one round-trip.
import type { Database } from '../db.js';
import {
  conceptColumn,
  isObject,
  relationColumn,
  str,
  toConcept,
  toRelation,
  type ConceptProjection,
  type ConceptRecord,
  type DirectionName,
  type RelationProjection,
  type RelationRecord,
} from './model.js';

/**
 * The three ways to follow a relation from `c` to `o`. Patterns cannot take a direction as a
 * parameter, so each query exists in three fixed variants; no user text ever reaches them.
 */
export function byDirection(build: (pattern: string) => string): Record<DirectionName, string> {
  return {
    OUT: build('(c)-[r]->(o:Concept {graph: $graph})'),
    IN: build('(c)<-[r]-(o:Concept {graph: $graph})'),
    BOTH: build('(c)-[r]-(o:Concept {graph: $graph})'),
  };
}

// With `ends`, each row brings the relation's two concepts along (a query that shows more of them
// than their ids would otherwise need another round-trip); without, only their ids.
const relationsOf = (projection: RelationProjection, ends: boolean) =>
  byDirection(
    (pattern) => `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
CALL {
  WITH c
  MATCH ${pattern}
  WHERE r.graph = $graph AND type(r) IN $types
  WITH DISTINCT r, o
  ORDER BY type(r), coalesce(o.order, 0), o.id, r.id
  LIMIT toInteger($first)
  RETURN r
}
WITH id, r, startNode(r) AS a, endNode(r) AS b
RETURN id, ${relationColumn(projection)} AS rel${ends ? ', a AS fromNode, b AS toNode' : ''}`,
  );

export const RELATIONS_OF = {
  full: { withEnds: relationsOf('full', true), withoutEnds: relationsOf('full', false) },
  brief: { withEnds: relationsOf('brief', true), withoutEnds: relationsOf('brief', false) },
};

const neighborsOf = (projection: ConceptProjection) =>
  byDirection(
    (pattern) => `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
CALL {
  WITH c
  MATCH ${pattern}
  WHERE r.graph = $graph AND type(r) IN $types AND o <> c AND ($kinds IS NULL OR o.kind IN $kinds)
  WITH DISTINCT o
  ORDER BY coalesce(o.order, 0), o.id
  LIMIT toInteger($first)
  RETURN o
}
RETURN id, ${conceptColumn('o', projection)} AS concept`,
  );

export const NEIGHBORS_OF: Record<ConceptProjection, Record<DirectionName, string>> = {
  brief: neighborsOf('brief'),
  full: neighborsOf('full'),
};

export const DEGREES_OF = `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
RETURN id, COUNT { (c)-[r]-(:Concept {graph: $graph}) WHERE r.graph = $graph AND type(r) IN $types } AS degree`;

export interface AdjacentRequest {
  graph: string;
  ids: readonly string[];
  direction: DirectionName;
  types: string[];
  first: number;
}

export interface RelationsRequest extends AdjacentRequest {
  /** Bring the end concepts along (see RELATIONS_OF). */
  ends: boolean;
  projection: RelationProjection;
}

export interface NeighborsRequest extends AdjacentRequest {
  kinds: string[] | null;
  projection: ConceptProjection;
}

export async function readRelationsOf(
  db: Database,
  { ends, projection, ...request }: RelationsRequest,
): Promise<Map<string, RelationRecord[]>> {
  const statements = RELATIONS_OF[projection][ends ? 'withEnds' : 'withoutEnds'];
  const rows = await db.readRows(statements[request.direction], {
    ...request,
    ids: [...request.ids],
  });
  const out = new Map<string, RelationRecord[]>();
  for (const row of rows) {
    const relation = toRelation(row);
    const id = str(row.id);
    if (relation && id !== null) out.set(id, [...(out.get(id) ?? []), relation]);
  }
  return out;
}

export async function readNeighborsOf(
  db: Database,
  { projection, ...request }: NeighborsRequest,
): Promise<Map<string, ConceptRecord[]>> {
  const rows = await db.readRows(NEIGHBORS_OF[projection][request.direction], {
    ...request,
    ids: [...request.ids],
  });
  const out = new Map<string, ConceptRecord[]>();
  for (const row of rows) {
    const concept = toConcept(row.concept);
    const id = str(row.id);
    if (concept && id !== null) out.set(id, [...(out.get(id) ?? []), concept]);
  }
  return out;
}

export async function readDegrees(
  db: Database,
  graph: string,
  types: string[],
  ids: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.readRows(DEGREES_OF, { graph, types, ids: [...ids] });
  const out = new Map<string, number>();
  for (const row of rows) {
    const id = str(row.id);
    if (id !== null && !isObject(row.degree)) out.set(id, Number(row.degree ?? 0));
  }
  return out;
}
