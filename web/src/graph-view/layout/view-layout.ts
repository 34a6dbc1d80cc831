// A whole view laid out without a screen, as the browser's graph view would lay it out: the same
// elements (measured label boxes, sections as boxes), stylesheet and layout pipeline, on a
// headless Cytoscape. The server runs it once per graph version and sends the result with the
// first view's data (layout/preset.ts is the browser's side).
import cytoscape from 'cytoscape';
import { toElements } from '../elements.js';
import { graphStyle } from '../style.js';
import { PALETTES } from '../theme.js';
import type { EdgeInput, NodeInput } from '../types.js';
import { LARGE_GRAPH, type CytoscapeLayoutName } from './layout-options.js';
import { fitToScreen, placeBoxes, placedNodes } from './layouts.js';
import type { PresetLayout } from './preset.js';

/** A view laid out once, fitted to any screen's shape on demand (cheap next to the layout). */
export interface LaidOutView {
  /** How many nodes it placed (the boxes' members and the loose nodes). */
  count: number;
  fit(aspect: number): PresetLayout;
}

/**
 * Lays out a whole view as the browser's graph view would (the same elements, measured boxes,
 * stylesheet and layout pipeline, on a headless canvas).
 */
export async function layoutView(
  nodes: readonly NodeInput[],
  edges: readonly EdgeInput[],
  name: CytoscapeLayoutName,
): Promise<LaidOutView> {
  const palette = PALETTES.light;
  // Kept for fit(): it knows the boxes and which node sits in which. A headless canvas holds
  // no timers or listeners, so dropping the result frees it.
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle({ palette, large: nodes.length > LARGE_GRAPH }),
    elements: toElements(nodes, edges, palette),
  });
  // The shape only matters to our own layouts, which are not laid out here.
  const placed = await placeBoxes(cy, { name, incremental: false, aspect: 1 });
  const members = placedNodes(cy);
  return {
    count: members.length,
    fit(aspect) {
      const positions = fitToScreen(cy, placed, { name, aspect });
      const at = members.map((n) => {
        const p = positions.get(n.id()) ?? n.position();
        return {
          id: n.id(),
          x: p.x,
          y: p.y,
          width: Number(n.data('w')),
          height: Number(n.data('h')),
          parent: n.isChild() ? n.parent().first().id() : null,
        };
      });
      return { name, aspect, nodes: at };
    },
  };
}
