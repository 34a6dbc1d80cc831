// Fitting the view to the nodes, computed from our own boxes: Cytoscape's fit measures every
// label's bounding box, which takes seconds for thousands of nodes. Groups (boxes around their
// members, few) are measured by Cytoscape, so their padding and label tab are in the frame too.
import type { Core, NodeSingular } from 'cytoscape';
import { GROUP_TAB_PADDING, type Rect } from './groups.js';
import type { Viewport } from './types.js';

/**
 * What a group (a box around its members) covers: its box, and the tab with its title on the top
 * edge, from the measured label (Cytoscape measures a label only once it has drawn it, so its
 * own bounding box can leave the tab out right after a layout).
 */
export function groupExtent(node: NodeSingular): Rect {
  const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
  const half = (Number(node.data('w')) + 2 * GROUP_TAB_PADDING) / 2;
  const mid = (box.x1 + box.x2) / 2;
  return {
    x1: Math.min(box.x1, mid - half),
    x2: Math.max(box.x2, mid + half),
    y1: box.y1 - Number(node.data('h')),
    y2: box.y2,
  };
}

export function fitViewport(
  cy: Core,
  width: number,
  height: number,
  padding: number,
  maxZoom: number,
): Viewport | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  cy.nodes().forEach((n) => {
    if (n.hasClass('filtered')) return;
    if (n.isParent()) {
      const box = groupExtent(n);
      minX = Math.min(minX, box.x1);
      maxX = Math.max(maxX, box.x2);
      minY = Math.min(minY, box.y1);
      maxY = Math.max(maxY, box.y2);
      return;
    }
    const { x, y } = n.position();
    const w = Number(n.data('w')) / 2;
    const h = Number(n.data('h')) / 2;
    minX = Math.min(minX, x - w);
    maxX = Math.max(maxX, x + w);
    minY = Math.min(minY, y - h);
    maxY = Math.max(maxY, y + h);
  });
  if (!Number.isFinite(minX) || width <= 2 * padding || height <= 2 * padding) return null;
  const fitted = Math.min(
    (width - 2 * padding) / Math.max(1, maxX - minX),
    (height - 2 * padding) / Math.max(1, maxY - minY),
  );
  const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, cy.maxZoom(), fitted));
  return {
    zoom,
    pan: { x: (width - zoom * (minX + maxX)) / 2, y: (height - zoom * (minY + maxY)) / 2 },
  };
}
