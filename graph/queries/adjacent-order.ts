// How a concept's relations are sorted. A sort key or direction cannot be a parameter, so each
// is a fixed ORDER BY fragment over `r` (the relation) and `o` (the concept at its other end);
// the request only picks one. Ties always end on the relation's id, ascending, so pages are stable.

export type RelationOrderKey = 'ID' | 'TYPE' | 'PAGE' | 'BASIS' | 'FROM_ORDER';
export type SortDirectionName = 'ASC' | 'DESC';

export interface RelationOrderRequest {
  field: RelationOrderKey;
  direction: SortDirectionName;
}

/** Each key as the expressions it sorts by; `dir` is one of two fixed words (see WORDS). */
const KEYS: Record<RelationOrderKey, (dir: string) => string> = {
  ID: (dir) => `r.id ${dir}`,
  TYPE: (dir) => `type(r) ${dir}, r.id ASC`,
  // Relations without a page come last both ways (Cypher alone would put them first descending).
  PAGE: (dir) => `r.page IS NULL ASC, toInteger(r.page) ${dir}, r.id ASC`,
  // Alphabetically "inferred" would come first: ascending means stated before inferred.
  BASIS: (dir) => `CASE r.basis WHEN 'inferred' THEN 1 ELSE 0 END ${dir}, r.id ASC`,
  // A concept without an order counts as 0, as the concept list's ORDER does.
  FROM_ORDER: (dir) => `coalesce(startNode(r).order, 0) ${dir}, r.id ASC`,
};

/** `Concept.relations` without `orderBy`: by type, then the other concept in text order. */
export const BY_TYPE_THEN_OTHER = 'type(r), coalesce(o.order, 0), o.id, r.id';

const WORDS: Record<SortDirectionName, string> = { ASC: 'ASC', DESC: 'DESC' };

/** The ORDER BY expressions of an order; null means the field's own default (`fallback`). */
export function orderExpressions(order: RelationOrderRequest | null, fallback: string): string {
  if (order === null) return fallback;
  const key = KEYS[order.field];
  const word = WORDS[order.direction];
  // Both come from GraphQL enums; an unknown one is a programming error, never user text.
  if (key === undefined || word === undefined) throw new Error('Unknown relation order');
  return key(word);
}
