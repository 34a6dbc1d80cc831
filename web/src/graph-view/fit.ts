// What a fit frames, computed from our own boxes: Cytoscape's fit measures every label's bounding
// box, which takes seconds for thousands of nodes. Groups (boxes around their members, few) are
// measured by Cytoscape, so their padding and label tab are in the frame too. Where the extent
// goes on the canvas is framing.ts's rule.
import type { Core, NodeSingular } from 'cytoscape';
import { GROUP_TAB_PADDING, type Rect } from './groups.js';

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

/** A concept's box: its shape with the label inside (the sizes the stylesheet draws). */
function nodeExtent(node: NodeSingular): Rect {
  const { x, y } = node.position();
  const w = Number(node.data('w')) / 2;
  const h = Number(node.data('h')) / 2;
  return { x1: x - w, x2: x + w, y1: y - h, y2: y + h };
}

/**
 * The model-space extent of the view's subject: the concepts (and boxes) named by `subject`
 * that are drawn and not filtered out, else everything drawn. Null when nothing is.
 */
export function subjectExtent(cy: Core, subject: ReadonlySet<string> | null): Rect | null {
  const all = cy.nodes().filter((n) => !n.hasClass('filtered'));
  const named = subject ? all.filter((n) => subject.has(n.id())) : all;
  const nodes = named.nonempty() ? named : all;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((n) => {
    const box = n.isParent() ? groupExtent(n) : nodeExtent(n);
    x1 = Math.min(x1, box.x1);
    x2 = Math.max(x2, box.x2);
    y1 = Math.min(y1, box.y1);
    y2 = Math.max(y2, box.y2);
  });
  return Number.isFinite(x1) ? { x1, y1, x2, y2 } : null;
}
