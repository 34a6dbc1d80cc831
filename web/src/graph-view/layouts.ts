// Layouts compute positions only; the view then separates overlapping boxes and animates
// there from where the user last saw each node, so a change of layout keeps their bearings.
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import { ensureElk } from './extensions.js';
import { compact, spreadToDensity } from './compact.js';
import { groupedPositions } from './grouped.js';
import { removeOverlaps, type Box } from './overlap.js';
import { seedFrom, withSeededRandom } from './seeded-random.js';
import type { LayoutName } from './types.js';

/** Space kept between node boxes (model units, so pixels at zoom 1). */
const GAP = 8;

/** Past this many nodes, layouts trade polish for speed. */
export const LARGE_GRAPH = 400;

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
  } as LayoutOptions;
}

function concentricOptions(): LayoutOptions {
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

function elkOptions(): LayoutOptions {
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

export interface LayoutRequest {
  name: LayoutName;
  /** Keep current positions as the start (after an expansion); only fcose uses it. */
  incremental: boolean;
  /** Width / height of the screen, so grouped blocks fill it. */
  aspect: number;
}

export async function computeLayout(
  cy: Core,
  request: LayoutRequest,
): Promise<Map<string, Position>> {
  const count = cy.nodes().length;
  let result: Box[];
  if (count === 0) return new Map();
  if (request.name === 'grouped') {
    const items = cy.nodes().map((n) => ({
      id: n.id(),
      group: Number(n.data('kindOrder')),
      w: Number(n.data('w')),
      h: Number(n.data('h')),
    }));
    result = groupedPositions(items, request.aspect);
  } else if (request.name === 'concentric') {
    result = await runHidden(cy, concentricOptions());
  } else if (request.name === 'elk') {
    await ensureElk();
    result = await runHidden(cy, elkOptions());
  } else {
    result = await runHidden(cy, fcoseOptions(count, request.incremental));
  }
  // Force, concentric and layered layouts get the screen's shape and as large a text as fits
  // (ELK reserves room for edge bends that straight edges do not need).
  // Large graphs skip this: their labels are hidden until zoomed in, and separating thousands of
  // boxes would cost seconds; a few rounds still untangle the worst clumps.
  const large = count > LARGE_GRAPH;
  if (!large && request.name !== 'grouped') {
    result = compact(result, request.aspect, GAP);
    // Separating wide boxes pushes them apart vertically; a second pass restores the shape.
    removeOverlaps(result, GAP);
    result = compact(result, request.aspect, GAP);
  }
  if (large) spreadToDensity(result, 0.2);
  else removeOverlaps(result, GAP);
  return new Map(result.map((b) => [b.id, { x: b.x, y: b.y }]));
}
