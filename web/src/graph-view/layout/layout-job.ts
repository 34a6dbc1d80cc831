// The messages between the page and the layout worker.
import type { CytoscapeLayoutName } from './layout-options.js';

export interface LayoutJob {
  id: number;
  name: CytoscapeLayoutName;
  incremental: boolean;
  seed: number;
  nodes: { id: string; w: number; h: number; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
}

export type LayoutResult =
  { id: number; positions: { id: string; x: number; y: number }[] } | { id: number; error: string };
