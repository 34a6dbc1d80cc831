// Full-text search over the `conceptText` index (labels and definitions in both languages).
import type { Database } from '../db.js';
import { toConcept, type ConceptRecord } from './model.js';
import { bestField, luceneQuery, type SearchLang, type TextField } from './search-text.js';

export const CONCEPT_TEXT_INDEX = 'conceptText';

// The index spans every graph: hits of other graphs are dropped here, before the limit.
export const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE node.graph = $graph AND ($kinds IS NULL OR node.kind IN $kinds)
RETURN node AS concept, score
ORDER BY score DESC, node.id ASC
LIMIT toInteger($first)`;

export interface SearchRequest {
  graph: string;
  text: string;
  lang: SearchLang | null;
  kinds: string[] | null;
  first: number;
}

export interface SearchHitRecord {
  concept: ConceptRecord;
  score: number;
  field: TextField;
}

/** Hits where every word matches; failing that (a stray word), hits where any word does. */
export async function searchConcepts(
  db: Database,
  request: SearchRequest,
): Promise<SearchHitRecord[]> {
  const all = luceneQuery(request.text, request.lang, 'AND');
  if (all === null) return [];
  const run = (query: string) =>
    db.readRows(SEARCH, {
      index: CONCEPT_TEXT_INDEX,
      query,
      graph: request.graph,
      kinds: request.kinds,
      first: request.first,
    });
  let rows = await run(all);
  const any = luceneQuery(request.text, request.lang, 'OR');
  if (rows.length === 0 && any !== null && any !== all) rows = await run(any);
  return rows.flatMap((row) => {
    const concept = toConcept(row.concept);
    if (!concept) return [];
    const field = bestField(concept, request.text, request.lang);
    return [{ concept, score: Number(row.score ?? 0), field }];
  });
}
