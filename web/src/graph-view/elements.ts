// From the view's inputs to Cytoscape element data: measured label boxes and theme fills.
import type { ElementDefinition } from 'cytoscape';
import { mix } from './colors.js';
import { measureLabel, RANK_FONTS } from './measure.js';
import type { GraphPalette } from './theme.js';
import type { EdgeInput, NodeInput } from './types.js';

export function nodeData(node: NodeInput, palette: GraphPalette) {
  const font = RANK_FONTS[node.rank];
  const label = measureLabel(node.label, font);
  return {
    id: node.id,
    kind: node.kind,
    kindOrder: node.kindOrder,
    rawLabel: node.label,
    label: label.text,
    w: label.w,
    h: label.h,
    textMax: label.textWidth + 4,
    fontSize: font.size,
    fontWeight: font.weight,
    color: node.color,
    fill: mix(node.color, palette.background, palette.fillStrength),
  };
}

export function edgeData(edge: EdgeInput) {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: edge.label,
    color: edge.color,
    inferred: edge.inferred,
  };
}

/** Edges whose two ends are among `nodeIds` (an edge to nowhere would make Cytoscape throw). */
export function edgeElements(
  edges: readonly EdgeInput[],
  nodeIds: ReadonlySet<string>,
): ElementDefinition[] {
  return edges
    .filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
    .map((e) => ({ group: 'edges', data: edgeData(e), classes: e.inferred ? ['inferred'] : [] }));
}

export function toElements(
  nodes: readonly NodeInput[],
  edges: readonly EdgeInput[],
  palette: GraphPalette,
): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  return [
    ...nodes.map((n) => ({ group: 'nodes' as const, data: nodeData(n, palette) })),
    ...edgeElements(edges, ids),
  ];
}
