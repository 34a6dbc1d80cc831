// Compacting and separating a layout whose nodes sit in groups (boxes around their members).
// Inside each box, its members (and the boxes nested in it) are set in tidy rows, keeping their
// order; then each box moves as one rigid piece among the nodes and boxes beside it, slid toward
// the middle until it meets a neighbour, so no member strays into another box, no box covers a
// node it does not hold, and no space is left between them that the text size would pay for.
// Without groups this is the flat pipeline: stretch to the screen, draw together, separate.
import { extentOf, groupFrame, GROUP_GAP, type GroupLabel } from '../groups.js';
import { compact } from './compact.js';
import { removeOverlaps, type Box } from './overlap.js';
import { rows, spiralPack, sweep } from './pack.js';

export interface GroupNode {
  id: string;
  /** The group this one sits in, if any. */
  parent: string | null;
  label: GroupLabel;
}

export interface NestOptions {
  /** Width / height of the screen: the outermost level is stretched toward it. */
  aspect: number;
  /** Space between two nodes; two boxes keep GROUP_GAP apart. */
  gap: number;
  /**
   * What happens inside a box: 'rows' sets its members in rows (after a force or layered layout,
   * whose boxes come out sparse), 'keep' keeps an arrangement already compact, 'separate' only
   * pulls apart what touches (a relabelled view).
   */
  inside: 'rows' | 'keep' | 'separate';
  /** Draw the outermost level together (a fresh layout); false only separates it. */
  compact: boolean;
  /**
   * How the outermost pieces close up when there are boxes: 'spiral' around where each was (a
   * force or ring layout), 'rows' top to bottom (a layered layout, whose first layer must stay
   * on top).
   */
  pieces?: 'spiral' | 'rows';
}

/** One piece that moves as a whole: a node, or a box with everything inside it. */
interface Unit extends Box {
  leaves: Box[];
  /** How much the unit was grown on each side beyond what it draws (a box's extra gap). */
  margin: number;
}

/** What the units draw, without the margins they keep. */
const drawn = (units: readonly Unit[]) =>
  extentOf(units.map((u) => ({ x: u.x, y: u.y, w: u.w - 2 * u.margin, h: u.h - 2 * u.margin })));

/** Moves the units to new centres (by id), taking their contents along. */
function moveUnits(units: readonly Unit[], placed: readonly Box[]): void {
  const at = new Map(placed.map((b) => [b.id, b]));
  for (const unit of units) {
    const target = at.get(unit.id);
    if (!target) continue;
    for (const leaf of unit.leaves) {
      leaf.x += target.x - unit.x;
      leaf.y += target.y - unit.y;
    }
    unit.x = target.x;
    unit.y = target.y;
  }
}

/** A copy of the units' boxes, moved by `work`, then applied to the units and their contents. */
function shift(units: Unit[], work: (boxes: Box[]) => Box[]): void {
  moveUnits(units, work(units.map(({ id, x, y, w, h }) => ({ id, x, y, w, h }))));
}

/** How large a drawing of this extent shows on a screen of `aspect` (larger is better). */
function scaleOn(units: readonly Unit[], aspect: number): number {
  const e = drawn(units);
  return Math.min(aspect / Math.max(1, e.x2 - e.x1), 1 / Math.max(1, e.y2 - e.y1));
}

/** How the outermost pieces close up when there are boxes (see NestOptions.pieces). */
interface Packing {
  pieces: 'spiral' | 'rows';
  /**
   * The knob the search turns: how far the spiral draws the pieces in toward the middle before
   * placing them (a fraction), or how wide the rows run against the screen's shape.
   */
  knob: number;
}

/** The outermost level: the screen's shape, and as little empty space as the pieces allow. */
function settleTop(units: Unit[], gap: number, aspect: number, draw: boolean, pack: Packing) {
  if (!draw) {
    shift(units, (b) => removeOverlaps(b, gap));
    return;
  }
  if (units.some((u) => u.margin > 0)) {
    // Boxes of very different sizes leave gaps that scaling cannot close: close them up around
    // where each piece was, or in rows that keep the layers' order.
    if (pack.pieces === 'rows') shift(units, (b) => rows(b, aspect * pack.knob * 1.6, gap, true));
    else shift(units, (b) => sweep(spiralPack(b, gap, aspect, pack.knob), gap));
    return;
  }
  shift(units, (b) => compact(b, aspect, gap));
  // Separating wide boxes pushes them apart vertically; a second pass restores the shape.
  shift(units, (b) => compact(removeOverlaps(b, gap), aspect, gap));
  shift(units, (b) => removeOverlaps(b, gap));
}

