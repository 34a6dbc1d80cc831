// What resolvers pass between each other (codegen maps the SDL types onto these; see codegen.ts).
import type {
  GraphRecord,
  KindDeclaration,
  RelationTypeDeclaration,
} from '../../graph/queries/graphs.js';
import type {
  DocumentRecord,
  PassageRecord,
  SentenceRecord,
} from '../../graph/queries/document.js';
import type { ConceptRecord, RelationRecord, SpanRecord } from '../../graph/queries/model.js';
import type { Neighborhood } from '../../graph/queries/neighborhood.js';
import type { PathRecord } from '../../graph/queries/paths.js';
import type { SearchHitRecord } from '../../graph/queries/search.js';

export type GraphModel = GraphRecord;

export interface KindModel {
  graph: GraphRecord;
  kind: KindDeclaration;
}

export interface RelationTypeModel {
  graph: GraphRecord;
  type: RelationTypeDeclaration;
}

export interface Page<T> {
  total: number;
  items: T[];
  /** Offset of the first item. */
  offset: number;
}

export type ConceptConnectionModel = Page<ConceptRecord>;
export type RelationConnectionModel = Page<RelationRecord>;

export interface ConceptEdgeModel {
  cursor: string;
  node: ConceptRecord;
}

export interface RelationEdgeModel {
  cursor: string;
  node: RelationRecord;
}

export type SubgraphModel = Neighborhood;
export type PathModel = PathRecord;
export type SearchHitModel = SearchHitRecord;

export interface GraphStatsModel {
  graph: GraphRecord;
  /** The relation types of the scope `stats` was asked for: what its counts and degrees take in. */
  types: string[];
}

export interface KindCountModel {
  kind: KindModel;
  count: number;
}

export interface RelationTypeCountModel {
  type: RelationTypeModel;
  count: number;
}

export interface ConceptDegreeModel {
  concept: ConceptRecord;
  degree: number;
}

/** Parts of a document carry it along: their `text` is a slice of it, their ids its concepts'. */
export interface PassageModel extends PassageRecord {
  document: DocumentRecord;
}

export interface SentenceModel extends SentenceRecord {
  document: DocumentRecord;
}

export interface ParagraphModel extends SpanRecord {
  document: DocumentRecord;
}
