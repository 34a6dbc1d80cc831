// Every GraphQL operation the web app sends, each tied to the result and variable types that
// `npm run codegen` generates from it and the SDL (web/generated/graphql.ts). Kept small: the
// server bounds tokens and depth. Fragments are appended to the operations that spread them.
import { LIMITS } from '../../../common/limits.js';
import type * as G from '../../generated/graphql.js';

/** An operation's text, carrying its result and variable types for the client. */
export interface Operation<TResult, TVariables> {
  readonly text: string;
  /** Never set: only here so that TypeScript keeps the two type parameters apart. */
  readonly types?: (variables: TVariables) => TResult;
}

const LOCALIZED = 'fragment Localized on LocalizedText { id en }';
const SOURCE_INFO = 'fragment SourceInfo on Source { id author year title }';
// `section` places a concept in its section's box on the canvas; `structural` tells the
// document's layout (a section contains a concept) from relations of meaning.
const CONCEPT_SUMMARY =
  'fragment ConceptSummary on Concept { id kind order section labels { ...Localized } }';
const RELATION_SUMMARY =
  'fragment RelationSummary on Relation { id type basis structural from { id } to { id } }';
const RELATION_DETAIL = `fragment RelationDetail on Relation {
  id type basis structural quote page source { ...SourceInfo } rationales { ...Localized }
  from { ...ConceptSummary } to { ...ConceptSummary }
}`;

function operation<TResult, TVariables>(
  text: string,
  ...fragments: string[]
): Operation<TResult, TVariables> {
  return { text: [text, ...fragments].join('\n') };
}

export const GRAPHS = operation<G.GraphsQuery, G.GraphsQueryVariables>(
  `query Graphs {
  graphs {
    id titles { ...Localized } descriptions { ...Localized } conceptCount relationCount
    kinds { id labels { ...Localized } color count }
    relationTypes { id labels { ...Localized } color structural count }
    sources { ...SourceInfo }
    aliases { old current target }
  }
  defaultGraph { id }
}`,
  LOCALIZED,
  SOURCE_INFO,
);

// The whole graph laid out on the server (once per graph version and language), so the first
// view draws final positions without laying out in the browser. A null graph: the default one.
export const LAYOUT = operation<G.LayoutQuery, G.LayoutQueryVariables>(
  `query Layout($graph: ID, $name: String!, $lang: Lang!, $aspect: Float!) {
  graph(id: $graph) {
    id
    layout(name: $name, lang: $lang, aspect: $aspect) {
      name aspect nodes { id x y width height parent }
    }
  }
}`,
);

// The source text and where the graph's evidence stands in it (the Text view, embeds and the
// standalone file). Passages bring their concepts' kinds and labels and their relations' basis
// and ends, so the text can be coloured and described before the canvas has loaded them.
export const DOCUMENT = operation<G.DocumentQuery, G.DocumentQueryVariables>(
  `query Document($graph: ID!) {
  graph(id: $graph) {
    id
    document {
      id title language text lineCount coverage
      paragraphs { start end line }
      sentences { start end line covered }
      passages {
        start end line
        concepts { id kind labels { ...Localized } definitions { ...Localized } }
        relations { id type basis structural from { id } to { id } }
      }
    }
  }
}`,
  LOCALIZED,
);

/** Where the text says a concept or a relation (`id` names one or the other): its quote's place
 * first, then any other place where the same words stand. */
export const EVIDENCE = operation<G.EvidenceQuery, G.EvidenceQueryVariables>(
  `query Evidence($graph: ID!, $id: ID!) {
  concept(graph: $graph, id: $id) { id evidence { start end line } }
  relation(graph: $graph, id: $id) { id evidence { start end line } }
}`,
);

