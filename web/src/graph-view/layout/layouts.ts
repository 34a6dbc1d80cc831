// Layouts compute positions only; the view then separates overlapping boxes and animates
// there from where the user last saw each node, so a change of layout keeps their bearings.
import type { Core, LayoutOptions, Position } from 'cytoscape';
import { compact, spreadToDensity } from './compact.js';
import { loadExtension } from './extensions.js';
import { cachedLayout, layoutSignature, rememberLayout } from './layout-cache.js';
import {
  cytoscapeLayout,
  isCytoscapeLayout,
  LARGE_GRAPH,
  LAYOUT_OPTIONS,
  type CytoscapeLayoutName,
} from './layout-options.js';
import { layoutInWorker } from './layout-client.js';
import { removeOverlaps, type Box } from './overlap.js';
import type { LayoutName } from './registry.js';
import { seedFrom, withSeededRandom } from './seeded-random.js';

/** Space kept between node boxes (model units, so pixels at zoom 1). */
const GAP = 8;

function boxes(cy: Core): Box[] {
  return cy.nodes().map((n) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    w: Number(n.data('w')),
    h: Number(n.data('h')),
  }));
}

/** Runs a Cytoscape layout without showing it, returning the positions it chose. */
async function runHidden(cy: Core, options: LayoutOptions): Promise<Box[]> {
  const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
  const layout = cy.layout(options);
  const done = layout.promiseOn('layoutstop');
  withSeededRandom(seedFrom(cy.nodes().map((n) => n.id())), () => layout.run());
  await done;
  const after = boxes(cy);
  cy.batch(() => cy.nodes().forEach((n) => void n.position(before.get(n.id()) ?? n.position())));
  return after;
}

async function runMain(cy: Core, name: CytoscapeLayoutName, incremental: boolean): Promise<Box[]> {
  const layout = cytoscapeLayout(name);
  if (layout.extension) await loadExtension(layout.extension);
  return runHidden(cy, layout.options(cy.nodes().length, incremental));
}

export { LARGE_GRAPH };

export interface LayoutRequest {
  name: LayoutName;
  /** Keep current positions as the start (after an expansion): see growsInPlace. */
  incremental: boolean;
  /** Width / height of the screen, so the layout fills it. */
  aspect: number;
}

export async function computeLayout(
  cy: Core,
  request: LayoutRequest,
): Promise<Map<string, Position>> {
  const count = cy.nodes().length;
  let result: Box[];
  if (count === 0) return new Map();
  const signature = request.incremental ? null : layoutSignature(cy, request.name, request.aspect);
  const remembered = signature ? cachedLayout(cy, signature) : null;
  if (remembered) return remembered;
  const { name, incremental } = request;
  if (!isCytoscapeLayout(name)) {
    const items = cy.nodes().map((n) => ({
      id: n.id(),
      group: Number(n.data('kindOrder')),
      w: Number(n.data('w')),
      h: Number(n.data('h')),
    }));
    result = LAYOUT_OPTIONS[name].positions(items, request.aspect);
  } else if (count > LARGE_GRAPH) {
    // Thousands of nodes take seconds to lay out: do it off the main thread.
    result =
      (await layoutInWorker(cy, name, incremental)) ?? (await runMain(cy, name, incremental));
  } else {
    result = await runMain(cy, name, incremental);
  }
  // Cytoscape's layouts (force, concentric, layered) get the screen's shape and as large a text
  // as fits (ELK reserves room for edge bends that straight edges do not need); our own are
  // shaped to it already.
  // Large graphs skip this: their labels are hidden until zoomed in, and separating thousands of
  // boxes would cost seconds; a few rounds still untangle the worst clumps.
  const large = count > LARGE_GRAPH;
  if (!large && isCytoscapeLayout(name)) {
    result = compact(result, request.aspect, GAP);
    // Separating wide boxes pushes them apart vertically; a second pass restores the shape.
    removeOverlaps(result, GAP);
    result = compact(result, request.aspect, GAP);
  }
  if (large) spreadToDensity(result, 0.2);
  else removeOverlaps(result, GAP);
  // Rounded as they are remembered, so a remembered layout is exactly the computed one.
  const round = (v: number) => Math.round(v * 100) / 100;
  const positions = new Map(result.map((b) => [b.id, { x: round(b.x), y: round(b.y) }]));
  if (signature) rememberLayout(cy, signature, positions);
  return positions;
}
