// The shapes the web app reads from the GraphQL API (see server/graphql/schema.graphql).
// Hand-written for the few operations in operations.ts; operations.test.ts checks them
// against the SDL so a schema change that breaks the app fails a test, not a user.

export type ApiLang = 'ID' | 'EN';
export type Basis = 'STATED' | 'INFERRED';

export interface Localized {
  id: string | null;
  en: string | null;
}

export interface KindInfo {
  id: string;
  labels: Localized;
  color: string;
  count: number;
}

export interface RelationTypeInfo {
  id: string;
  labels: Localized;
  color: string;
  count: number;
}

export interface SourceInfo {
  id: string;
  author: string | null;
  year: number | null;
  title: string | null;
}

export interface GraphInfo {
  id: string;
  titles: Localized;
  descriptions: Localized;
  kinds: KindInfo[];
  relationTypes: RelationTypeInfo[];
  sources: SourceInfo[];
  conceptCount: number;
  relationCount: number;
}

/** What the canvas needs of a concept. */
export interface ConceptSummary {
  id: string;
  kind: string;
  labels: Localized;
  order: number | null;
}

/** What the canvas needs of a relation. */
export interface RelationSummary {
  id: string;
  type: string;
  basis: Basis;
  from: { id: string };
  to: { id: string };
}

export interface Evidence {
  quote: string | null;
  source: SourceInfo | null;
  page: number | null;
}

export interface RelationDetail extends Evidence {
  id: string;
  type: string;
  basis: Basis;
  rationales: Localized;
  from: ConceptSummary;
  to: ConceptSummary;
}

export interface ConceptDetail extends ConceptSummary, Evidence {
  definitions: Localized;
  section: string | null;
  degree: number;
  relations: RelationDetail[];
}

export interface Subgraph {
  nodes: ConceptSummary[];
  relations: RelationSummary[];
  truncated: boolean;
}

export interface PathResult {
  length: number;
  nodes: ConceptSummary[];
  relations: RelationSummary[];
}

export interface SearchHit {
  concept: ConceptSummary;
  score: number;
  field: string;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A concept's and its relations' evidence (the standalone export's CONCEPT_EVIDENCE). */
export interface ConceptEvidence extends Evidence {
  id: string;
  definitions: Localized;
  relations: (Evidence & { id: string; rationales: Localized })[];
}
