// Everything the panels and the graph view render from: the view plus what was loaded for it.
import type {
  ConceptDetail,
  ConceptSummary,
  GraphInfo,
  PathResult,
  RelationDetail,
  RelationSummary,
  SearchHit,
} from '../api/model.js';
import type { StringKey } from '../i18n/strings.js';
import type { TextDocument, TextSpan } from '../text-view/document.js';
import { DEFAULT_VIEW, type ViewState } from './view.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The concepts and relations on the canvas (before kind/type/basis filters, which only hide). */
export interface ViewElements {
  nodes: ConceptSummary[];
  relations: RelationSummary[];
  /** Some concepts the view asked for were left out (a limit was reached). */
  truncated: boolean;
}

export interface Notice {
  id: string;
  level: 'error' | 'info';
  message: StringKey;
  vars?: Record<string, string | number>;
  /** The button the notice offers (retry, show the whole graph...). */
  action?: { label: StringKey; run: () => void };
}

export interface SearchState {
  text: string;
  status: LoadStatus;
  hits: SearchHit[];
}

/** The Text view's data: the graph's document and where it says the selection. */
export interface TextState {
  status: LoadStatus;
  /** The graph the document belongs to. */
  graph: string | null;
  /** Null when loaded and the graph has none. */
  document: TextDocument | null;
  /** Where the text says the selection (its evidence), for the selection it was asked for. */
  places: { id: string; type: 'concept' | 'relation'; spans: TextSpan[] } | null;
  /** The passage under the pointer or keyboard focus: what it evidences lights up on the canvas. */
  hover: number | null;
  /**
   * The passage the reader clicked: its first concept is selected and everything else it
   * evidences stays lit on the canvas, until the selection moves elsewhere.
   */
  active: number | null;
  /** Counts requests to bring the selection's place into view (the details panel's link). */
  reveal: number;
}

export const EMPTY_TEXT: TextState = {
  status: 'idle',
  graph: null,
  document: null,
  places: null,
  hover: null,
  active: null,
  reveal: 0,
};

export interface AppState {
  view: ViewState;
  graphs: GraphInfo[];
  graph: GraphInfo | null;
  status: LoadStatus;
  elements: ViewElements;
  detail: {
    status: LoadStatus;
    concept: ConceptDetail | null;
    relation: RelationDetail | null;
  };
  paths: { status: LoadStatus; results: PathResult[] };
  /** The path's ends while the user picks them (a path is traced once both are set). */
  pathDraft: { from: ConceptSummary | null; to: ConceptSummary | null };
  /** The path tracer was opened from the toolbar before any end was picked. */
  pathOpen: boolean;
  /** Asks the graph view to bring a concept into the middle (the nonce repeats a request). */
  centerRequest: { id: string; nonce: number } | null;
  /** One autocomplete per field: the main search box and the path's two ends. */
  searches: Record<string, SearchState>;
  notices: Notice[];
  canUndo: boolean;
  canRedo: boolean;
  /** Polite screen reader announcement of the last change. */
  announcement: string;
  text: TextState;
}

export const EMPTY_ELEMENTS: ViewElements = { nodes: [], relations: [], truncated: false };

export function initialAppState(view: ViewState = DEFAULT_VIEW): AppState {
  return {
    view,
    graphs: [],
    graph: null,
    status: 'idle',
    elements: EMPTY_ELEMENTS,
    detail: { status: 'idle', concept: null, relation: null },
    paths: { status: 'idle', results: [] },
    pathDraft: { from: null, to: null },
    pathOpen: false,
    centerRequest: null,
    searches: {},
    notices: [],
    canUndo: false,
    canRedo: false,
    announcement: '',
    text: EMPTY_TEXT,
  };
}
