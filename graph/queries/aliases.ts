// Old ids that a correction of the graph replaced (a concept's or relation's `replaces` list):
// the whole list, and the entries that now answer to given old ids. The seed validator keeps an
// old id from being a current id or claimed twice, so each resolves to one entry at most.
import type { Database } from '../db.js';
import type { Plain } from '../plain.js';
import {
  isObject,
  str,
  toConcept,
  toRelation,
  type ConceptRecord,
  type RelationRecord,
} from './model.js';
import { RELATION_COLUMNS } from './relations.js';

export type AliasTarget = 'CONCEPT' | 'RELATION';

export interface AliasRecord {
  old: string;
  current: string;
  target: AliasTarget;
}

export const ALIASES = `
CALL {
  MATCH (c:Concept {graph: $graph})
  WHERE c.replaces IS NOT NULL
  UNWIND c.replaces AS old
  RETURN collect({old: old, current: c.id}) AS concepts
}
CALL {
  MATCH (:Concept {graph: $graph})-[r]->(:Concept {graph: $graph})
  WHERE r.graph = $graph AND type(r) IN $types AND r.replaces IS NOT NULL
  UNWIND r.replaces AS old
  RETURN collect({old: old, current: r.id}) AS relations
}
RETURN concepts, relations`;

// Only reached when the id is not a current one, so the scan over the graph's concepts (a list
// property cannot be looked up in an index) is paid by old links alone.
export const CONCEPTS_BY_OLD_ID = `
UNWIND $ids AS old
MATCH (c:Concept {graph: $graph})
WHERE old IN c.replaces
RETURN old, c AS concept`;

export const RELATIONS_BY_OLD_ID = `
UNWIND $ids AS old
MATCH (a:Concept {graph: $graph})-[r]->(b:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types AND old IN r.replaces
RETURN old, ${RELATION_COLUMNS}`;

/** Every alias of the graph: concepts first, then relations, each in order of the old id. */
export async function readAliases(
  db: Database,
  graph: string,
  types: string[],
): Promise<AliasRecord[]> {
  const [row] = await db.readRows(ALIASES, { graph, types });
  return [...pairs(row?.concepts, 'CONCEPT'), ...pairs(row?.relations, 'RELATION')];
}

function pairs(list: Plain | undefined, target: AliasTarget): AliasRecord[] {
  const out: AliasRecord[] = [];
  for (const entry of Array.isArray(list) ? list : []) {
    const old = isObject(entry) ? str(entry.old) : null;
    const current = isObject(entry) ? str(entry.current) : null;
    if (old !== null && current !== null) out.push({ old, current, target });
  }
  return out.sort((a, b) => (a.old < b.old ? -1 : a.old > b.old ? 1 : 0));
}

/** The concepts that replace the given old ids, by old id. */
export async function readConceptsByOldId(
  db: Database,
  graph: string,
  ids: readonly string[],
): Promise<Map<string, ConceptRecord>> {
  const rows = await db.readRows(CONCEPTS_BY_OLD_ID, { graph, ids: [...ids] });
  const out = new Map<string, ConceptRecord>();
  for (const row of rows) {
    const old = str(row.old);
    const concept = toConcept(row.concept);
    if (old !== null && concept) out.set(old, concept);
  }
  return out;
}

/** The relations (of the given types) that replace the given old ids, by old id. */
export async function readRelationsByOldId(
  db: Database,
  graph: string,
  types: string[],
  ids: readonly string[],
): Promise<Map<string, RelationRecord>> {
  const rows = await db.readRows(RELATIONS_BY_OLD_ID, { graph, types, ids: [...ids] });
  const out = new Map<string, RelationRecord>();
  for (const row of rows) {
    const old = str(row.old);
    const relation = toRelation(row);
    if (old !== null && relation) out.set(old, relation);
  }
  return out;
}
