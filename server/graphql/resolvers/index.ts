// All resolvers, typed from the SDL by codegen.
import type { Resolvers } from '../../generated/graphql.js';
import { Concept } from './concept.js';
import { ConceptConnection, RelationConnection } from './connection.js';
import { Document, Paragraph, Passage, Sentence } from './document.js';
import { Graph, Kind, RelationType } from './graph.js';
import { exploreQueries } from './query-explore.js';
import { pathQueries } from './query-paths.js';
import { countQueries } from './query-counts.js';
import { listQueries } from './query-lists.js';
import { Relation } from './relation.js';
import { GraphStats, Path, SearchHit } from './results.js';
import { Source } from './source.js';

export const resolvers: Resolvers = {
  Query: { ...listQueries, ...countQueries, ...exploreQueries, ...pathQueries },
  Graph,
  Kind,
  RelationType,
  Concept,
  Relation,
  Source,
  ConceptConnection,
  RelationConnection,
  Path,
  SearchHit,
  GraphStats,
  Document,
  Paragraph,
  Passage,
  Sentence,
};
