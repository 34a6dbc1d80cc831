// The validated seed as the property maps the loader writes. Property names are the contract
// with graph/queries (documented in seeds/README.md); absent values are left out, not nulls.
import type { Centrality } from './centrality.js';
import type { SeedDocument, Span } from './document.js';
import type { SeedGraph, SeedRelation } from './model.js';
import type { ConceptEntry, SourceEntry } from './schema.js';

type Properties = Record<string, string | number | string[] | number[]>;

/**
 * What this loader derives from a seed (centrality now, more later). The Graph node keeps it
 * beside the content hash, so `npm start` reloads a graph that older code loaded from the same
 * file instead of serving it without the newer derived properties. Raise it whenever a load
 * writes something new or computes something differently.
 */
export const LOADER_VERSION = 2;

function defined(
  entries: Record<string, string | number | string[] | number[] | undefined>,
): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}

export function graphProperties(seed: SeedGraph): Properties {
  const { graph } = seed;
  return defined({
    id: graph.id,
    titleId: graph.title.id,
    titleEn: graph.title.en,
    descriptionId: graph.description?.id,
    descriptionEn: graph.description?.en,
    sourceText: graph.sourceText,
    // Neo4j properties cannot hold maps: the declarations travel as JSON text.
    kinds: JSON.stringify(seed.kinds),
    relationTypes: JSON.stringify(seed.relationTypes),
    conceptCount: seed.concepts.length,
    relationCount: seed.relations.length,
    contentHash: seed.contentHash,
    format: 1,
    loader: LOADER_VERSION,
  });
}

export function sourceProperties(source: SourceEntry): Properties {
  return defined({ id: source.id, author: source.author, year: source.year, title: source.title });
}

/** Spans as one flat list of integers, `start, end, line` each (a property cannot hold maps). */
export function flatSpans(spans: readonly Span[] | undefined): number[] {
  return (spans ?? []).flatMap((s) => [s.start, s.end, s.line]);
}

export function conceptProperties(
  c: ConceptEntry,
  evidence?: readonly Span[],
  centrality?: Centrality,
): Properties {
  return defined({
    id: c.id,
    kind: c.kind,
    labelId: c.label.id,
    labelEn: c.label.en,
    definitionId: c.definition.id,
    definitionEn: c.definition.en,
    quote: c.quote,
    source: c.source,
    page: c.page,
    section: c.section,
    order: c.order,
    numberLabel: c.numbering?.label,
    numberQuote: c.numbering?.quote,
    replaces: c.replaces,
    evidence: flatSpans(evidence),
    inDegree: centrality?.inDegree,
    outDegree: centrality?.outDegree,
    betweenness: centrality?.betweenness,
    pageRank: centrality?.pageRank,
  });
}

/** A relation's ends, its type (a dynamic type, validated) and its stored properties. */
export function relationRow(r: SeedRelation, evidence?: readonly Span[]): Properties {
  return defined({
    from: r.from,
    to: r.to,
    type: r.type,
    id: r.id,
    basis: r.basis,
    quote: r.quote,
    rationaleId: r.rationale?.id,
    rationaleEn: r.rationale?.en,
    source: r.source,
    page: r.page,
    replaces: r.replaces,
    evidence: flatSpans(evidence),
  });
}

/**
 * The document node: its text, and its paragraphs, sentences and passages as one JSON property
 * of compact arrays (`[start, end, line, ...]`), read whole whenever the document is asked for.
 */
export function documentProperties(doc: SeedDocument): Properties {
  return {
    id: doc.id,
    title: doc.title,
    language: doc.language,
    text: doc.text,
    lineCount: doc.lineCount,
    coverage: doc.coverage,
    layout: JSON.stringify({
      paragraphs: doc.paragraphs.map((p) => [p.start, p.end, p.line]),
      sentences: doc.sentences.map((s) => [s.start, s.end, s.line, s.covered ? 1 : 0]),
      passages: doc.passages.map((p) => [p.start, p.end, p.line, p.concepts, p.relations]),
    }),
  };
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
