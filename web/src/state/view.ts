// The view: everything a user sees that a link should restore. Plain data, no behaviour.
// The layouts' names come from their registry, which is plain data too (no cytoscape).
import type { LayoutName } from '../graph-view/layout/registry.js';

export type UiLang = 'id' | 'en';
export type Theme = 'light' | 'dark';
export type RendererName = 'canvas' | 'webgl';
/**
 * How the document's sections are drawn: as boxes around the concepts they contain (groups), or
 * as a node with a "contains" relation to each (edges).
 */
export type SectionsMode = 'groups' | 'edges';

export type Selection = { type: 'concept' | 'relation'; id: string } | null;

/** The source text beside the canvas: where the reader is in it (null in `ViewState`: closed). */
export interface TextViewState {
  /**
   * Offset (into the document's text) of the sentence at the top of the text panel, so a link
   * reopens the text where it was read; null: at the selection's quote, else at the start.
   */
  at: number | null;
  /** Which of the selection's places in the text (its quote first) is marked as current. */
  place: number;
  /** Only the sentences that evidence nothing (what the map leaves out). */
  uncoveredOnly: boolean;
}

/** A concept whose neighbourhood was added to the view. `types` empty means every type. */
export interface Expansion {
  id: string;
  depth: number;
  types: string[];
}

export interface ViewState {
  /** The graph shown; null until the list of graphs picks one. */
  graph: string | null;
  lang: UiLang;
  theme: Theme;
  layout: LayoutName;
  renderer: RendererName;
  sections: SectionsMode;
  /** When set, the view is this concept's neighbourhood instead of the whole graph. */
  focus: string | null;
  focusDepth: number;
  expanded: Expansion[];
  hidden: string[];
  hiddenKinds: string[];
  hiddenTypes: string[];
  showStated: boolean;
  showInferred: boolean;
  selection: Selection;
  path: { from: string; to: string } | null;
  /** Paths may also run through the document's structure (a section containing a concept). */
  pathStructure: boolean;
  /** Null means "fit the graph": the default, and what a new layout does. */
  zoom: number | null;
  pan: { x: number; y: number } | null;
  listView: boolean;
  /** The Text view: the graph's source text beside the canvas; null while it is closed. */
  text: TextViewState | null;
  /** Text size (a projector's `?scale=1.5`): UI text and graph labels, 1 to 2.5 (state/url.ts). */
  scale: number;
}

export const DEFAULT_VIEW: ViewState = {
  graph: null,
  lang: 'id',
  theme: 'light',
  layout: 'fcose',
  renderer: 'canvas',
  sections: 'groups',
  focus: null,
  focusDepth: 1,
  expanded: [],
  hidden: [],
  hiddenKinds: [],
  hiddenTypes: [],
  showStated: true,
  showInferred: true,
  selection: null,
  path: null,
  pathStructure: false,
  zoom: null,
  pan: null,
  listView: false,
  text: null,
  scale: 1,
};

/** The steps undo and redo walk through: what is in the view and what is filtered out. */
export type StructuralView = Pick<
  ViewState,
  | 'focus'
  | 'focusDepth'
  | 'expanded'
  | 'hidden'
  | 'hiddenKinds'
  | 'hiddenTypes'
  | 'showStated'
  | 'showInferred'
>;

export function structuralPart(view: ViewState): StructuralView {
  const { focus, focusDepth, expanded, hidden, hiddenKinds, hiddenTypes } = view;
  return {
    focus,
    focusDepth,
    expanded,
    hidden,
    hiddenKinds,
    hiddenTypes,
    showStated: view.showStated,
    showInferred: view.showInferred,
  };
}
