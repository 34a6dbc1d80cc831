// A seed file once it has passed validation: what the loader writes.
import type { SeedDocument } from './document.js';
import type {
  ConceptEntry,
  KindDeclaration,
  RelationEntry,
  RelationTypeDeclaration,
  SourceEntry,
} from './schema.js';

export interface Localized {
  id: string;
  en: string;
}

export interface SeedRelation extends RelationEntry {
  /** Given in the file, or derived as `from.TYPE.to`. */
  id: string;
}

export interface SeedGraph {
  /** The file as the caller named it (used in messages). */
  file: string;
  graph: {
    id: string;
    title: Localized;
    description?: Localized;
    sourceText: string;
    sourceTitle?: string;
    sourceLanguage?: string;
  };
  kinds: KindDeclaration[];
  relationTypes: RelationTypeDeclaration[];
  sources: SourceEntry[];
  concepts: ConceptEntry[];
  relations: SeedRelation[];
  /** The source text, where each quote stands in it, and what it covers. */
  document: SeedDocument;
  /** SHA-256 over the seed file and its source text: changes whenever either does. */
  contentHash: string;
}

/** Names the loader itself uses for labels and relationship types; a file may not declare them. */
export const RESERVED_KINDS = new Set([
  'Concept',
  'Graph',
  'Source',
  'Document',
  'StagedConcept',
  'RetiredConcept',
  'SeedLoad',
]);
export const RESERVED_RELATION_TYPES = new Set<string>();

export function relationIdOf(relation: Pick<RelationEntry, 'id' | 'from' | 'type' | 'to'>): string {
  return relation.id ?? `${relation.from}.${relation.type}.${relation.to}`;
}

/** A seed's content without its located document: what the quality report reads. */
export type SeedContent = Omit<SeedGraph, 'document'>;
