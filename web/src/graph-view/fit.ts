// Fitting the view to the nodes, computed from our own boxes: Cytoscape's fit measures every
// label's bounding box, which takes seconds for thousands of nodes.
import type { Core } from 'cytoscape';
import type { Viewport } from './types.js';

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
