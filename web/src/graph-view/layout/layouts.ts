// Layouts compute positions only; the view then separates overlapping boxes and animates
// there from where the user last saw each node, so a change of layout keeps their bearings.
import type { Core, LayoutOptions, NodeCollection, Position } from 'cytoscape';
import { spreadToDensity } from './compact.js';
import { loadExtension } from './extensions.js';
import type { GroupedItem, LayoutGroup } from './grouped.js';
import { cachedLayout, layoutSignature, rememberLayout } from './layout-cache.js';
import {
  cytoscapeLayout,
  isCytoscapeLayout,
  LARGE_GRAPH,
  LAYOUT_OPTIONS,
  type CytoscapeLayoutName,
} from './layout-options.js';
import { layoutInWorker } from './layout-client.js';
import { arrangeNested } from './nested.js';
import type { Box } from './overlap.js';
import { presetPositions, type PresetLayout } from './preset.js';
import type { LayoutName } from './registry.js';
import { seedFrom, withSeededRandom } from './seeded-random.js';

/** Space kept between node boxes (model units, so pixels at zoom 1). */
const GAP = 8;
/**
 * A few concepts (a focused neighbourhood) are framed at the capped zoom whatever their spacing,
 * so packing them buys no larger text and would hide the relations between touching boxes: they
 * keep room for a visible edge with its arrowhead and label, tapering to GAP as the picture
 * fills up (from about two dozen concepts on).
 */
const EDGE_ROOM = 48;
export const gapFor = (concepts: number): number =>
  Math.max(GAP, Math.min(EDGE_ROOM, 56 - 2 * concepts));

/** The nodes a layout places: every node but the boxes, which wrap whatever they hold. */
export const placedNodes = (cy: Core): NodeCollection =>
  cy
    .nodes()
    .filter((n) => !n.isParent())
    .nodes();

function boxes(cy: Core): Box[] {
  return placedNodes(cy).map((n) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    w: Number(n.data('w')),
    h: Number(n.data('h')),
  }));
}

/** The boxes on the canvas (sections drawn as groups), with their labels' sizes. */
function groupsOf(cy: Core): LayoutGroup[] {
  const order = new Map(cy.nodes().map((n, i) => [n.id(), i] as const));
  return cy
    .nodes()
    .filter((n) => n.isParent())
    .nodes()
    .map((g) => ({
      id: g.id(),
      parent: g.isChild() ? g.parent().first().id() : null,
      label: { w: Number(g.data('w')), h: Number(g.data('h')) },
      kind: Number(g.data('kindOrder')),
      order: order.get(g.id()) ?? 0,
    }));
}

function parentsOf(cy: Core): Map<string, string> {
  const parents = new Map<string, string>();
  cy.nodes().forEach((n) => {
    if (n.isChild()) parents.set(n.id(), n.parent().first().id());
  });
  return parents;
}

/** Relations of meaning at a node: the document's structure does not make a concept central. */
export function meaningDegree(node: NodeCollection): number {
  return node.connectedEdges().filter((e) => !e.data('structural')).length;
}

/** Runs a Cytoscape layout without showing it, returning the positions it chose. */
async function runHidden(cy: Core, options: LayoutOptions): Promise<Box[]> {
  const placed = placedNodes(cy);
  const before = new Map(placed.map((n) => [n.id(), { ...n.position() }] as const));
  const layout = cy.layout(options);
  const done = layout.promiseOn('layoutstop');
  withSeededRandom(seedFrom(cy.nodes().map((n) => n.id())), () => layout.run());
  await done;
  const after = boxes(cy);
  cy.batch(() => placed.forEach((n) => void n.position(before.get(n.id()) ?? n.position())));
  return after;
}

async function runMain(cy: Core, name: CytoscapeLayoutName, incremental: boolean): Promise<Box[]> {
  const layout = cytoscapeLayout(name);
  if (layout.extension) await loadExtension(layout.extension);
  return runHidden(cy, layout.options(cy.nodes().length, incremental));
}

export { LARGE_GRAPH };

/**
 * Where the nodes go when only their sizes changed (a language switch): apart where they now
 * touch, and boxes clear of each other, without laying out again.
 */
export function separated(cy: Core): Map<string, Position> {
  return separate(cy)(boxes(cy));
}

/** Pulls apart the given boxes (this canvas's nodes, placed elsewhere) where they touch. */
const separate =
  (cy: Core) =>
  (placed: Box[]): Map<string, Position> => {
    const result = arrangeNested(placed, parentsOf(cy), groupsOf(cy), {
      aspect: 1,
      gap: GAP,
      inside: 'separate',
      compact: false,
    });
    return new Map(result.map((b) => [b.id, { x: b.x, y: b.y }]));
  };

