// graphql-codegen configuration: resolver types generated from the one SDL file (not committed).
import type { CodegenConfig } from '@graphql-codegen/cli';

const model = (file: string, name: string) => `../${file}#${name}`;

const config: CodegenConfig = {
  schema: 'server/graphql/schema.graphql',
  generates: {
    'server/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
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
        },
        scalars: { ID: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: true },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
