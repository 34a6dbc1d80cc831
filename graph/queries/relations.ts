// Relations: by id (batched), and filtered pages with their total count.
import type { Database } from '../db.js';
import type { Row } from '../db.js';
import { compact, toRelation, type Basis, type RelationRecord } from './model.js';

export interface RelationFilter {
  /** Relation types to include; the graph's declared ones when the user gave none. */
  types: string[];
  basis?: Basis | null;
  from?: string | null;
  to?: string | null;
  concept?: string | null;
  source?: string | null;
  page?: number | null;
}

/** A relation with both ends, as every relation query returns it (see model.toRelation). */
export const RELATION_COLUMNS = `r {.*, type: type(r), from: a.id, to: b.id} AS rel, a AS fromNode, b AS toNode`;

export const RELATIONS_BY_ID = `
UNWIND $ids AS id
MATCH (a:Concept {graph: $graph})-[r {id: id}]->(b:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types
RETURN ${RELATION_COLUMNS}`;

const FILTER = `
MATCH (a:Concept {graph: $graph})-[r]->(b:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types
  AND ($basis IS NULL OR r.basis = $basis)
  AND ($from IS NULL OR a.id = $from)
  AND ($to IS NULL OR b.id = $to)
  AND ($concept IS NULL OR a.id = $concept OR b.id = $concept)
  AND ($source IS NULL OR r.source = $source)
  AND ($page IS NULL OR toInteger(r.page) = $page)`;

export const COUNT_RELATIONS = `${FILTER}
RETURN count(r) AS total`;

export const RELATION_PAGE = `${FILTER}
RETURN ${RELATION_COLUMNS}
ORDER BY r.id ASC, type(r) ASC, a.id ASC, b.id ASC
SKIP toInteger($skip) LIMIT toInteger($limit)`;

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
  graph: string,
  filter: RelationFilter,
  skip: number,
  limit: number,
): Promise<{ total: number; relations: RelationRecord[] }> {
  const params = {
    graph,
    types: filter.types,
    basis: filter.basis ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    concept: filter.concept ?? null,
    source: filter.source ?? null,
    page: filter.page ?? null,
    skip,
    limit,
  };
  return db.read(async (tx) => {
    const [countRow] = await tx.run(COUNT_RELATIONS, params);
    const rows = limit > 0 ? await tx.run(RELATION_PAGE, params) : [];
    return { total: Number(countRow?.total ?? 0), relations: toRelations(rows) };
  });
}
