// The shapes the web app reads from the GraphQL API, by name. Every one is derived from the
// types that `npm run codegen` generates from the SDL and web/src/api/operations.ts, so a schema
// change that breaks the explorer fails `tsc` instead of a user's session.
import type * as G from '../../generated/graphql.js';

export type Basis = G.Basis;
export type Localized = G.LocalizedFragment;
export type SourceInfo = G.SourceInfoFragment;

export type GraphInfo = G.GraphsQuery['graphs'][number];
/** An id an earlier version of the graph used, and the one that replaces it. */
export type Alias = G.GraphsQuery['graphs'][number]['aliases'][number];
/** Which relations a traversal follows: meaning, the document's structure, or all. */
export type RelationScope = G.RelationScope;
export type KindInfo = GraphInfo['kinds'][number];
export type RelationTypeInfo = GraphInfo['relationTypes'][number];

/** What the canvas needs of a concept (`section`: the box it is drawn in). */
export type ConceptSummary = G.ConceptSummaryFragment;
/** What the canvas needs of a relation. */
export type RelationSummary = G.RelationSummaryFragment;

/** A relation with its evidence and both ends, as the details panel shows it. */
export type RelationDetail = G.RelationDetailFragment;
export type ConceptDetail = NonNullable<G.ConceptDetailQuery['concept']>;
/** What the text says for a concept or a relation, and where. */
export type Evidence = Pick<RelationDetail, 'quote' | 'source' | 'page'>;

export type Subgraph = G.NeighborhoodQuery['neighborhood'];
export type PathResult = G.PathsQuery['paths'][number];
export type SearchHit = G.SearchQuery['search'][number];

/** A concept's and its relations' evidence (the standalone export's CONCEPT_EVIDENCE). */
export type ConceptEvidence = G.ConceptEvidenceQuery['concepts']['nodes'][number];
