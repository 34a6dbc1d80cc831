// What a standalone HTML file carries: the drawn view (positions, sizes, colours), both
// languages of every label, and the evidence (quotes with their sources) the viewer shows on a
// click. Built from the explorer's state, its canvas snapshot and the evidence fetched for it.
// Sections drawn as groups come as boxes (with the section's own evidence), and each relation
// type says whether it is structural, so the viewer's legend keeps meaning apart from structure.
// The source text comes along, highlighted where it evidences what the file draws.
import type { Localized, SourceInfo } from '../api/model.js';
import { drawnParts } from '../export/groups.js';
import type { SnapshotGroup, ViewSnapshot } from '../graph-view/snapshot.js';
import type { AppState } from '../state/app-state.js';
import type { UiLang } from '../state/view.js';
import type { TextDocument, TextSpan } from '../text-view/document.js';
import { textInView, type StandaloneText } from './text-data.js';

/** The id of the file's <script type="application/json"> block that holds the data. */
export const DATA_ELEMENT_ID = 'ks-data';

export interface Provenance {
  quote: string | null;
  page: number | null;
  source: SourceInfo | null;
  /** Where the source text says it, the quote's own place first (absent in older files). */
  evidence?: TextSpan[];
}

export interface StandaloneConcept extends Provenance {
  id: string;
  kind: string;
  labels: Localized;
  definitions: Localized;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  border: string;
  fontSize: number;
  /** The canvas's weight, which the viewer measures labels in (files from before lack it). */
  fontWeight?: 'normal' | 'bold';
  /** The group (a section's box) the concept is drawn in, if any. */
  group: string | null;
}

/** A section drawn as a labelled box around its concepts; a click shows the section's evidence. */
export interface StandaloneGroup extends Provenance, Omit<SnapshotGroup, 'label'> {
  kind: string;
  labels: Localized;
  definitions: Localized;
}

export interface StandaloneRelation extends Provenance {
  id: string;
  type: string;
  inferred: boolean;
  from: string;
  to: string;
  color: string;
  arrow: boolean;
  rationales: Localized;
}

export interface Legend {
  id: string;
  labels: Localized;
  color: string;
}

export interface RelationTypeLegend extends Legend {
  /** Where the text puts a thing (has section, contains), not what it means. */
  structural: boolean;
}

export interface StandaloneData {
  format: 'keserasian-standalone';
  version: 1;
  title: Localized;
  lang: UiLang;
  theme: { background: string; text: string; muted: string; panel: string; accent: string };
  /** The explorer's link to the same view (shown as text; opening it is the reader's choice). */
  link: string;
  created: string;
  concepts: StandaloneConcept[];
  /** Sections drawn as boxes, outermost first (empty when the view drew them as relations). */
  groups: StandaloneGroup[];
  relations: StandaloneRelation[];
  kinds: Legend[];
  types: RelationTypeLegend[];
  /**
   * The source text with the highlights of what the file draws (text-data.ts); null when the
   * graph has none, missing in files made before the text was carried.
   */
  document?: StandaloneText | null;
  /** The file opens as the explorer's view was: with the text open, and what was selected. */
  textOpen?: boolean;
  selected?: { kind: 'concept' | 'relation'; id: string } | null;
}

/** The evidence of the concepts and relations in view, keyed by id. */
export interface ViewEvidence {
  concepts: Map<string, Provenance & { definitions: Localized }>;
  relations: Map<string, Provenance & { rationales: Localized }>;
}

const NONE: Localized = { id: null, en: null };

/** Just the offsets and line of each span (an API answer may carry its typename). */
const spans = (list: readonly TextSpan[] | undefined): TextSpan[] =>
  (list ?? []).map(({ start, end, line }) => ({ start, end, line }));

const THEMES = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#5f6368',
    panel: '#f6f7f9',
    accent: '#0b57d0',
  },
  dark: {
    background: '#15181d',
    text: '#f1f3f4',
    muted: '#a0a4a8',
    panel: '#1f2329',
    accent: '#8ab4f8',
  },
} as const;