export interface LayoutRequest {
  name: LayoutName;
  /** Keep current positions as the start (after an expansion): see growsInPlace. */
  incremental: boolean;
  /** Width / height of the screen, so the layout fills it. */
  aspect: number;
  /** Positions the server computed for this view (see preset.ts): used when they fit. */
  preset?: PresetLayout | null;
}

/** Where a layout's positions came from (the graph's `data-layout-source`, for tests). */
export type LayoutSource = 'server' | 'cache' | 'computed';

export interface LayoutOutcome {
  positions: Map<string, Position>;
  source: LayoutSource;
}

export async function computeLayout(cy: Core, request: LayoutRequest): Promise<LayoutOutcome> {
  if (placedNodes(cy).empty()) return { positions: new Map(), source: 'computed' };
  const parents = parentsOf(cy);
  const here = boxes(cy).map((b) => ({ ...b, parent: parents.get(b.id) ?? null }));
  const served = request.incremental ? null : presetPositions(here, request, separate(cy));
  if (served) return { positions: served, source: 'server' };
  const signature = request.incremental ? null : layoutSignature(cy, request.name, request.aspect);
  const remembered = signature ? cachedLayout(cy, signature) : null;
  if (remembered) return { positions: remembered, source: 'cache' };
  return { positions: await layoutAfresh(cy, request, signature), source: 'computed' };
}

/** Runs the layout itself (Cytoscape's, in a worker for large graphs, or one of ours). */
async function layoutAfresh(
  cy: Core,
  request: LayoutRequest,
  signature: string | null,
): Promise<Map<string, Position>> {
  const positions = fitToScreen(cy, await placeBoxes(cy, request), request);
  if (signature) rememberLayout(cy, signature, positions);
  return positions;
}

/** The layout's own positions, before they are fitted to the screen (see fitToScreen). */
export async function placeBoxes(cy: Core, request: LayoutRequest): Promise<Box[]> {
  const { name, incremental } = request;
  if (!isCytoscapeLayout(name)) {
    const order = new Map(cy.nodes().map((n, i) => [n.id(), i] as const));
    const items: GroupedItem[] = placedNodes(cy).map((n) => ({
      id: n.id(),
      group: Number(n.data('kindOrder')),
      w: Number(n.data('w')),
      h: Number(n.data('h')),
      parent: n.isChild() ? n.parent().first().id() : null,
      degree: meaningDegree(n),
      order: order.get(n.id()) ?? 0,
    }));
    return LAYOUT_OPTIONS[name].positions(items, request.aspect, groupsOf(cy));
  }
  if (cy.nodes().length > LARGE_GRAPH) {
    // Thousands of nodes take seconds to lay out: do it off the main thread.
    return (await layoutInWorker(cy, name, incremental)) ?? (await runMain(cy, name, incremental));
  }
  return runMain(cy, name, incremental);
}

/**
 * A layout's positions (placeBoxes) fitted to the screen's shape, rounded. Cheap next to the
 * layout itself, so the server lays a view out once and fits it to each shape asked for.
 */
export function fitToScreen(
  cy: Core,
  placed: readonly Box[],
  request: Pick<LayoutRequest, 'name' | 'aspect'>,
): Map<string, Position> {
  const result = placed.map((b) => ({ ...b }));
  const { name } = request;
  // Cytoscape's layouts (force, layered) get the screen's shape and as large a text as fits
  // (ELK reserves room for edge bends that straight edges do not need), each box moving as one
  // piece with its members drawn together inside it; our own layouts are shaped to it already.
  // Large graphs skip this: their labels are hidden until zoomed in, and separating thousands of
  // boxes would cost seconds.
  const large = cy.nodes().length > LARGE_GRAPH;
  if (large) spreadToDensity(result, 0.2);
  else if (isCytoscapeLayout(name)) {
    const { pieces } = cytoscapeLayout(name);
    const options = {
      aspect: request.aspect,
      gap: gapFor(placedNodes(cy).length),
      inside: 'rows',
      compact: true,
      pieces,
    } as const;
    arrangeNested(result, parentsOf(cy), groupsOf(cy), options);
  }
  // Rounded as they are remembered, so a remembered layout is exactly the computed one.
  const round = (v: number) => Math.round(v * 100) / 100;
  return new Map(result.map((b) => [b.id, { x: round(b.x), y: round(b.y) }]));
}