export const CONCEPTS_PAGE = operation<G.ConceptsPageQuery, G.ConceptsPageQueryVariables>(
  `query ConceptsPage($graph: ID, $first: Int, $after: String) {
  concepts(graph: $graph, first: $first, after: $after) {
    totalCount nodes { ...ConceptSummary } pageInfo { hasNextPage endCursor }
  }
}`,
  CONCEPT_SUMMARY,
  LOCALIZED,
);

export const RELATIONS_PAGE = operation<G.RelationsPageQuery, G.RelationsPageQueryVariables>(
  `query RelationsPage($graph: ID, $first: Int, $after: String) {
  relations(graph: $graph, first: $first, after: $after) {
    totalCount nodes { ...RelationSummary } pageInfo { hasNextPage endCursor }
  }
}`,
  RELATION_SUMMARY,
);

export const CONCEPT_DETAIL = operation<G.ConceptDetailQuery, G.ConceptDetailQueryVariables>(
  `query ConceptDetail($graph: ID, $id: ID!) {
  concept(graph: $graph, id: $id) {
    ...ConceptSummary degree(scope: MEANING) quote page source { ...SourceInfo }
    numbering { label quote }
    definitions { ...Localized } relations(first: ${LIMITS.nested}) { ...RelationDetail }
  }
}`,
  CONCEPT_SUMMARY,
  RELATION_DETAIL,
  SOURCE_INFO,
  LOCALIZED,
);

export const RELATION = operation<G.RelationDetailQuery, G.RelationDetailQueryVariables>(
  `query RelationDetail($graph: ID, $id: ID!) {
  relation(graph: $graph, id: $id) { ...RelationDetail }
}`,
  RELATION_DETAIL,
  CONCEPT_SUMMARY,
  SOURCE_INFO,
  LOCALIZED,
);

export const NEIGHBORHOOD = operation<G.NeighborhoodQuery, G.NeighborhoodQueryVariables>(
  `query Neighborhood($graph: ID, $id: ID!, $depth: Int, $types: [String!], $limit: Int) {
  neighborhood(graph: $graph, id: $id, depth: $depth, relationTypes: $types, limit: $limit) {
    truncated nodes { ...ConceptSummary } relations { ...RelationSummary }
  }
}`,
  CONCEPT_SUMMARY,
  RELATION_SUMMARY,
  LOCALIZED,
);

export const PATHS = operation<G.PathsQuery, G.PathsQueryVariables>(
  `query Paths($graph: ID, $from: ID!, $to: ID!, $scope: RelationScope!) {
  paths(graph: $graph, from: $from, to: $to, scope: $scope, mode: ALL_SHORTEST, maxLength: ${LIMITS.pathLength}) {
    length nodes { ...ConceptSummary } relations { ...RelationSummary }
  }
}`,
  CONCEPT_SUMMARY,
  RELATION_SUMMARY,
  LOCALIZED,
);

export const SEARCH = operation<G.SearchQuery, G.SearchQueryVariables>(
  `query Search($graph: ID, $text: String!, $first: Int) {
  search(graph: $graph, text: $text, first: $first) {
    score field concept { ...ConceptSummary }
  }
}`,
  CONCEPT_SUMMARY,
  LOCALIZED,
);

/** Quotes, sources, definitions, rationales and the quotes' places in the source text of up to
 * 50 concepts and their relations, for the standalone HTML file and the view's JSON (a batch ×
 * LIMITS.nested relations stays within the API's row bound). */
export const CONCEPT_EVIDENCE = operation<G.ConceptEvidenceQuery, G.ConceptEvidenceQueryVariables>(
  `query ConceptEvidence($graph: ID, $ids: [ID!], $first: Int) {
  concepts(graph: $graph, where: { ids: $ids }, first: $first) {
    nodes {
      id quote page source { ...SourceInfo } definitions { ...Localized } evidence { start end line }
      relations(first: ${LIMITS.nested}) {
        id quote page source { ...SourceInfo } rationales { ...Localized } evidence { start end line }
      }
    }
  }
}`,
  SOURCE_INFO,
  LOCALIZED,
);
