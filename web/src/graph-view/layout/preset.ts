// Positions laid out ahead of time (by the server, for a graph version's whole view), used when
// they fit this canvas: the same concepts in the same boxes, label boxes measured nearly alike,
// and a screen of nearly the same shape. The browser's own boxes are what it draws, so a
// difference in fonts is made good by pulling apart whatever now touches; a larger difference
// (another font altogether, another screen) lays out afresh instead.
import type { Position } from 'cytoscape';
import type { Box } from './overlap.js';
import type { LayoutName } from './registry.js';

export interface PresetNode {
  id: string;
  x: number;
  y: number;
  /** The label box the positions were computed with. */
  width: number;
  height: number;
  /** The box (section) the node was laid out in. */
  parent: string | null;
}

export interface PresetLayout {
  name: LayoutName;
  /** Width / height of the area the layout was shaped for. */
  aspect: number;
  /** The nodes that are not boxes (a box wraps its members). */
  nodes: readonly PresetNode[];
}

/** Mean relative difference of the label boxes' sides past which the preset is not used. */
export const SIZE_TOLERANCE = 0.2;
/** Relative difference of the screen's shape past which the preset is not used. */
export const ASPECT_TOLERANCE = 0.2;

export interface PresetRequest {
  name: LayoutName;
  aspect: number;
  preset?: PresetLayout | null;
}

/** The preset's boxes at this canvas's sizes, or null when the preset does not fit it. */
export function fittingPreset(
  here: readonly (Box & { parent: string | null })[],
  request: PresetRequest,
): Box[] | null {
  const { preset } = request;
  if (!preset || preset.name !== request.name || preset.nodes.length !== here.length) return null;
  if (Math.abs(Math.log(preset.aspect / request.aspect)) > ASPECT_TOLERANCE) return null;
  const served = new Map(preset.nodes.map((n) => [n.id, n]));
  let drift = 0;
  const placed: Box[] = [];
  for (const box of here) {
    const node = served.get(box.id);
    if (!node || node.parent !== box.parent) return null;
    drift += Math.abs(node.width - box.w) / box.w + Math.abs(node.height - box.h) / box.h;
    placed.push({ id: box.id, x: node.x, y: node.y, w: box.w, h: box.h });
  }
  return drift / (2 * Math.max(1, here.length)) > SIZE_TOLERANCE ? null : placed;
}

/**
 * The preset's positions for this canvas, pulled apart where this browser's boxes touch
 * (`separate`, the relabelling step), or null when it does not fit.
 */
export function presetPositions(
  here: readonly (Box & { parent: string | null })[],
  request: PresetRequest,
  separate: (boxes: Box[]) => Map<string, Position>,
): Map<string, Position> | null {
  const placed = fittingPreset(here, request);
  return placed ? separate(placed) : null;
}
