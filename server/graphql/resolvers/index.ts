// All resolvers, typed from the SDL by codegen.
import type { Resolvers } from '../../generated/graphql.js';
import { Concept } from './concept.js';
import { ConceptConnection, RelationConnection } from './connection.js';
import { Document, Paragraph, Passage, Sentence } from './document.js';
import { Graph, Kind, RelationType } from './graph.js';
import { exploreQueries } from './query-explore.js';
import { pathQueries } from './query-paths.js';
import { listQueries } from './query-lists.js';
import { Relation } from './relation.js';
import { GraphStats, Path, SearchHit } from './results.js';

export const resolvers: Resolvers = {
  Query: { ...listQueries, ...exploreQueries, ...pathQueries },
  Graph,
  Kind,
  RelationType,
  Concept,
  Relation,
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
