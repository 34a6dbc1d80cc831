// The source text of a graph and where its evidence stands, in the web app's own terms: the
// explorer's Text view, the embed and the standalone file all render from this shape, so none of
// them reads the GraphQL answer directly.
import type { DocumentFrame, TextSentence, TextSpan } from '../../../common/document.js';
import type * as G from '../../generated/graphql.js';

export interface LocalizedText {
  id: string | null;
  en: string | null;
}

/** A concept whose quote (or numbering line) covers a passage. */
export interface PassageConcept {
  id: string;
  kind: string;
  labels: LocalizedText;
  definitions: LocalizedText;
}

export type RelationBasis = 'stated' | 'inferred';

/** A relation whose quote covers a passage. */
export interface PassageRelation {
  id: string;
  type: string;
  basis: RelationBasis;
  /** Document structure (a section contains a concept) rather than meaning. */
  structural: boolean;
  from: string;
  to: string;
}

export type { TextSentence, TextSpan };

export interface TextPassage extends TextSpan {
  concepts: PassageConcept[];
  relations: PassageRelation[];
}

export interface TextDocument extends DocumentFrame {
  /** Non-overlapping, in text order. */
  passages: TextPassage[];
}

type Answer = NonNullable<NonNullable<G.DocumentQuery['graph']>['document']>;
type AnswerRelation = Answer['passages'][number]['relations'][number];

const span = ({ start, end, line }: TextSpan): TextSpan => ({ start, end, line });

function relationOf(r: AnswerRelation): PassageRelation {
  return {
    id: r.id,
    type: r.type,
    basis: r.basis === 'INFERRED' ? 'inferred' : 'stated',
    structural: r.structural,
    from: r.from.id,
    to: r.to.id,
  };
}

/** A document's own fields, passages aside: what every copy of it (the standalone file's) keeps. */
export function documentFrame(doc: DocumentFrame): DocumentFrame {
  return {
    id: doc.id,
    title: doc.title,
    language: doc.language,
    text: doc.text,
    lineCount: doc.lineCount,
    coverage: doc.coverage,
    paragraphs: doc.paragraphs.map(span),
    sentences: doc.sentences.map((s) => ({ ...span(s), covered: s.covered })),
  };
}

/** The document of a DOCUMENT answer; null when the graph has none (loaded before documents). */
export function documentFromQuery(data: G.DocumentQuery): TextDocument | null {
  const doc = data.graph?.document;
  if (!doc) return null;
  return {
    ...documentFrame(doc),
    passages: doc.passages.map((p) => ({
      ...span(p),
      concepts: p.concepts.map((c) => ({
        id: c.id,
        kind: c.kind,
        labels: { id: c.labels.id, en: c.labels.en },
        definitions: { id: c.definitions.id, en: c.definitions.en },
      })),
      relations: p.relations.map(relationOf),
    })),
  };
}
