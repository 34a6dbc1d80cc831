// Every bound of the public API, in one place for the server that enforces them and the web
// client that must stay within them (a page size or depth past these is refused, not clamped).
// The SDL descriptions and docs/api.md quote these numbers. Pure TypeScript: no Node, no DOM.

export const LIMITS = {
  /** `concepts` and `relations` page size. */
  page: 500,
  /** `Concept.relations` and `Concept.neighbors`. */
  nested: 200,
  neighborhoodDepth: 3,
  neighborhoodNodes: 500,
  /** Relations returned by a neighbourhood, per concept allowed. */
  neighborhoodRelationsPerNode: 5,
  pathLength: 10,
  searchHits: 50,
  searchTextLength: 200,
  mostConnected: 100,
  /** Kinds, types or ids in one filter list. */
  filterList: 100,
  /** Nesting of `AND` / `OR` / `NOT` in one concept or relation filter (the top level is 1). */
  filterDepth: 4,
  /** Filters in one filter tree, the top one and every nested one counted. */
  filterNodes: 32,
  /** Paths `K_SHORTEST` may ask for (`k`); `ALL_SHORTEST` returns at most as many. */
  pathK: 25,
  /** `maxLength` of `ALL_SIMPLE`: simple paths multiply with length. */
  simplePathLength: 6,
  /** Paths `ALL_SIMPLE` returns at most. */
  simplePaths: 100,
  /**
   * Rows one nested list field may ask of the database for a whole level: parents × `first`.
   * It bounds what armor's cost cannot: a `first` passed as a variable is not in armor's sums.
   */
  nestedRows: 10_000,
  /** graphql-armor */
  depth: 8,
  aliases: 15,
  tokens: 1000,
  /**
   * Armor multiplies a field's cost by a literal `first`, so 50 concepts with 50 relations and
   * 50 neighbours each cost about 130 000: the default 5000 would refuse the plainest queries.
   */
  cost: 200_000,
  directives: 50,
} as const;