export function standaloneData(
  state: AppState,
  snapshot: ViewSnapshot,
  evidence: ViewEvidence,
  link: string,
  text: TextDocument | null = null,
): StandaloneData {
  const summaries = new Map(state.elements.nodes.map((n) => [n.id, n]));
  const relations = new Map(state.elements.relations.map((r) => [r.id, r]));
  const drawn = drawnParts(snapshot);
  const concepts: StandaloneConcept[] = drawn.nodes.map((n) => {
    const e = evidence.concepts.get(n.id);
    return {
      id: n.id,
      kind: n.kind,
      labels: summaries.get(n.id)?.labels ?? { id: n.label, en: n.label },
      definitions: e?.definitions ?? NONE,
      quote: e?.quote ?? null,
      page: e?.page ?? null,
      source: e?.source ?? null,
      evidence: spans(e?.evidence),
      x: n.x,
      y: n.y,
      w: n.width,
      h: n.height,
      fill: n.fill,
      border: n.border,
      fontSize: n.fontSize,
      fontWeight: n.fontWeight,
      group: n.parent ?? null,
    };
  });
  const groups: StandaloneGroup[] = drawn.groups.map((g) => {
    const e = evidence.concepts.get(g.id);
    const summary = summaries.get(g.id);
    return {
      id: g.id,
      kind: summary?.kind ?? '',
      labels: summary?.labels ?? { id: g.label, en: g.label },
      definitions: e?.definitions ?? NONE,
      quote: e?.quote ?? null,
      page: e?.page ?? null,
      source: e?.source ?? null,
      evidence: spans(e?.evidence),
      x1: g.x1,
      y1: g.y1,
      x2: g.x2,
      y2: g.y2,
      fill: g.fill,
      border: g.border,
      textColor: g.textColor,
      fontSize: g.fontSize,
      ...(g.fontWeight ? { fontWeight: g.fontWeight } : {}),
      ...(g.parent ? { parent: g.parent } : {}),
    };
  });
  const edges: StandaloneRelation[] = drawn.edges.map((edge) => {
    const e = evidence.relations.get(edge.id);
    return {
      id: edge.id,
      type: edge.type,
      inferred: relations.get(edge.id)?.basis === 'INFERRED',
      from: edge.source,
      to: edge.target,
      color: edge.color,
      arrow: edge.arrow,
      rationales: e?.rationales ?? NONE,
      quote: e?.quote ?? null,
      page: e?.page ?? null,
      source: e?.source ?? null,
      evidence: spans(e?.evidence),
    };
  });
  const kinds = new Set([...concepts, ...groups].map((c) => c.kind));
  const drawnIds = new Set([...concepts, ...groups, ...edges].map((x) => x.id));
  const selection = state.view.selection;
  const types = new Set(edges.map((r) => r.type));
  const graph = state.graph;
  return {
    format: 'keserasian-standalone',
    version: 1,
    title: graph?.titles ?? { id: 'Graf pengetahuan', en: 'Knowledge graph' },
    lang: state.view.lang,
    theme: THEMES[state.view.theme],
    link,
    created: new Date().toISOString(),
    concepts,
    groups,
    relations: edges,
    kinds: (graph?.kinds ?? [])
      .filter((k) => kinds.has(k.id))
      .map((k) => ({ id: k.id, labels: k.labels, color: k.color })),
    types: (graph?.relationTypes ?? [])
      .filter((r) => types.has(r.id))
      .map((r) => ({
        id: r.id,
        labels: r.labels,
        color: r.color,
        structural: r.structural,
      })),
    document: text && textInView(text, [...concepts, ...groups], edges),
    textOpen: text !== null && state.view.text !== null,
    selected:
      selection && drawnIds.has(selection.id) ? { kind: selection.type, id: selection.id } : null,
  };
}
