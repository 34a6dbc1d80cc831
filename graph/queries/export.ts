// Whole-graph reads for the export endpoints, in id order, one bounded page per statement
// (keyset pagination: each page starts after the last id of the previous one), narrowed by the
// export's filter. The statement text varies only with which filters are present, from the fixed
// fragments below; every value is a parameter.
import type { Database } from '../db.js';
import {
  compact,
  toConcept,
  toRelation,
  type Basis,
  type ConceptRecord,
  type RelationRecord,
} from './model.js';

export const EXPORT_BATCH = 500;

/** What an export keeps; null (or absent) is "no condition". */
export interface ExportFilter {
  /** Relation types to keep: the scope's types, narrowed by the asked ones (never null). */
  types: string[];
  /** Concepts of these kinds, and relations whose two ends are of these kinds. */
  kinds?: string[] | null;
  basis?: Basis | null;
  /** Relations quoted from these sources; concepts quoted from them or at an end of such a relation. */
  sources?: string[] | null;
}

/** The conditions on relation `r` from `a` to `b` that every kept relation meets. */
function relationConditions(filter: ExportFilter, r: string, a: string, b: string): string[] {
  const conditions = [`${r}.graph = $graph`, `type(${r}) IN $types`];
  if (filter.basis) conditions.push(`${r}.basis = $basis`);
  if (filter.sources) conditions.push(`${r}.source IN $sources`);
  if (filter.kinds) conditions.push(`${a}.kind IN $kinds`, `${b}.kind IN $kinds`);
  return conditions;
}

/**
 * Concepts in id order. With `sources`, a concept is kept when a source quotes it or when it is
 * an end of a kept relation, so no relation of the export points at a missing concept.
 */
export function exportConceptsStatement(filter: ExportFilter): string {
  const conditions = ['($after IS NULL OR c.id > $after)'];
  if (filter.kinds) conditions.push('c.kind IN $kinds');
  if (filter.sources) {
    const related = relationConditions(filter, 'r', 'c', 'o').join(' AND ');
    conditions.push(
      `(c.source IN $sources OR EXISTS { MATCH (c)-[r]-(o) WHERE o:Concept AND o.graph = $graph AND ${related} })`,
    );
  }
  return `
MATCH (c:Concept {graph: $graph})
WHERE ${conditions.join('\n  AND ')}
RETURN c AS concept
ORDER BY c.id
LIMIT toInteger($batch)`;
}

/** Relations in id order; with `kinds`, only those between kept concepts. */
export function exportRelationsStatement(filter: ExportFilter): string {
  const conditions = [
    ...relationConditions(filter, 'r', 'a', 'b'),
    '($after IS NULL OR r.id > $after)',
  ];
  return `
MATCH (a:Concept {graph: $graph})-[r]->(b:Concept {graph: $graph})
WHERE ${conditions.join('\n  AND ')}
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS rel
ORDER BY r.id
LIMIT toInteger($batch)`;
}

function parameters(graph: string, filter: ExportFilter, after: string | null) {
  return {
    graph,
    after,
    batch: EXPORT_BATCH,
    types: filter.types,
    kinds: filter.kinds ?? null,
    basis: filter.basis ?? null,
    sources: filter.sources ?? null,
  };
}

export async function readConceptBatch(
  db: Database,
  graph: string,
  filter: ExportFilter,
  after: string | null,
): Promise<ConceptRecord[]> {
  const rows = await db.readRows(exportConceptsStatement(filter), parameters(graph, filter, after));
  return compact(rows.map((row) => toConcept(row.concept)));
}

export async function readRelationBatch(
  db: Database,
  graph: string,
  filter: ExportFilter,
  after: string | null,
): Promise<RelationRecord[]> {
  const rows = await db.readRows(
    exportRelationsStatement(filter),
    parameters(graph, filter, after),
  );
  return compact(rows.map(toRelation));
}
