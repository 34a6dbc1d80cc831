// What `npm run codegen` (scripts/codegen.ts) generates from the one SDL file: the server's
// resolver types and the web app's operation types. Generated files are not committed.
import * as operations from './web/src/api/operations.js';

const model = (file: string, name: string) => `../${file}#${name}`;

export interface CodegenTarget {
  /** File written, relative to the project root. */
  output: string;
  plugins: readonly ('typescript' | 'typescript-resolvers' | 'typescript-operations')[];
  /** GraphQL documents the types describe (operations and fragments), if any. */
  documents?: readonly string[];
  config: Record<string, unknown>;
}

export const SCHEMA = 'server/graphql/schema.graphql';

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { ID: 'string' },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
};

export const TARGETS: readonly CodegenTarget[] = [
  {
    output: 'server/generated/graphql.ts',
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      ...shared,
      // Resolvers receive our own row models, not the GraphQL output shapes.
      contextType: model('graphql/context.js', 'Context'),
      mappers: {
        Graph: model('graphql/models.js', 'GraphModel'),
        Kind: model('graphql/models.js', 'KindModel'),
        RelationType: model('graphql/models.js', 'RelationTypeModel'),
        Concept: model('../graph/queries/model.js', 'ConceptRecord'),
        Relation: model('../graph/queries/model.js', 'RelationRecord'),
        Source: model('../graph/queries/model.js', 'SourceRecord'),
        ConceptConnection: model('graphql/models.js', 'ConceptConnectionModel'),
        ConceptEdge: model('graphql/models.js', 'ConceptEdgeModel'),
        RelationConnection: model('graphql/models.js', 'RelationConnectionModel'),
        RelationEdge: model('graphql/models.js', 'RelationEdgeModel'),
        Subgraph: model('graphql/models.js', 'SubgraphModel'),
        Path: model('graphql/models.js', 'PathModel'),
        SearchHit: model('graphql/models.js', 'SearchHitModel'),
        GraphStats: model('graphql/models.js', 'GraphStatsModel'),
        KindCount: model('graphql/models.js', 'KindCountModel'),
        RelationTypeCount: model('graphql/models.js', 'RelationTypeCountModel'),
        ConceptDegree: model('graphql/models.js', 'ConceptDegreeModel'),
        Document: model('../graph/queries/document.js', 'DocumentRecord'),
        Paragraph: model('graphql/models.js', 'ParagraphModel'),
        Passage: model('graphql/models.js', 'PassageModel'),
        Sentence: model('graphql/models.js', 'SentenceModel'),
        Span: model('../graph/queries/model.js', 'SpanRecord'),
      },
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: true },
    },
  },
  {
    // The explorer's result types: a schema change that breaks the explorer fails `tsc`.
    output: 'web/generated/graphql.ts',
    plugins: ['typescript-operations'],
    documents: Object.values(operations).map((op) => op.text),
    config: {
      ...shared,
      skipTypename: true,
      // Every selected field is present (null when empty); a variable may be left out.
      avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
      // Fragment spreads are merged into one plain object type, as the API returns them.
      inlineFragmentTypes: 'combine',
    },
  },
];
