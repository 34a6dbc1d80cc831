// Concepts: by id (batched), and filtered, sorted pages with their total count.
import type { Database } from '../db.js';
import {
  compact,
  conceptColumn,
  toConcept,
  type ConceptProjection,
  type ConceptRecord,
} from './model.js';

export interface ConceptFilter {
  kinds?: string[] | null;
  ids?: string[] | null;
  section?: string | null;
  source?: string | null;
  page?: number | null;
  /** Lower-cased substring of a label, definition or quote. */
  text?: string | null;
}

export type ConceptOrderField = 'ORDER' | 'LABEL' | 'ID' | 'KIND' | 'DEGREE';

export interface ConceptPageRequest {
  graph: string;
  filter: ConceptFilter;
  orderField: ConceptOrderField;
  descending: boolean;
  lang: 'ID' | 'EN';
  /** Declared relation types: what DEGREE counts. */
  types: string[];
  skip: number;
  limit: number;
  /** What of each concept the page returns (see ConceptProjection). */
  projection: ConceptProjection;
}

export const CONCEPTS_BY_ID = `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
RETURN c AS concept`;

// Every filter is a parameter; a null parameter switches its condition off.
const CONDITIONS = `($kinds IS NULL OR c.kind IN $kinds)
  AND ($ids IS NULL OR c.id IN $ids)
  AND ($section IS NULL OR c.section = $section)
  AND ($source IS NULL OR c.source = $source)
  AND ($page IS NULL OR toInteger(c.page) = $page)
  AND ($text IS NULL
    OR toLower(coalesce(c.labelId, '')) CONTAINS $text
    OR toLower(coalesce(c.labelEn, '')) CONTAINS $text
    OR toLower(coalesce(c.definitionId, '')) CONTAINS $text
    OR toLower(coalesce(c.definitionEn, '')) CONTAINS $text
    OR toLower(coalesce(c.quote, '')) CONTAINS $text)`;

const FILTER = `
MATCH (c:Concept {graph: $graph})
WHERE ${CONDITIONS}`;

// With `ids`, one seek per id on the (graph, id) uniqueness index. The planner cannot use that
// index for `$ids IS NULL OR c.id IN $ids`, so FILTER reads every concept of the graph: a page
// of 50 given concepts cost 2 × 100,000 node reads on a 100k graph (bench/README.md, profile).
const FILTER_BY_IDS = `
UNWIND $ids AS id
MATCH (c:Concept {graph: $graph, id: id})
WITH DISTINCT c
WHERE ${CONDITIONS}`;

const count = (filter: string) => `${filter}
RETURN count(c) AS total`;

// CASE evaluates only the chosen branch, so degrees are counted only when sorting by them.
const sorted = (filter: string) => `${filter}
WITH c, coalesce(c.order, 0) AS position,
  CASE $orderField
    WHEN 'LABEL' THEN toLower(coalesce(CASE $lang WHEN 'EN' THEN c.labelEn ELSE c.labelId END, c.labelId, ''))
    WHEN 'ID' THEN c.id
    WHEN 'KIND' THEN c.kind
    WHEN 'DEGREE' THEN COUNT { (c)-[r]-(:Concept {graph: $graph}) WHERE r.graph = $graph AND type(r) IN $types }
    ELSE coalesce(c.order, 0)
  END AS key`;

// The count and the page in one statement (one round-trip, one snapshot). Sort direction cannot
// be a parameter: two fixed variants, ties always broken the same way. collect() keeps the order
// its rows arrive in. The driver sends JavaScript numbers as floats, hence toInteger() wherever
// Cypher wants an integer.
const page = (filter: string, direction: 'ASC' | 'DESC', projection: ConceptProjection) => `
CALL {${count(filter)}
}
CALL {${sorted(filter)}
  WITH c, key, position
  ORDER BY key ${direction}, position ASC, c.id ASC
  SKIP toInteger($skip) LIMIT toInteger($limit)
  RETURN collect(${conceptColumn('c', projection)}) AS concepts
}
RETURN total, concepts`;

type PageStatements = Record<ConceptProjection, { ASC: string; DESC: string }>;

const pages = (filter: string): PageStatements => ({
  brief: { ASC: page(filter, 'ASC', 'brief'), DESC: page(filter, 'DESC', 'brief') },
  full: { ASC: page(filter, 'ASC', 'full'), DESC: page(filter, 'DESC', 'full') },
});

export const CONCEPT_PAGE = pages(FILTER);
export const CONCEPT_PAGE_BY_IDS = pages(FILTER_BY_IDS);

export async function readConceptsById(
  db: Database,
  graph: string,
  ids: readonly string[],
): Promise<Map<string, ConceptRecord>> {
  const rows = await db.readRows(CONCEPTS_BY_ID, { graph, ids: [...ids] });
  const concepts = compact(rows.map((row) => toConcept(row.concept)));
  return new Map(concepts.map((c) => [c.id, c]));
}

export async function readConceptPage(
  db: Database,
  request: ConceptPageRequest,
): Promise<{ total: number; concepts: ConceptRecord[] }> {
  const params = {
    graph: request.graph,
    kinds: request.filter.kinds ?? null,
    ids: request.filter.ids ?? null,
    section: request.filter.section ?? null,
    source: request.filter.source ?? null,
    page: request.filter.page ?? null,
    text: request.filter.text ?? null,
    orderField: request.orderField,
    lang: request.lang,
    types: request.types,
    skip: request.skip,
    limit: request.limit,
  };
  const statements = (params.ids !== null ? CONCEPT_PAGE_BY_IDS : CONCEPT_PAGE)[request.projection];
  const [row] = await db.readRows(statements[request.descending ? 'DESC' : 'ASC'], params);
  return {
    total: Number(row?.total ?? 0),
    concepts: compact((Array.isArray(row?.concepts) ? row.concepts : []).map(toConcept)),
  };
}
