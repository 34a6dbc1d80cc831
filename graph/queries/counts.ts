// Grouped counts of filtered concepts or relations: one statement, groups largest first.
import type { Database } from '../db.js';
import { matchConcepts } from './concepts.js';
import { FilterParams, type ConceptCondition, type RelationCondition } from './filter.js';
import { strings } from './model.js';
import { matchRelations } from './relations.js';

export type ConceptGroupKey = 'KIND' | 'SECTION' | 'SOURCE' | 'PAGE';
export type RelationGroupKey = 'TYPE' | 'BASIS' | 'SOURCE' | 'PAGE' | 'FROM_KIND' | 'TO_KIND';

export interface GroupCountRecord {
  /** One value per key, in the order asked; '' where the concept or relation has none. */
  key: string[];
  count: number;
}

// Every key is a string, so that groups sort the same whatever they are made of.
const CONCEPT_KEY: Record<ConceptGroupKey, string> = {
  KIND: "coalesce(c.kind, '')",
  SECTION: "coalesce(c.section, '')",
  SOURCE: "coalesce(c.source, '')",
  PAGE: "coalesce(toString(toInteger(c.page)), '')",
};

const RELATION_KEY: Record<RelationGroupKey, string> = {
  TYPE: 'type(r)',
  BASIS: "toUpper(coalesce(r.basis, ''))",
  SOURCE: "coalesce(r.source, '')",
  PAGE: "coalesce(toString(toInteger(r.page)), '')",
  FROM_KIND: "coalesce(a.kind, '')",
  TO_KIND: "coalesce(b.kind, '')",
};

/**
 * Groups by the key list (fixed fragments, one per key asked). Without keys, one group: an
 * aggregation without grouping keys returns its row even when nothing matches (a literal `[]`
 * beside count() would be a grouping key, and give no row).
 */
function grouped(match: string, variable: string, keys: string[]): string {
  if (keys.length === 0) {
    return `${match}\nWITH count(${variable}) AS count\nRETURN [] AS key, count`;
  }
  return `${match}
WITH [${keys.join(', ')}] AS key, count(${variable}) AS count
RETURN key, count
ORDER BY count DESC, key ASC`;
}

async function readGroups(
  db: Database,
  statement: string,
  params: Record<string, unknown>,
): Promise<GroupCountRecord[]> {
  const rows = await db.readRows(statement, params);
  return rows.map((row) => ({
    key: strings(row.key),
    count: Number(row.count ?? 0),
  }));
}

export async function readConceptCounts(
  db: Database,
  request: { graph: string; filter: ConceptCondition; groupBy: ConceptGroupKey[] },
): Promise<GroupCountRecord[]> {
  const params = new FilterParams();
  const match = matchConcepts(request.filter, params);
  const statement = grouped(
    match,
    'c',
    request.groupBy.map((k) => CONCEPT_KEY[k]),
  );
  return readGroups(db, statement, { ...params.values, graph: request.graph });
}

export async function readRelationCounts(
  db: Database,
  request: {
    graph: string;
    /** The relation types of the query's scope. */
    types: string[];
    filter: RelationCondition;
    groupBy: RelationGroupKey[];
  },
): Promise<GroupCountRecord[]> {
  const params = new FilterParams();
  const match = matchRelations(request.filter, params);
  const statement = grouped(
    match,
    'r',
    request.groupBy.map((k) => RELATION_KEY[k]),
  );
  return readGroups(db, statement, {
    ...params.values,
    graph: request.graph,
    types: request.types,
  });
}
