// The seed's source text as a document: its paragraphs and sentences, where every quote stands
// (its spans), the passages the quotes make, and how much of the text they cover. Computed once
// at load from the validated seed and stored with its version (rows.ts, cypher.ts).
import { basename, extname } from 'node:path';
import type { DocumentFrame, TextSentence, TextSpan } from '../../common/document.js';
import { LineIndex, type TextLocator, type TextRange } from './quotes.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import { segmentPassages, type Claim } from './segments.js';
import type { ConceptEntry, RelationEntry } from './schema.js';

export type Span = TextSpan;

export interface DocumentPassage extends Span {
  concepts: string[];
  relations: string[];
}

export type DocumentSentence = TextSentence;

export interface SeedDocument extends DocumentFrame {
  passages: DocumentPassage[];
  /** Spans by concept id: the quote's own place first, its other places, then its numbering's. */
  conceptEvidence: Map<string, Span[]>;
  /** Spans by relation id: the quote's own place first, then its other places. */
  relationEvidence: Map<string, Span[]>;
}

export interface DocumentInput {
  sourceText: string;
  sourceTitle?: string | undefined;
  sourceLanguage?: string | undefined;
  concepts: readonly ConceptEntry[];
  relations: readonly (RelationEntry & { id: string })[];
}

export function buildDocument(input: DocumentInput, locator: TextLocator): SeedDocument {
  const { text } = locator;
  const lines = new LineIndex(text);
  const span = (range: TextRange): Span => ({ ...range, line: lines.lineOf(range.start) });
  const places = new SectionPlaces(input.concepts, locator);
  const claims: Claim[] = [];

  const conceptEvidence = new Map<string, Span[]>();
  input.concepts.forEach((concept, index) => {
    const near = places.near(concept.section, concept.id);
    const quote = ownPlaceFirst(locator.find(concept.quote), near);
    const numbering = ownPlaceFirst(locator.find(concept.numbering?.quote ?? ''), near);
    const all = [...quote, ...numbering.filter((n) => !quote.some((q) => sameRange(q, n)))];
    conceptEvidence.set(concept.id, all.map(span));
    for (const own of [quote[0], numbering[0]]) {
      if (own) claims.push({ ...own, concept: concept.id, index });
    }
  });

  const sectionOf = new Map(input.concepts.map((c) => [c.id, c.section]));
  const relationEvidence = new Map<string, Span[]>();
  input.relations.forEach((relation, index) => {
    const near = [
      ...places.near(sectionOf.get(relation.from), relation.from),
      ...places.near(sectionOf.get(relation.to), relation.to),
    ];
    const quote = ownPlaceFirst(relation.quote ? locator.find(relation.quote) : [], near);
    relationEvidence.set(relation.id, quote.map(span));
    if (quote[0]) claims.push({ ...quote[0], relation: relation.id, index });
  });

  const passages = segmentPassages(claims).map((p) => ({ ...p, line: lines.lineOf(p.start) }));
  const sentences = markCovered(splitSentences(text).map(span), passages);
  const covered = sentences.filter((s) => s.covered).length;
  return {
    id: basename(input.sourceText, extname(input.sourceText)),
    title: input.sourceTitle ?? basename(input.sourceText, extname(input.sourceText)),
    language: input.sourceLanguage ?? 'und',
    text,
    lineCount: lines.count,
    paragraphs: splitParagraphs(text).map(span),
    sentences,
    passages,
    coverage: sentences.length === 0 ? 0 : covered / sentences.length,
    conceptEvidence,
    relationEvidence,
  };
}

/**
 * Where each section of the text runs: from its heading (the first place of its quote or
 * numbering line) to the next section's heading. A quote found in several places is taken from
 * the section its concept belongs to ("Kesepakatan bersama" is named in the list of values and
 * defined in its own paragraph; both lie in section b, but a relation of section b must not be
 * placed in the pledge of section f).
 */
class SectionPlaces {
  private readonly ranges = new Map<string, TextRange>();

  constructor(concepts: readonly ConceptEntry[], locator: TextLocator) {
    const sectionIds = new Set(concepts.flatMap((c) => (c.section ? [c.section] : [])));
    const starts = concepts
      .filter((c) => sectionIds.has(c.id))
      .flatMap((c) => {
        const heads = [...locator.find(c.quote), ...locator.find(c.numbering?.quote ?? '')];
        const start = Math.min(...heads.map((h) => h.start));
        return Number.isFinite(start) ? [{ id: c.id, start }] : [];
      })
      .sort((a, b) => a.start - b.start);
    starts.forEach((s, i) => {
      this.ranges.set(s.id, { start: s.start, end: starts[i + 1]?.start ?? locator.text.length });
    });
  }

  /** The ranges to look in first for a concept: its section's, or its own when it is a section. */
  near(section: string | undefined, id: string): TextRange[] {
    return [this.ranges.get(section ?? ''), this.ranges.get(id)].filter(
      (r): r is TextRange => r !== undefined,
    );
  }
}

/** The places of a quote with its own place first: the first inside a preferred range, else the first. */
function ownPlaceFirst(found: readonly TextRange[], near: readonly TextRange[]): TextRange[] {
  const inside = (r: TextRange, area: TextRange) => r.start >= area.start && r.end <= area.end;
  const own =
    near.map((area) => found.find((r) => inside(r, area))).find((r) => r !== undefined) ?? found[0];
  return own ? [own, ...found.filter((r) => r !== own)] : [];
}

function sameRange(a: TextRange, b: TextRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/** A sentence is covered when a passage overlaps it; passages are sorted and do not overlap. */
function markCovered(sentences: Span[], passages: readonly TextRange[]): DocumentSentence[] {
  return sentences.map((s) => {
    let low = 0;
    let high = passages.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((passages[mid]?.end ?? 0) <= s.start) low = mid + 1;
      else high = mid;
    }
    const next = passages[low];
    return { ...s, covered: next !== undefined && next.start < s.end };
  });
}
