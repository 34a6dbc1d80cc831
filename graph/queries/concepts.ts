// Concepts: by id (batched), and filtered, sorted pages with their total count.
import type { Database } from '../db.js';
import { FilterParams, type ConceptCondition } from './filter.js';
import { compileConceptFilter } from './filter-concept.js';
import {
  compact,
  conceptColumn,
  toConcept,
  type ConceptProjection,
  type ConceptRecord,
} from './model.js';

export type ConceptOrderField =
  'ORDER' | 'LABEL' | 'ID' | 'KIND' | 'DEGREE' | 'BETWEENNESS' | 'PAGERANK';

export interface ConceptPageRequest {
  graph: string;
  filter: ConceptCondition;
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

/**
 * The MATCH that binds `c` to the concepts of `filter`. With top-level `ids`, one seek per id on
 * the (graph, id) uniqueness index: scanning the graph's concepts for a page of 50 given ones
 * cost 2 × 100,000 node reads on a 100k graph (bench/README.md, profile). The compiled filter
 * still checks the ids (harmless) with everything else.
 */
export function matchConcepts(filter: ConceptCondition, params: FilterParams): string {
  const where = compileConceptFilter('c', filter, params);
  if (filter.ids) {
    return `
UNWIND ${params.add(filter.ids)} AS id
MATCH (c:Concept {graph: $graph, id: id})
WITH DISTINCT c
WHERE ${where}`;
  }
  return `
MATCH (c:Concept {graph: $graph})
WHERE ${where}`;
}

export const count = (filter: string) => `${filter}
RETURN count(c) AS total`;

// The far end of a DEGREE count is checked in WHERE, not in the pattern: with
// `(:Concept {graph: $graph})` there, Neo4j 5.26 planned a scan of every concept per row when the
// types came as a list, and sorting 10,000 concepts by degree took minutes instead of 0.4 s.
// CASE evaluates only the chosen branch, so degrees are counted only when sorting by them.
const sorted = (filter: string) => `${filter}
WITH c, coalesce(c.order, 0) AS position,
  CASE $orderField
    WHEN 'LABEL' THEN toLower(coalesce(CASE $lang WHEN 'EN' THEN c.labelEn ELSE c.labelId END, c.labelId, ''))
    WHEN 'ID' THEN c.id
    WHEN 'KIND' THEN c.kind
    WHEN 'DEGREE' THEN COUNT { (c)-[r]-(o) WHERE r.graph = $graph AND type(r) IN $types AND o:Concept AND o.graph = $graph }
    WHEN 'BETWEENNESS' THEN coalesce(c.betweenness, 0.0)
    WHEN 'PAGERANK' THEN coalesce(c.pageRank, 0.0)
    ELSE coalesce(c.order, 0)
  END AS key`;

/**
 * The page's concepts `c` in order. Sort direction cannot be a parameter: two fixed variants,
 * ties always broken the same way. The driver sends JavaScript numbers as floats, hence
 * toInteger() wherever Cypher wants an integer.
 */
export const pageRows = (filter: string, direction: 'ASC' | 'DESC') => `${sorted(filter)}
  WITH c, key, position
  ORDER BY key ${direction}, position ASC, c.id ASC
  SKIP toInteger($skip) LIMIT toInteger($limit)`;

// The count and the page in one statement (one round-trip, one snapshot). collect() keeps the
// order its rows arrive in. The filter's text varies with its shape only (see filter.ts).
export const conceptPage = (
  filter: string,
  direction: 'ASC' | 'DESC',
  projection: ConceptProjection,
) => `
CALL {${count(filter)}
}
CALL {${pageRows(filter, direction)}
  RETURN collect(${conceptColumn('c', projection)}) AS concepts
}
RETURN total, concepts`;

/** The parameters of a page statement: the filter's values and the request's. */
export function pageParameters(request: ConceptPageRequest, filterParams: FilterParams) {
  return {
    ...filterParams.values,
    graph: request.graph,
    orderField: request.orderField,
    lang: request.lang,
    types: request.types,
    skip: request.skip,
    limit: request.limit,
  };
}

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
  const filterParams = new FilterParams();
  const filter = matchConcepts(request.filter, filterParams);
  const statement = conceptPage(filter, request.descending ? 'DESC' : 'ASC', request.projection);
  const [row] = await db.readRows(statement, pageParameters(request, filterParams));
  return {
    total: Number(row?.total ?? 0),
    concepts: compact((Array.isArray(row?.concepts) ? row.concepts : []).map(toConcept)),
  };
}
