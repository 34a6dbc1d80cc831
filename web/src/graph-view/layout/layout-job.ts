// The messages between the page and the layout worker.
import type { CytoscapeLayoutName } from './layout-options.js';

export interface LayoutJob {
  id: number;
  name: CytoscapeLayoutName;
  incremental: boolean;
  seed: number;
  /**
   * Boxes (groups) come before the nodes they hold, which name them as `parent`; `kindOrder`
   * puts the topic first in the layered layout.
   */
  nodes: {
    id: string;
    w: number;
    h: number;
    x: number;
    y: number;
    kindOrder: number;
    parent?: string;
  }[];
  edges: { id: string; source: string; target: string }[];
}

export type LayoutResult =
  { id: number; positions: { id: string; x: number; y: number }[] } | { id: number; error: string };
