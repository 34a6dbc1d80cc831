// Every GraphQL operation the web app sends. Kept small: the server bounds tokens and depth.

const CONCEPT_SUMMARY = 'id kind order labels { id en }';
const RELATION_SUMMARY = 'id type basis from { id } to { id }';
const SOURCE = 'source { id author year title }';
const RELATION_DETAIL = `id type basis quote page ${SOURCE} rationales { id en }
  from { ${CONCEPT_SUMMARY} } to { ${CONCEPT_SUMMARY} }`;

export const GRAPHS = `query Graphs {
  graphs {
    id titles { id en } descriptions { id en } conceptCount relationCount
    kinds { id labels { id en } color count }
    relationTypes { id labels { id en } color count }
    sources { id author year title }
  }
}`;

export const CONCEPTS_PAGE = `query ConceptsPage($graph: ID, $first: Int, $after: String) {
  concepts(graph: $graph, first: $first, after: $after) {
    totalCount nodes { ${CONCEPT_SUMMARY} } pageInfo { hasNextPage endCursor }
  }
}`;

export const RELATIONS_PAGE = `query RelationsPage($graph: ID, $first: Int, $after: String) {
  relations(graph: $graph, first: $first, after: $after) {
    totalCount nodes { ${RELATION_SUMMARY} } pageInfo { hasNextPage endCursor }
  }
}`;

export const CONCEPT_DETAIL = `query ConceptDetail($graph: ID, $id: ID!) {
  concept(graph: $graph, id: $id) {
    ${CONCEPT_SUMMARY} section degree quote page ${SOURCE} definitions { id en }
    relations(first: 200) { ${RELATION_DETAIL} }
  }
}`;

export const RELATION = `query RelationDetail($graph: ID, $id: ID!) {
  relation(graph: $graph, id: $id) { ${RELATION_DETAIL} }
}`;

export const NEIGHBORHOOD = `query Neighborhood($graph: ID, $id: ID!, $depth: Int, $types: [String!],
  $limit: Int) {
  neighborhood(graph: $graph, id: $id, depth: $depth, relationTypes: $types, limit: $limit) {
    truncated nodes { ${CONCEPT_SUMMARY} } relations { ${RELATION_SUMMARY} }
  }
}`;

export const PATHS = `query Paths($graph: ID, $from: ID!, $to: ID!) {
  paths(graph: $graph, from: $from, to: $to, all: true, maxLength: 8) {
    length nodes { ${CONCEPT_SUMMARY} } relations { ${RELATION_SUMMARY} }
  }
}`;

export const SEARCH = `query Search($graph: ID, $text: String!, $first: Int) {
  search(graph: $graph, text: $text, first: $first) {
    score field concept { ${CONCEPT_SUMMARY} }
  }
}`;

/** Quotes, sources, definitions and rationales of up to 50 concepts and their relations, for
 * the standalone HTML file (50 × 200 nested relations stays within the API's row bound). */
export const CONCEPT_EVIDENCE = `query ConceptEvidence($graph: ID, $ids: [ID!], $first: Int) {
  concepts(graph: $graph, where: { ids: $ids }, first: $first) {
    nodes {
      id quote page ${SOURCE} definitions { id en }
      relations(first: 200) { id quote page ${SOURCE} rationales { id en } }
    }
  }
}`;
