// What the graph view draws, in its own terms: it knows nothing of the API or of languages, so
// the explorer, the embed view and the exports can all feed it.

export type ThemeName = 'light' | 'dark';

export interface NodeInput {
  id: string;
  label: string;
  kind: string;
  /** CSS hex colour of the kind. */
  color: string;
  /** 0 for the most prominent kind (the topic), 1 for the next, 2 for all others. */
  rank: 0 | 1 | 2;
  /** Position of the kind in the graph's declaration order (grouped layout, concentric). */
  kindOrder: number;
  /**
   * The group this node is drawn in: another node's id, which becomes a labelled box around its
   * members (a Cytoscape compound parent). Left out, the node stands on its own.
   */
  parent?: string;
}

export interface EdgeInput {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  color: string;
  inferred: boolean;
  /**
   * Document structure (where the text puts a thing) rather than meaning: left out of the degree
   * that "most connected" ranks by.
   */
  structural?: boolean;
}

export interface Filters {
  hiddenKinds: readonly string[];
  hiddenTypes: readonly string[];
  showStated: boolean;
  showInferred: boolean;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export type GraphSelection = { type: 'concept' | 'relation'; id: string } | null;

export interface CursorInfo {
  /** The selected concept the cursor walks around. */
  centerId: string;
  neighbourId: string;
  /** The relation drawn between them; empty when one is the box the other sits in. */
  edgeId: string;
  index: number;
  count: number;
}

export interface GraphViewEvents {
  /** The user clicked (or chose by keyboard) a concept or relation, or cleared with Escape. */
  select?: (selection: GraphSelection) => void;
  /** The user panned or zoomed (not fired for the view's own fits and animations). */
  viewport?: (viewport: Viewport) => void;
  /** The keyboard cursor moved to a neighbour of the selected concept. */
  cursor?: (cursor: CursorInfo) => void;
}
