// What each of several works says, paged: one statement for every work a query asks about (a
// list of sources with their concepts costs one round-trip, not one per work). Each page holds
// what `concepts` (text order) or `relations` (id order) give with `sources: [work]`.
import type { Database } from '../db.js';
import type { Plain } from '../plain.js';
import { FilterParams, type ConceptCondition, type RelationCondition } from './filter.js';
import { compileConceptFilter } from './filter-concept.js';
import { compileRelationFilter } from './filter-relation.js';
import {
  compact,
  conceptColumn,
  isObject,
  str,
  toConcept,
  toRelation,
  type ConceptProjection,
  type CountedPage,
  type ConceptRecord,
  type RelationRecord,
} from './model.js';
import { relationOrder } from './relations.js';

interface PageWindow {
  graph: string;
  sources: readonly string[];
  skip: number;
  limit: number;
}

// A work's matches are collected as references, in order, and only the page is projected.
const PAGE_SLICE = 'matching[toInteger($skip)..toInteger($skip) + toInteger($limit)]';

const conceptPages = (where: string, projection: ConceptProjection) => `
UNWIND $sourceIds AS sourceId
CALL {
  WITH sourceId
  MATCH (c:Concept {graph: $graph})
  WHERE c.source = sourceId AND (${where})
  WITH c ORDER BY coalesce(c.order, 0) ASC, c.id ASC
  WITH collect(c) AS matching
  RETURN size(matching) AS total, [x IN ${PAGE_SLICE} | ${conceptColumn('x', projection)}] AS items
}
RETURN sourceId, total, items`;

const relationPages = (where: string) => `
UNWIND $sourceIds AS sourceId
CALL {
  WITH sourceId
  MATCH (a:Concept {graph: $graph})-[r]->(b:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types AND r.source = sourceId AND (${where})
  WITH r, a, b ORDER BY ${relationOrder('ID', false)}
  WITH collect([r, a, b]) AS matching
  WITH size(matching) AS total, ${PAGE_SLICE} AS page
  CALL {
    WITH page
    UNWIND page AS t
    WITH t[0] AS r, t[1] AS a, t[2] AS b
    RETURN collect({rel: r {.*, type: type(r), from: a.id, to: b.id}, fromNode: a, toNode: b}) AS items
  }
  RETURN total, items
}
RETURN sourceId, total, items`;

async function readPages<T>(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
  toItem: (value: Plain) => T | null,
): Promise<Map<string, CountedPage<T>>> {
  const rows = await db.readRows(statement, params);
  const out = new Map<string, CountedPage<T>>();
  for (const row of rows) {
    const source = str(row.sourceId);
    if (source === null) continue;
    const items = Array.isArray(row.items) ? row.items : [];
    out.set(source, { total: Number(row.total ?? 0), items: compact(items.map(toItem)) });
  }
  return out;
}

/** Each work's concepts that `filter` keeps, in text order, `skip` then `limit` of them. */
export function readConceptPagesBySource(
  db: Database,
  request: PageWindow & { filter: ConceptCondition; projection: ConceptProjection },
): Promise<Map<string, CountedPage<ConceptRecord>>> {
  const params = new FilterParams();
  const where = compileConceptFilter('c', request.filter, params);
  return readPages(
    db,
    conceptPages(where, request.projection),
    { ...params.values, ...pageParams(request) },
    toConcept,
  );
}

/** Each work's relations of `types` that `filter` keeps, by id, `skip` then `limit` of them. */
export function readRelationPagesBySource(
  db: Database,
  request: PageWindow & { types: string[]; filter: RelationCondition },
): Promise<Map<string, CountedPage<RelationRecord>>> {
  const params = new FilterParams();
  const where = compileRelationFilter(request.filter, params);
  return readPages(
    db,
    relationPages(where),
    { ...params.values, ...pageParams(request), types: request.types },
    (v) => (isObject(v) ? toRelation(v) : null),
  );
}

function pageParams(request: PageWindow): Record<string, unknown> {
  return {
    graph: request.graph,
    sourceIds: [...request.sources],
    skip: request.skip,
    limit: request.limit,
  };
}
