// From the view's inputs to Cytoscape element data: measured label boxes and theme fills.
import type { ElementDefinition } from 'cytoscape';
import { mix } from './colors.js';
import { GROUP_LABEL_WIDTH, minInnerWidth } from './groups.js';
import { MAX_TEXT_WIDTH, measureLabel, RANK_FONTS } from './measure.js';
import { labelScale, scaledFont } from './style.js';
import type { GraphPalette } from './theme.js';
import type { EdgeInput, NodeInput } from './types.js';

/** A box is tinted more lightly than a concept: it sits behind its members' own fills. */
const GROUP_TINT = 0.45;

/**
 * A node's data. `group` marks a node drawn as a box around its members: its label (the box's
 * title) wraps wider, and the box keeps at least the label's width.
 */
export function nodeData(node: NodeInput, palette: GraphPalette, group = false) {
  // A projector's text size (style.ts) scales the font and the wrap width alike: same shapes.
  const font = scaledFont(RANK_FONTS[node.rank]);
  const wrap = (group ? GROUP_LABEL_WIDTH : MAX_TEXT_WIDTH) * labelScale();
  const label = measureLabel(node.label, font, undefined, wrap);
  return {
    id: node.id,
    kind: node.kind,
    kindOrder: node.kindOrder,
    rawLabel: node.label,
    label: label.text,
    w: label.w,
    h: label.h,
    minW: minInnerWidth(label),
    textMax: label.textWidth + 4,
    fontSize: font.size,
    fontWeight: font.weight,
    color: node.color,
    fill: mix(node.color, palette.background, palette.fillStrength),
    groupFill: mix(node.color, palette.background, palette.fillStrength * GROUP_TINT),
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
    structural: edge.structural === true,
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

/**
 * Which node sits in which box: a parent that is itself on the canvas, and no chain of parents
 * that comes back to where it started (Cytoscape would loop forever on one).
 */
export function parentsOf(nodes: readonly NodeInput[]): Map<string, string> {
  const ids = new Set(nodes.map((n) => n.id));
  const declared = new Map<string, string>();
  for (const n of nodes)
    if (n.parent && n.parent !== n.id && ids.has(n.parent)) declared.set(n.id, n.parent);
  const parents = new Map<string, string>();
  for (const [id, parent] of declared) {
    const seen = new Set([id]);
    let current: string | undefined = parent;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      current = declared.get(current);
    }
    if (current === undefined) parents.set(id, parent);
  }
  return parents;
}

/** Nodes with their parents before them, as Cytoscape wants them added. */
export function parentsFirst<T extends { id: string }>(
  nodes: readonly T[],
  parents: ReadonlyMap<string, string>,
): T[] {
  const depth = (id: string) => {
    let d = 0;
    for (let p = parents.get(id); p !== undefined; p = parents.get(p)) d++;
    return d;
  };
  return nodes
    .map((n, i) => ({ n, i, d: depth(n.id) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ n }) => n);
}

export function toElements(
  nodes: readonly NodeInput[],
  edges: readonly EdgeInput[],
  palette: GraphPalette,
): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  const parents = parentsOf(nodes);
  const groups = new Set(parents.values());
  return [
    ...parentsFirst(nodes, parents).map((n) => ({
      group: 'nodes' as const,
      data: { ...nodeData(n, palette, groups.has(n.id)), parent: parents.get(n.id) },
    })),
    ...edgeElements(edges, ids),
  ];
}
