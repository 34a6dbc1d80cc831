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
