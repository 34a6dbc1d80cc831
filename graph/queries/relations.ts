// Relations: by id (batched), and filtered pages with their total count.
import type { Database } from '../db.js';
import type { Row } from '../db.js';
import { FilterParams, type RelationCondition } from './filter.js';
import { compileRelationFilter } from './filter-relation.js';
import { compact, isObject, relationColumn, toRelation, type RelationRecord } from './model.js';

export type RelationOrderField = 'ID' | 'TYPE' | 'PAGE' | 'BASIS' | 'FROM_ORDER';

export interface RelationPageRequest {
  graph: string;
  /** The relation types of the query's scope: no relation of another type is ever returned. */
  types: string[];
  filter: RelationCondition;
  orderField: RelationOrderField;
  descending: boolean;
  skip: number;
  limit: number;
}

/** A relation with both ends, as every relation query returns it (see model.toRelation). */
export const RELATION_COLUMNS = `r {.*, type: type(r), from: a.id, to: b.id} AS rel, a AS fromNode, b AS toNode`;

export const RELATIONS_BY_ID = `
UNWIND $ids AS id
MATCH (a:Concept {graph: $graph})-[r {id: id}]->(b:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types
RETURN ${RELATION_COLUMNS}`;

/** The MATCH that binds `r` (from `a` to `b`) to the relations of `types` that `filter` keeps. */
export function matchRelations(filter: RelationCondition, params: FilterParams): string {
  return `
MATCH (a:Concept {graph: $graph})-[r]->(b:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types
  AND (${compileRelationFilter(filter, params)})`;
}

// Sort keys from fixed fragments; direction cannot be a parameter. Ties always by ascending id
// (then type and ends, should two relations share an id), so pages never skip nor repeat.
const ORDER_KEY: Record<RelationOrderField, string | null> = {
  ID: null,
  TYPE: 'type(r)',
  // Relations without a page come last either way.
  PAGE: 'toInteger(r.page) IS NULL ASC, toInteger(r.page)',
  BASIS: "CASE r.basis WHEN 'stated' THEN 0 ELSE 1 END",
  FROM_ORDER: 'coalesce(a.order, 0)',
};

export function relationOrder(field: RelationOrderField, descending: boolean): string {
  const key = ORDER_KEY[field];
  const direction = descending ? 'DESC' : 'ASC';
  const tie = `r.id ${key === null ? direction : 'ASC'}, type(r) ASC, a.id ASC, b.id ASC`;
  return key === null ? tie : `${key} ${direction}, ${tie}`;
}

// The count and the page in one statement (one round-trip, one snapshot).
const relationPage = (filter: string, order: string) => `
CALL {${filter}
  RETURN count(r) AS total
}
CALL {${filter}
  WITH r, a, b
  ORDER BY ${order}
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect({rel: ${relationColumn('full')}, fromNode: a, toNode: b}) AS relations
}
RETURN total, relations`;

export function toRelations(rows: Row[]): RelationRecord[] {
  return compact(rows.map(toRelation));
}

export async function readRelationsById(
  db: Database,
  graph: string,
  types: string[],
  ids: readonly string[],
): Promise<Map<string, RelationRecord>> {
  const rows = await db.readRows(RELATIONS_BY_ID, { graph, types, ids: [...ids] });
  return new Map(toRelations(rows).map((r) => [r.id, r]));
}

export async function readRelationPage(
  db: Database,
  request: RelationPageRequest,
): Promise<{ total: number; relations: RelationRecord[] }> {
  const params = new FilterParams();
  const filter = matchRelations(request.filter, params);
  const statement = relationPage(filter, relationOrder(request.orderField, request.descending));
  const [row] = await db.readRows(statement, {
    ...params.values,
    graph: request.graph,
    types: request.types,
    skip: request.skip,
    limit: request.limit,
  });
  const rows = Array.isArray(row?.relations) ? row.relations : [];
  return {
    total: Number(row?.total ?? 0),
    relations: compact(rows.map((r) => (isObject(r) ? toRelation(r) : null))),
  };
}
