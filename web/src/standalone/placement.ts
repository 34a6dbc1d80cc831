// Where the viewer draws each box in the language it shows. The file carries the boxes the
// explorer measured, in the language and the fonts it had; the other language's labels are longer
// or shorter, and the reader's fonts may be wider. So the viewer measures every label again by the
// canvas's rules (graph-view/measure.ts) and, where a box changed size, does what the explorer does
// on a language switch: it sizes the box to its label and moves boxes apart where they now touch
// (layout/nested.ts, 'separate'), the sections' boxes grown around what they hold. Labels keep the
// canvas's font size instead of shrinking into boxes made for other words.
import type { Rect } from '../export/groups.js';
import {
  extentOf,
  GROUP_LABEL_WIDTH,
  GROUP_TAB_PADDING,
  groupFrame,
} from '../graph-view/groups.js';
import { arrangeNested, type GroupNode } from '../graph-view/layout/nested.js';
import type { Box } from '../graph-view/layout/overlap.js';
import { measureLabel, measureText, type Measure } from '../graph-view/measure.js';
import { pick } from '../i18n/index.js';
import type { UiLang } from '../state/view.js';
import type { StandaloneConcept, StandaloneGroup } from './data.js';

/** A concept's box: its centre and size. */
export interface Placed {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Placement {
  concepts: ReadonlyMap<string, Placed>;
  groups: ReadonlyMap<string, Rect>;
}

/** The gap the explorer keeps between boxes resized by a language switch (layout/layouts.ts). */
const GAP = 8;

type Weight = 'normal' | 'bold';

/** The label's font on the canvas; older files carry no weight (concepts: normal, titles: bold). */
const fontOf = (item: { fontSize: number; fontWeight?: Weight }, otherwise: Weight) => ({
  size: item.fontSize,
  weight: item.fontWeight ?? otherwise,
});

/** The boxes as the file has them. */
function asDrawn(concepts: readonly StandaloneConcept[], groups: readonly StandaloneGroup[]) {
  return {
    concepts: new Map(concepts.map((c) => [c.id, { x: c.x, y: c.y, w: c.w, h: c.h }])),
    groups: new Map(groups.map((g) => [g.id, { x1: g.x1, y1: g.y1, x2: g.x2, y2: g.y2 }])),
  };
}

/** Each section's box around what it holds now (inner boxes first), its title's band on top. */
function framesOf(
  leaves: readonly (Box & { group: string | null })[],
  groups: readonly (GroupNode & { drawn: Rect })[],
): Map<string, Rect> {
  const frames = new Map<string, Rect>();
  const frame = (g: (typeof groups)[number], seen: Set<string>): Rect => {
    const known = frames.get(g.id);
    if (known) return known;
    seen.add(g.id);
    const inner = groups
      .filter((child) => child.parent === g.id && !seen.has(child.id))
      .map((child) => frame(child, seen));
    const members = leaves.filter((l) => l.group === g.id);
    const extent = [...members, ...inner.map((r) => boxOfRect(r))];
    // A box whose members are not drawn keeps the place the file gave it.
    const result = extent.length
      ? withTab(groupFrame(extentOf(extent), g.label), g.label)
      : g.drawn;
    frames.set(g.id, result);
    return result;
  };
  for (const g of groups) frame(g, new Set());
  return frames;
}

/** At least as wide as the title's tab, as the canvas's box is (graph-view/fit.ts groupExtent). */
function withTab(frame: Rect, label: { w: number }): Rect {
  const half = (label.w + 2 * GROUP_TAB_PADDING) / 2;
  const mid = (frame.x1 + frame.x2) / 2;
  return { ...frame, x1: Math.min(frame.x1, mid - half), x2: Math.max(frame.x2, mid + half) };
}

const boxOfRect = (r: Rect) => ({
  x: (r.x1 + r.x2) / 2,
  y: (r.y1 + r.y2) / 2,
  w: r.x2 - r.x1,
  h: r.y2 - r.y1,
});

/**
 * The boxes for the labels in `lang`, measured with `measure` (the page's fonts). Where every
 * concept's label still measures as the file's box (the language the file was made in, read with
 * the same fonts), the file's own drawing is kept as it is.
 */
export function placementIn(
  concepts: readonly StandaloneConcept[],
  groups: readonly StandaloneGroup[],
  lang: UiLang,
  measure: Measure = measureText,
): Placement {
  const leaves = concepts.map((c) => {
    const label = measureLabel(pick(c.labels, lang), fontOf(c, 'normal'), measure);
    return { id: c.id, x: c.x, y: c.y, w: label.w, h: label.h, group: c.group };
  });
  const same = leaves.every((l, i) => {
    const c = concepts[i];
    return c !== undefined && Math.abs(l.w - c.w) <= 0.5 && Math.abs(l.h - c.h) <= 0.5;
  });
  if (same) return asDrawn(concepts, groups);

  const ids = new Set(groups.map((g) => g.id));
  const nodes = groups.map((g) => {
    const title = measureLabel(pick(g.labels, lang), fontOf(g, 'bold'), measure, GROUP_LABEL_WIDTH);
    return {
      id: g.id,
      parent: g.parent && ids.has(g.parent) ? g.parent : null,
      label: { w: title.w, h: title.h },
      drawn: { x1: g.x1, y1: g.y1, x2: g.x2, y2: g.y2 },
    };
  });
  const parentOf = new Map<string, string>();
  for (const l of leaves) if (l.group && ids.has(l.group)) parentOf.set(l.id, l.group);
  for (const g of nodes) if (g.parent) parentOf.set(g.id, g.parent);
  arrangeNested(leaves, parentOf, nodes, {
    aspect: 1,
    gap: GAP,
    inside: 'separate',
    compact: false,
  });
  return {
    concepts: new Map(leaves.map((l) => [l.id, { x: l.x, y: l.y, w: l.w, h: l.h }])),
    groups: framesOf(leaves, nodes),
  };
}
