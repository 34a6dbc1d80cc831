// Sections drawn as groups: a labelled box around the concepts each contains. The SVG export and
// the standalone viewer share where a group's label goes (inside the box's top band, shrunk to
// fit its width), which box a relation to a group ends at, which relations the boxes already say,
// and the frame that holds the whole picture.
import { GROUP_LABEL_WIDTH } from '../graph-view/groups.js';
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import {
  boldTextWidth,
  LINE_HEIGHT,
  wrapLabel,
  type Box,
  type LabelLayout,
  type TextWidth,
} from './geometry.js';

/** A group's box in model coordinates, its label band included. */
export interface GroupBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Space between a group's label and its box's sides and top, and the smallest font it shrinks to. */
export const GROUP_PAD_X = 8;
export const GROUP_PAD_Y = 4;
const MIN_FONT_SIZE = 8;

/** The group's box as a concept-like box (centre and size), for relations that end at it. */
export const groupAsBox = (g: GroupBox): Box => ({
  x: (g.x1 + g.x2) / 2,
  y: (g.y1 + g.y2) / 2,
  width: g.x2 - g.x1,
  height: g.y2 - g.y1,
});

/**
 * The group's label (bold) in the band at the top of its box, centred, wrapped where the canvas
 * wraps a box's title (GROUP_LABEL_WIDTH) at the canvas's size. A label measured for other text
 * (the other language's may be longer) keeps to one line if it can, shrinking the font; at the
 * smallest size it wraps, so it never spills out of the box's sides.
 */
export function layoutGroupLabel(
  label: string,
  box: GroupBox,
  fontSize: number,
  widthOf: TextWidth = boldTextWidth,
): LabelLayout {
  const width = Math.max(box.x2 - box.x1 - 2 * GROUP_PAD_X, 1);
  const text = label.split(/\s+/).filter(Boolean).join(' ');
  let size = fontSize;
  let lines = wrapLabel(text, GROUP_LABEL_WIDTH, size, widthOf);
  if (lines.some((line) => widthOf(line, size) > width)) {
    while (size > MIN_FONT_SIZE && widthOf(text, size) > width) size -= 1;
    lines = widthOf(text, size) > width ? wrapLabel(text, width, size, widthOf) : [text];
  }
  const step = size * LINE_HEIGHT;
  const top = box.y1 + GROUP_PAD_Y + step / 2;
  const x = (box.x1 + box.x2) / 2;
  return { fontSize: size, lines: lines.map((line, i) => ({ text: line, x, y: top + i * step })) };
}

/**
 * The patch of the box's fill behind a group's label, drawn over the relations that cross the
 * band so that the title stays legible; inside the box, a little wider than the text.
 */
export function labelTab(
  layout: LabelLayout,
  box: GroupBox,
  widthOf: TextWidth = boldTextWidth,
): Rect {
  const step = layout.fontSize * LINE_HEIGHT;
  const half = Math.max(0, ...layout.lines.map((l) => widthOf(l.text, layout.fontSize))) / 2;
  const x = (box.x1 + box.x2) / 2;
  const top = (layout.lines[0]?.y ?? box.y1) - step / 2;
  return {
    x1: Math.max(box.x1 + 1, x - half - GROUP_PAD_X / 2),
    y1: Math.max(box.y1 + 1, top - 1),
    x2: Math.min(box.x2 - 1, x + half + GROUP_PAD_X / 2),
    y2: Math.min(box.y2 - 1, top + layout.lines.length * step + 1),
  };
}

/**
 * Whether a relation joins a group to a concept drawn inside it (a section to a concept it
 * contains): the box already says so, and a line from a box to its own member would only cross it.
 */
export function isMembership(
  edge: { source: string; target: string },
  parentOf: (id: string) => string | undefined,
  groupIds: ReadonlySet<string>,
): boolean {
  const { source, target } = edge;
  return (
    (groupIds.has(source) && parentOf(target) === source) ||
    (groupIds.has(target) && parentOf(source) === target)
  );
}

/** The smallest rectangle around every rectangle given (0,0,0,0 for none). */
export function unionOf(rects: readonly Rect[]): Rect {
  if (!rects.length) return { x1: 0, y1: 0, x2: 0, y2: 0 };
  return {
    x1: Math.min(...rects.map((r) => r.x1)),
    y1: Math.min(...rects.map((r) => r.y1)),
    x2: Math.max(...rects.map((r) => r.x2)),
    y2: Math.max(...rects.map((r) => r.y2)),
  };
}

/** A concept box's rectangle. */
export const rectOf = (b: Box): Rect => ({
  x1: b.x - b.width / 2,
  y1: b.y - b.height / 2,
  x2: b.x + b.width / 2,
  y2: b.y + b.height / 2,
});

/**
 * What an export draws of a snapshot: every group (a concept that is also a group is drawn as its
 * box only), the other concepts, and the relations but those a box already says.
 */
export function drawnParts(view: ViewSnapshot) {
  const groupIds = new Set(view.groups.map((g) => g.id));
  const nodes = view.nodes.filter((n) => !groupIds.has(n.id));
  const parents = new Map(nodes.map((n) => [n.id, n.parent]));
  const edges = view.edges.filter((e) => !isMembership(e, (id) => parents.get(id), groupIds));
  return { groups: view.groups, nodes, edges };
}
