// What lies one relation away from many concepts at once: their relations, neighbours, degrees.
// Each function takes a batch of concept ids so that nested GraphQL fields cost one round-trip.
import type { Database } from '../db.js';
import {
  BY_TYPE_THEN_OTHER,
  orderExpressions,
  type RelationOrderRequest,
} from './adjacent-order.js';
import {
  conceptColumn,
  isObject,
  relationColumn,
  str,
  toConcept,
  toRelation,
  type Basis,
  type ConceptProjection,
  type ConceptRecord,
  type DirectionName,
  type RelationProjection,
  type CountedPage,
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

/**
 * How a statement names a filter's parameter: `$types` in a statement of its own; in a planned
 * page (nested-page.ts) each nested field has its own filters, so each names them apart
 * (`$n0_types`). The text around them is the same either way, and so is the answer.
 */
export type ParamNames = (name: string) => string;

const OWN: ParamNames = (name) => `$${name}`;

/**
 * Which relations `r` a traversal follows: of `$types`, and when given, of `$basis` and quoted
 * from one of `$sources`. Absent filters are null parameters, so the text stays the same.
 */
export function followed(p: ParamNames = OWN): string {
  return `r.graph = $graph AND type(r) IN ${p('types')}
    AND (${p('basis')} IS NULL OR r.basis = ${p('basis')})
    AND (${p('sources')} IS NULL OR r.source IN ${p('sources')})`;
}

export const FOLLOWED = followed();

export const PATTERNS = byDirection((pattern) => pattern);

/** The end concepts of a relation row, when a query shows more of them than their ids. */
const endColumns = (ends: boolean) => (ends ? ', a AS fromNode, b AS toNode' : '');

/** Concept `c`'s followed relations `r` with the concept `o` at their other end, each pair once. */
export function followedPairs(pattern: string, p: ParamNames = OWN): string {
  return `MATCH ${pattern}
  WHERE ${followed(p)}
  WITH DISTINCT r, o`;
}

/** Rows in `order`, from `$skip` when `paged`, at most `$first`. */
export function inOrder(order: string, paged: boolean, p: ParamNames = OWN): string {
  return `ORDER BY ${order}
  ${paged ? `SKIP toInteger(${p('skip')})\n  ` : ''}LIMIT toInteger(${p('first')})`;
}

/**
 * Concept `c`'s followed relations `r` in `order` (from `$skip` when `paged`, at most `$first`):
 * the body a plain list, a connection page and a planned page share.
 */
export function followedInOrder(
  pattern: string,
  order: string,
  paged: boolean,
  p: ParamNames = OWN,
): string {
  return `${followedPairs(pattern, p)}
  ${inOrder(order, paged, p)}`;
}

/** How many relations of concept `c` a traversal follows: the total of a connection page. */
export function followedCount(pattern: string, p: ParamNames = OWN): string {
  return `MATCH ${pattern}
  WHERE ${followed(p)}
  RETURN count(DISTINCT r) AS total`;
}

/** Which ends `o` of concept `c`'s followed relations are its neighbours: others, of `$kinds`. */
export function neighborCondition(p: ParamNames = OWN): string {
  return `o <> c AND (${p('kinds')} IS NULL OR o.kind IN ${p('kinds')})`;
}

/** Neighbours in text order. */
export const NEIGHBOR_ORDER = 'coalesce(o.order, 0), o.id';

/** Concept `c`'s neighbours `o` in text order, at most `$first`, of `$kinds` when given. */
export function neighborsInOrder(pattern: string, p: ParamNames = OWN): string {
  return `MATCH ${pattern}
  WHERE ${followed(p)} AND ${neighborCondition(p)}
  WITH DISTINCT o
  ${inOrder(NEIGHBOR_ORDER, false, p)}`;
}

// With `ends`, each row brings the relation's two concepts along (a query that shows more of them
// than their ids would otherwise need another round-trip); without, only their ids.
function relationsOf(
  pattern: string,
  order: string,
  projection: RelationProjection,
  ends: boolean,
): string {
  return `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
CALL {
  WITH c
  ${followedInOrder(pattern, order, false)}
  RETURN r
}
WITH id, r, startNode(r) AS a, endNode(r) AS b
RETURN id, ${relationColumn(projection)} AS rel${endColumns(ends)}`;
}

// A page of each concept's relations and how many there are, in one row per relation (one row
// with a null relation for a concept whose page is empty, so its total still arrives).
function relationPageOf(
  pattern: string,
  order: string,
  projection: RelationProjection,
  ends: boolean,
): string {
  return `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
CALL {
  WITH c
  ${followedCount(pattern)}
}
CALL {
  WITH c
  ${followedInOrder(pattern, order, true)}
  RETURN collect(r) AS page
}
UNWIND CASE size(page) WHEN 0 THEN [null] ELSE page END AS r
WITH id, total, r, startNode(r) AS a, endNode(r) AS b
RETURN id, total, CASE WHEN r IS NULL THEN null ELSE ${relationColumn(projection)} END AS rel${endColumns(ends)}`;
}

type RelationStatement = (
  pattern: string,
  order: string,
  projection: RelationProjection,
  ends: boolean,
) => string;

export type RelationStatements = (
  direction: DirectionName,
  order: RelationOrderRequest | null,
  projection: RelationProjection,
  ends: boolean,
) => string;

/** The fixed variants of a relation statement, each built the first time it is asked for. */
function variants(build: RelationStatement, fallbackOrder: string): RelationStatements {
  const built = new Map<string, string>();
  return (direction, order, projection, ends) => {
    const key = [direction, order?.field, order?.direction, projection, ends].join('|');
    let statement = built.get(key);
    if (statement === undefined) {
      statement = build(
        PATTERNS[direction],
        orderExpressions(order, fallbackOrder),
        projection,
        ends,
      );
      built.set(key, statement);
    }
    return statement;
  };
}

/** `Concept.relations`: by type, then the other concept in text order, unless ordered. */
export const RELATIONS_OF = variants(relationsOf, BY_TYPE_THEN_OTHER);

/** A connection page's order when none is asked: by id. */
export const BY_ID = 'r.id ASC';

/** `Concept.relationsConnection`: by id unless ordered. */
export const RELATION_PAGE_OF = variants(relationPageOf, BY_ID);

const neighborsOf = (projection: ConceptProjection) =>
  byDirection(
    (pattern) => `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
CALL {
  WITH c
  ${neighborsInOrder(pattern)}
  RETURN o
}
RETURN id, ${conceptColumn('o', projection)} AS concept`,
  );

export const NEIGHBORS_OF: Record<ConceptProjection, Record<DirectionName, string>> = {
  brief: neighborsOf('brief'),
  full: neighborsOf('full'),
};

// The far end is checked in WHERE, not in the pattern: with `(o:Concept {graph: $graph})` there,
// Neo4j 5.26 may plan a scan of every concept per row (see concepts.ts, DEGREE).
const DEGREE_PATTERNS: Record<DirectionName, string> = {
  OUT: '(c)-[r]->(o)',
  IN: '(c)<-[r]-(o)',
  BOTH: '(c)-[r]-(o)',
};

/** The degree of concept `c` that a traversal with the filters follows, as an expression. */
export function degreeCount(direction: DirectionName, p: ParamNames = OWN): string {
  return `COUNT { MATCH ${DEGREE_PATTERNS[direction]} WHERE ${followed(p)} AND o:Concept AND o.graph = $graph }`;
}

/** DEGREES_OF[direction]: relations at each concept that a traversal with the filters follows. */
export const DEGREES_OF = Object.fromEntries(
  Object.keys(DEGREE_PATTERNS).map((direction) => [
    direction,
    `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
RETURN id, ${degreeCount(direction as DirectionName)} AS degree`,
  ]),
) as Record<DirectionName, string>;

/** Which relations a traversal follows (see FOLLOWED). */
export interface Followed {
  types: string[];
  /** Null: both. */
  basis: Basis | null;
  /** Null: any work, or none. */
  sources: string[] | null;
}

export interface AdjacentRequest extends Followed {
  graph: string;
  ids: readonly string[];
  direction: DirectionName;
  first: number;
}

export interface RelationsRequest extends AdjacentRequest {
  /** Bring the end concepts along (see relationsOf). */
  ends: boolean;
  projection: RelationProjection;
  /** Null: the field's default order. */
  order: RelationOrderRequest | null;
}

export interface RelationPageRequest extends RelationsRequest {
  /** Relations to skip before the page, per concept. */
  skip: number;
}

export interface NeighborsRequest extends AdjacentRequest {
  kinds: string[] | null;
  projection: ConceptProjection;
}

export interface DegreesRequest extends Followed {
  graph: string;
  ids: readonly string[];
  direction: DirectionName;
}

/** The statement's parameters: the filters and the batch, nothing that shapes the text. */
function parameters(
  request: AdjacentRequest | DegreesRequest,
  extra: Record<string, unknown> = {},
) {
  return {
    graph: request.graph,
    ids: [...request.ids],
    types: request.types,
    basis: request.basis,
    sources: request.sources,
    ...extra,
  };
}

export async function readRelationsOf(
  db: Database,
  request: RelationsRequest,
): Promise<Map<string, RelationRecord[]>> {
  const { direction, order, projection, ends, first } = request;
  const rows = await db.readRows(
    RELATIONS_OF(direction, order, projection, ends),
    parameters(request, { first }),
  );
  const out = new Map<string, RelationRecord[]>();
  for (const row of rows) {
    const relation = toRelation(row);
    const id = str(row.id);
    if (relation && id !== null) out.set(id, [...(out.get(id) ?? []), relation]);
  }
  return out;
}

export async function readRelationPagesOf(
  db: Database,
  request: RelationPageRequest,
): Promise<Map<string, CountedPage<RelationRecord>>> {
  const { direction, order, projection, ends, first, skip } = request;
  const rows = await db.readRows(
    RELATION_PAGE_OF(direction, order, projection, ends),
    parameters(request, { first, skip }),
  );
  const out = new Map<string, CountedPage<RelationRecord>>();
  for (const row of rows) {
    const id = str(row.id);
    if (id === null) continue;
    const page = out.get(id) ?? { total: Number(row.total ?? 0), items: [] };
    const relation = toRelation(row);
    if (relation) page.items.push(relation);
    out.set(id, page);
  }
  return out;
}

export async function readNeighborsOf(
  db: Database,
  request: NeighborsRequest,
): Promise<Map<string, ConceptRecord[]>> {
  const rows = await db.readRows(
    NEIGHBORS_OF[request.projection][request.direction],
    parameters(request, { first: request.first, kinds: request.kinds }),
  );
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
  request: DegreesRequest,
): Promise<Map<string, number>> {
  const rows = await db.readRows(DEGREES_OF[request.direction], parameters(request));
  const out = new Map<string, number>();
  for (const row of rows) {
    const id = str(row.id);
    if (id !== null && !isObject(row.degree)) out.set(id, Number(row.degree ?? 0));
  }
  return out;
}
