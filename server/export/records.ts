// The flat shape of concepts and relations shared by every export format (JSON, GraphML, CSV):
// every evidence field (quote, its line and span, source, page, basis, both rationales, the
// source's numbering) is a column here, so no format carries less than another. New columns go
// at the end: scripts that read the CSVs by position keep working.
import type { GraphRecord } from '../../graph/queries/graphs.js';
import type { ConceptRecord, RelationRecord } from '../../graph/queries/model.js';

export type Lang = 'ID' | 'EN';
export type Cell = string | number | boolean | null;

export const CONCEPT_COLUMNS = [
  'id',
  'label',
  'kind',
  'labelId',
  'labelEn',
  'definitionId',
  'definitionEn',
  'quote',
  'quoteLine',
  'source',
  'page',
  'section',
  'order',
  'color',
  'quoteStart',
  'quoteEnd',
  'numberLabel',
  'numberQuote',
] as const;

export const RELATION_COLUMNS = [
  'id',
  'from',
  'to',
  'type',
  'label',
  'basis',
  'structural',
  'quote',
  'quoteLine',
  'rationaleId',
  'rationaleEn',
  'source',
  'page',
  'color',
  'quoteStart',
  'quoteEnd',
] as const;

export type ConceptRow = Record<(typeof CONCEPT_COLUMNS)[number], Cell>;
export type RelationRow = Record<(typeof RELATION_COLUMNS)[number], Cell>;

function pick(lang: Lang, id: string | null, en: string | null): string | null {
  return lang === 'EN' ? (en ?? id) : (id ?? en);
}

export function conceptRow(graph: GraphRecord, c: ConceptRecord, lang: Lang): ConceptRow {
  const kind = graph.kinds.find((k) => k.id === c.kind);
  return {
    id: c.id,
    label: pick(lang, c.labelId, c.labelEn),
    kind: c.kind,
    labelId: c.labelId,
    labelEn: c.labelEn,
    definitionId: c.definitionId,
    definitionEn: c.definitionEn,
    quote: c.quote,
    // The line of the source text the quote stands on (its own place), for spreadsheets and
    // graph tools that cannot read span lists; the JSON export carries every span.
    quoteLine: c.evidence[0]?.line ?? null,
    source: c.source,
    page: c.page,
    section: c.section,
    order: c.order,
    color: kind?.color ?? null,
    // The quote's own span (offsets into the document's text), the rest of `quoteLine`'s place.
    quoteStart: c.evidence[0]?.start ?? null,
    quoteEnd: c.evidence[0]?.end ?? null,
    // The source's own numbering ("4a") and the words that give it, where the text numbers it.
    numberLabel: c.numbering?.label ?? null,
    numberQuote: c.numbering?.quote ?? null,
  };
}

export function relationRow(graph: GraphRecord, r: RelationRecord, lang: Lang): RelationRow {
  const type = graph.relationTypes.find((t) => t.id === r.type);
  return {
    id: r.id,
    from: r.fromId,
    to: r.toId,
    type: r.type,
    label: type ? pick(lang, type.label.id, type.label.en) : r.type,
    basis: r.basis,
    structural: type?.structural ?? false,
    quote: r.quote,
    quoteLine: r.evidence[0]?.line ?? null,
    rationaleId: r.rationaleId,
    rationaleEn: r.rationaleEn,
    source: r.source,
    page: r.page,
    color: type?.color ?? null,
    quoteStart: r.evidence[0]?.start ?? null,
    quoteEnd: r.evidence[0]?.end ?? null,
  };
}
