// Options of the Cytoscape layouts, shared by the page and the layout worker (so they must be
// plain: no closures over the page's state).
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from './types.js';

/** Past this many nodes, layouts trade polish for speed. */
export const LARGE_GRAPH = 400;

export function fcoseOptions(count: number, incremental: boolean): LayoutOptions {
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
  } as LayoutOptions;
}

export function concentricOptions(): LayoutOptions {
  const options: LayoutOptions = {
    name: 'concentric',
    animate: false,
    fit: false,
    // Most connected in the middle; rings of similar degree.
    concentric: (node: NodeSingular) => node.degree(false),
    levelWidth: (nodes: { maxDegree(includeLoops: boolean): number }) =>
      Math.max(1, nodes.maxDegree(false) / 5),
    minNodeSpacing: 14,
    avoidOverlap: true,
    startAngle: (3 / 2) * Math.PI,
  };
  return options;
}

export function elkOptions(): LayoutOptions {
  return {
    name: 'elk',
    animate: false,
    fit: false,
    elk: {
      algorithm: 'layered',
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

/** The options for a Cytoscape-run layout (the grouped layout is our own, see grouped.ts). */
export function layoutOptions(
  name: Exclude<LayoutName, 'grouped'>,
  count: number,
  incremental: boolean,
): LayoutOptions {
  if (name === 'concentric') return concentricOptions();
  if (name === 'elk') return elkOptions();
  return fcoseOptions(count, incremental);
}
