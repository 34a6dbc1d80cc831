// Plain records of the graph model, and the mapping from Cypher rows to them.
import type { TextSpan } from '../../common/document.js';
import type { Plain } from '../plain.js';

export type Basis = 'stated' | 'inferred';
export type DirectionName = 'OUT' | 'IN' | 'BOTH';

export interface LocalizedText {
  id: string | null;
  en: string | null;
}

/** A place in a graph's document: offsets into its text and the 1-based line of `start`. */
export type SpanRecord = TextSpan;

export interface ConceptRecord {
  graph: string;
  id: string;
  kind: string;
  labelId: string;
  labelEn: string | null;
  definitionId: string | null;
  definitionEn: string | null;
  quote: string | null;
  source: string | null;
  page: number | null;
  section: string | null;
  order: number | null;
  /** The source's own numbering ("4a") and the line that gives it; null where the text has none. */
  numbering: { label: string; quote: string } | null;
  /** Ids the concept had in earlier versions of the graph. */
  replaces: string[];
  /** Where the document says it: the quote's own place first (empty without a document). */
  evidence: SpanRecord[];
  /** Computed at load over meaning relations (graph/seed/centrality.ts); zeros when not stored. */
  centrality: CentralityRecord;
}

export interface CentralityRecord {
  inDegree: number;
  outDegree: number;
  betweenness: number;
  pageRank: number;
}

/**
 * How much of a concept a statement returns: `full` is the whole node; `brief` is what labels a
 * concept in a list (id, graph, kind, labels, section), for queries that select nothing more.
 */
export type ConceptProjection = 'brief' | 'full';

/** The Cypher expression that returns concept `variable` in a projection. */
export function conceptColumn(variable: string, projection: ConceptProjection): string {
  return projection === 'full'
    ? variable
    : `${variable} {.id, .graph, .kind, .labelId, .labelEn, .section}`;
}

/** `brief`: a relation's id, type, basis and ends, for queries that select nothing more. */
export type RelationProjection = 'brief' | 'full';

/** The Cypher expression for relation `r` (from `a` to `b`) in a projection. */
export function relationColumn(projection: RelationProjection): string {
  return projection === 'full'
    ? 'r {.*, type: type(r), from: a.id, to: b.id}'
    : 'r {.id, .graph, .basis, type: type(r), from: a.id, to: b.id}';
}

export interface RelationRecord {
  graph: string;
  id: string;
  type: string;
  fromId: string;
  toId: string;
  /** The end concepts when the query brought them along (saves a round-trip). */
  from: ConceptRecord | null;
  to: ConceptRecord | null;
  basis: Basis;
  quote: string | null;
  rationaleId: string | null;
  rationaleEn: string | null;
  source: string | null;
  page: number | null;
  /** Ids the relation had in earlier versions of the graph. */
  replaces: string[];
  /** Where the document says it: the quote's own place first (empty without a document). */
  evidence: SpanRecord[];
}

/** One page of a longer list, with the length of the whole list. */
export interface CountedPage<T> {
  total: number;
  items: T[];
}

export interface SourceRecord {
  graph: string;
  id: string;
  author: string | null;
  year: number | null;
  title: string | null;
}

type PlainObject = { [key: string]: Plain };

export function isObject(value: Plain | undefined): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: Plain | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Numbers arrive as numbers, or as strings when a seed wrote "11"; anything else is unknown. */
export function int(value: Plain | undefined): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return null;
}

/** A stored float; 0 when absent (a graph loaded before centrality existed, or a brief row). */
function float(value: Plain | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function strings(value: Plain | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function toConcept(value: Plain | undefined): ConceptRecord | null {
  if (!isObject(value)) return null;
  const id = str(value.id);
  if (id === null) return null;
  return {
    graph: str(value.graph) ?? '',
    id,
    kind: str(value.kind) ?? 'Concept',
    labelId: str(value.labelId) ?? str(value.labelEn) ?? id,
    labelEn: str(value.labelEn),
    definitionId: str(value.definitionId),
    definitionEn: str(value.definitionEn),
    quote: str(value.quote),
    source: str(value.source),
    page: int(value.page),
    section: str(value.section),
    order: int(value.order),
    numbering: numberingOf(value),
    replaces: strings(value.replaces),
    evidence: spans(value.evidence),
    centrality: {
      inDegree: int(value.inDegree) ?? 0,
      outDegree: int(value.outDegree) ?? 0,
      betweenness: float(value.betweenness),
      pageRank: float(value.pageRank),
    },
  };
}

/** A concept known only by its graph and id (every other field empty): what an id-only selection reads. */
export function identityConcept(graph: string, id: string): ConceptRecord {
  return {
    graph,
    id,
    kind: '',
    labelId: id,
    labelEn: null,
    definitionId: null,
    definitionEn: null,
    quote: null,
    source: null,
    page: null,
    section: null,
    order: null,
    numbering: null,
    replaces: [],
    evidence: [],
    centrality: { inDegree: 0, outDegree: 0, betweenness: 0, pageRank: 0 },
  };
}

function numberingOf(value: PlainObject): ConceptRecord['numbering'] {
  const label = str(value.numberLabel);
  return label === null ? null : { label, quote: str(value.numberQuote) ?? '' };
}

/** A relation row: `rel` (its properties plus type, from, to) and optional `fromNode`, `toNode`. */
export function toRelation(row: PlainObject): RelationRecord | null {
  const rel = row.rel;
  if (!isObject(rel)) return null;
  const id = str(rel.id);
  const type = str(rel.type);
  const fromId = str(rel.from);
  const toId = str(rel.to);
  if (id === null || type === null || fromId === null || toId === null) return null;
  return {
    graph: str(rel.graph) ?? '',
    id,
    type,
    fromId,
    toId,
    from: toConcept(row.fromNode),
    to: toConcept(row.toNode),
    basis: str(rel.basis) === 'inferred' ? 'inferred' : 'stated',
    quote: str(rel.quote),
    rationaleId: str(rel.rationaleId),
    rationaleEn: str(rel.rationaleEn),
    source: str(rel.source),
    page: int(rel.page),
    replaces: strings(rel.replaces),
    evidence: spans(rel.evidence),
  };
}

/** Spans stored as one flat list, `start, end, line` each (graph/seed/rows.ts). */
function spans(value: Plain | undefined): SpanRecord[] {
  if (!Array.isArray(value)) return [];
  const numbers = value.map((v) => int(v));
  const out: SpanRecord[] = [];
  for (let i = 0; i + 2 < numbers.length; i += 3) {
    const [start, end, line] = numbers.slice(i, i + 3);
    if (start != null && end != null && line != null) out.push({ start, end, line });
  }
  return out;
}

export function toSource(value: Plain | undefined): SourceRecord | null {
  if (!isObject(value)) return null;
  const id = str(value.id);
  if (id === null) return null;
  return {
    graph: str(value.graph) ?? '',
    id,
    author: str(value.author),
    year: int(value.year),
    title: str(value.title),
  };
}

export function compact<T>(values: (T | null)[]): T[] {
  return values.filter((v): v is T => v !== null);
}
