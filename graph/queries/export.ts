// Whole-graph reads for the export endpoints, in id order, one bounded page per statement
// (keyset pagination: each page starts after the last id of the previous one).
import type { Database } from '../db.js';
import {
  compact,
  toConcept,
  toRelation,
  type ConceptRecord,
  type RelationRecord,
} from './model.js';

export const EXPORT_BATCH = 500;

export const EXPORT_CONCEPTS = `
MATCH (c:Concept {graph: $graph})
WHERE $after IS NULL OR c.id > $after
RETURN c AS concept
ORDER BY c.id
LIMIT toInteger($batch)`;

export const EXPORT_RELATIONS = `
MATCH (a:Concept {graph: $graph})-[r]->(b:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types AND ($after IS NULL OR r.id > $after)
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS rel
ORDER BY r.id
LIMIT toInteger($batch)`;

export async function readConceptBatch(
  db: Database,
  graph: string,
  after: string | null,
): Promise<ConceptRecord[]> {
  const rows = await db.readRows(EXPORT_CONCEPTS, { graph, after, batch: EXPORT_BATCH });
  return compact(rows.map((row) => toConcept(row.concept)));
}

export async function readRelationBatch(
  db: Database,
  graph: string,
  types: string[],
  after: string | null,
): Promise<RelationRecord[]> {
  const rows = await db.readRows(EXPORT_RELATIONS, { graph, types, after, batch: EXPORT_BATCH });
  return compact(rows.map(toRelation));
}
