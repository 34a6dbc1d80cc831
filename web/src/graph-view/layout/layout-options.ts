// How each layout of the registry (./registry.ts) runs: Cytoscape's options for the layouts it
// runs, or our own function. Shared by the page and the layout worker, so everything here must
// be plain: no closures over the page's state.
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LazyExtension } from './extensions.js';
import { groupedPositions, type GroupedItem, type LayoutGroup } from './grouped.js';
import type { Box } from './overlap.js';
import type { LayoutName } from './registry.js';
import { concentricPositions } from './rings.js';

/** Past this many nodes, layouts trade polish for speed. */
export const LARGE_GRAPH = 400;

/** A layout Cytoscape runs: in the page, or in the layout worker for large graphs. */
interface CytoscapeLayout {
  kind: 'cytoscape';
  options(count: number, incremental: boolean): LayoutOptions;
  /** It can start from the current positions, so an expansion grows in place. */
  incremental: boolean;
  /** Loaded before the first run (see extensions.ts). */
  extension?: LazyExtension;
  /** How boxes (groups) close up afterwards: see NestOptions.pieces in nested.ts. */
  pieces: 'spiral' | 'rows';
}

/**
 * A layout of our own, from the nodes' boxes, kinds and relations of meaning: shaped to the
 * screen and overlap-free by itself, so it skips the compacting that Cytoscape's layouts get.
 */
interface BoxLayout {
  kind: 'boxes';
  /** Positions of the items (nodes that are not boxes); `groups` are the boxes they sit in. */
  positions(items: readonly GroupedItem[], aspect: number, groups?: readonly LayoutGroup[]): Box[];
}

function fcoseOptions(count: number, incremental: boolean): LayoutOptions {
  const large = count > LARGE_GRAPH;
  return {
    name: 'fcose',
    // Large graphs get the spectral draft only: its force refinement is quadratic and would
    // freeze the page for seconds. Incremental runs must be 'proof' (fcose's rule without
    // randomize), so large graphs are never laid out incrementally.
    quality: large ? 'draft' : 'proof',
    randomize: large || !incremental,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => (large ? 50 : 60),
    edgeElasticity: () => 0.4,
    gravity: 0.3,
    gravityRange: 3.0,
    nodeSeparation: 90,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 20,
    tilingPaddingHorizontal: 20,
    // Boxes (sections drawn as groups): members stay together, boxes keep apart.
    nestingFactor: 0.1,
    gravityCompound: 1.0,
    gravityRangeCompound: 1.5,
  } as LayoutOptions;
}

function elkOptions(): LayoutOptions {
  return {
    name: 'elk',
    animate: false,
    fit: false,
    // The graph's topic (the first declared kind) heads the hierarchy, whatever points at it.
    nodeLayoutOptions: (node: NodeSingular) =>
      node.data('kindOrder') === 0 ? { 'elk.layered.layering.layerConstraint': 'FIRST' } : {},
    elk: {
      algorithm: 'layered',
      // Boxes are laid out with their members, and relations may cross from box to box.
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': 12,
      'elk.spacing.edgeNode': 6,
      'elk.spacing.edgeEdge': 4,
      'elk.layered.spacing.edgeNodeBetweenLayers': 6,
      'elk.layered.spacing.edgeEdgeBetweenLayers': 4,
      'elk.layered.spacing.nodeNodeBetweenLayers': 50,
      'elk.spacing.componentComponent': 40,
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
  } as LayoutOptions;
}

export const LAYOUT_OPTIONS = {
  fcose: {
    kind: 'cytoscape',
    options: fcoseOptions,
    incremental: true,
    extension: 'fcose',
    pieces: 'spiral',
  },
  grouped: { kind: 'boxes', positions: groupedPositions },
  concentric: { kind: 'boxes', positions: concentricPositions },
  elk: {
    kind: 'cytoscape',
    options: elkOptions,
    incremental: false,
    extension: 'elk',
    pieces: 'rows',
  },
} satisfies Record<LayoutName, CytoscapeLayout | BoxLayout>;

/** The layouts Cytoscape runs (the only ones the worker is given). */
export type CytoscapeLayoutName = {
  [N in LayoutName]: (typeof LAYOUT_OPTIONS)[N] extends CytoscapeLayout ? N : never;
}[LayoutName];

export function isCytoscapeLayout(name: LayoutName): name is CytoscapeLayoutName {
  return LAYOUT_OPTIONS[name].kind === 'cytoscape';
}

export function cytoscapeLayout(name: CytoscapeLayoutName): CytoscapeLayout {
  return LAYOUT_OPTIONS[name];
}

/** Whether a layout can grow an expanded view in place instead of laying it out afresh. */
export function growsInPlace(name: LayoutName): boolean {
  return isCytoscapeLayout(name) && cytoscapeLayout(name).incremental;
}