/** Inside a box. */
function settleInside(units: Unit[], gap: number, aspect: number, inside: NestOptions['inside']) {
  if (inside === 'rows') shift(units, (b) => rows(b, aspect, gap));
  else shift(units, (b) => removeOverlaps(b, gap));
}

/**
 * Positions for `leaves` (updated in place and returned) that keep every group's box clear of
 * everything outside it. `parentOf` maps a leaf or a group to the group it sits in.
 */
export function arrangeNested(
  leaves: Box[],
  parentOf: ReadonlyMap<string, string>,
  groups: readonly GroupNode[],
  options: NestOptions,
): Box[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const contents = new Map<string | null, { leaves: Box[]; groups: GroupNode[] }>();
  const slot = (id: string | null) => {
    let entry = contents.get(id);
    if (!entry) contents.set(id, (entry = { leaves: [], groups: [] }));
    return entry;
  };
  for (const leaf of leaves) {
    const parent = parentOf.get(leaf.id);
    slot(parent !== undefined && byId.has(parent) ? parent : null).leaves.push(leaf);
  }
  for (const group of groups) {
    slot(group.parent !== null && byId.has(group.parent) ? group.parent : null).groups.push(group);
  }
  // Two boxes keep GROUP_GAP apart (a box and a concept, a little less): each box's unit is
  // grown by half the difference.
  const margin = Math.max(0, GROUP_GAP - options.gap) / 2;

  const unitsOf = (id: string | null, seen: Set<string>, inner: number): Unit[] => {
    const entry = contents.get(id) ?? { leaves: [], groups: [] };
    const units: Unit[] = entry.leaves.map((leaf) => ({ ...leaf, leaves: [leaf], margin: 0 }));
    for (const group of entry.groups) {
      if (seen.has(group.id)) continue; // a cycle in the data: drawn once
      seen.add(group.id);
      const members = unitsOf(group.id, seen, inner);
      if (members.length === 0) continue;
      settleInside(members, options.gap, inner, options.inside);
      const frame = groupFrame(drawn(members), group.label);
      units.push({
        id: `group:${group.id}`,
        x: (frame.x1 + frame.x2) / 2,
        y: (frame.y1 + frame.y2) / 2,
        w: frame.x2 - frame.x1 + 2 * margin,
        h: frame.y2 - frame.y1 + 2 * margin,
        leaves: members.flatMap((u) => u.leaves),
        margin,
      });
    }
    return units;
  };

  const { gap, aspect, compact: draw } = options;
  const pieces = options.pieces ?? 'spiral';
  if (!draw || groups.length === 0) {
    settleTop(unitsOf(null, new Set(), 1.6), gap, aspect, draw, { pieces, knob: 0.6 });
    return leaves;
  }
  // How wide a box's rows run, how closely the pieces close up and how wide the packing aims
  // change how well the whole fills the screen: try a few of each and keep the largest. Each
  // trial packs every outermost piece, so many pieces get fewer trials.
  const top = contents.get(null);
  const pieceCount = (top?.leaves.length ?? 0) + (top?.groups.length ?? 0);
  const few = pieceCount <= 16;
  const some = pieceCount <= 40;
  const inners = options.inside !== 'rows' ? [1] : few ? [1, 1.3, 1.6, 2, 2.4, 3] : [1.3, 2];
  const knobs = few ? [0.3, 0.45, 0.6, 0.75, 0.9] : some ? [0.45, 0.75] : [0.6];
  const widths = few ? [1, 1.15, 1.3] : [1];
  const start = leaves.map((l) => ({ x: l.x, y: l.y }));
  let best: { x: number; y: number }[] = start;
  let bestScale = -Infinity;
  for (const inner of inners) {
    const boxes = unitsOf(null, new Set(), inner);
    const placed = leaves.map((l) => ({ x: l.x, y: l.y }));
    for (const knob of knobs) {
      for (const wider of widths) {
        // Every trial starts from the same places (units and their members).
        const top = boxes.map((u) => ({ ...u }));
        leaves.forEach((l, i) => Object.assign(l, placed[i]));
        settleTop(top, gap, aspect * wider, true, { pieces, knob });
        const scale = scaleOn(top, aspect);
        if (scale > bestScale) {
          bestScale = scale;
          best = leaves.map((l) => ({ x: l.x, y: l.y }));
        }
      }
    }
    leaves.forEach((l, i) => Object.assign(l, start[i]));
  }
  leaves.forEach((l, i) => Object.assign(l, best[i]));
  return leaves;
}
