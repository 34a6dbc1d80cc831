// Groups: a node drawn as a labelled box around its members (a Cytoscape compound parent), as
// the explorer draws a document's sections. The stylesheet draws the box and the layouts leave
// room for it from the same numbers here, so what a layout plans is what the canvas shows.

/** Space between a box's border and the members inside it (Cytoscape's compound `padding`). */
export const GROUP_PADDING = 10;
/** Padding around the label's tab, which sits on the box's top edge. */
export const GROUP_TAB_PADDING = 4;
/** A group's label wraps at this width: a box is wider than a concept, so its title may be. */
export const GROUP_LABEL_WIDTH = 320;
/** Space kept between two boxes (a box and a concept outside it keep a little less). */
export const GROUP_GAP = 16;

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GroupLabel {
  /** The label's measured box (text and its padding). */
  w: number;
  h: number;
}

/**
 * The inner width a box keeps for its label (Cytoscape's `min-width` of a compound counts
 * without the padding), so the tab never sticks out past the border.
 */
export function minInnerWidth(label: GroupLabel): number {
  return Math.max(0, label.w - 2 * GROUP_PADDING);
}

/**
 * What a box with its tab covers, from its members' extent: the padding on every side, at least
 * the label's width (centred, as Cytoscape grows a compound evenly on both sides), and the tab
 * above the top edge.
 */
export function groupFrame(members: Rect, label: GroupLabel): Rect {
  const extra = Math.max(0, minInnerWidth(label) - (members.x2 - members.x1)) / 2;
  return {
    x1: members.x1 - GROUP_PADDING - extra,
    x2: members.x2 + GROUP_PADDING + extra,
    y1: members.y1 - GROUP_PADDING - label.h,
    y2: members.y2 + GROUP_PADDING,
  };
}

/** The extent of boxes given by their centres and sizes. */
export function extentOf(boxes: readonly { x: number; y: number; w: number; h: number }[]): Rect {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x - b.w / 2);
    x2 = Math.max(x2, b.x + b.w / 2);
    y1 = Math.min(y1, b.y - b.h / 2);
    y2 = Math.max(y2, b.y + b.h / 2);
  }
  return { x1, y1, x2, y2 };
}
