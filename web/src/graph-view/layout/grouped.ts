// The "grouped" layout: tidy blocks in reading order. Each box (a section drawn as a group) holds
// its members in lines sorted by kind; concepts outside any box form one grid block per kind.
// Blocks sit on shelves, and the shelf width and the grids' shape are chosen among a few
// candidates for the one that fills the screen best (the largest text at the fitted zoom).
// Deterministic and overlap-free by construction, so it is also the fallback when a force
// layout would be too slow.
import { groupFrame, GROUP_GAP } from '../groups.js';
import type { GroupNode } from './nested.js';
import type { Box } from './overlap.js';

export interface GroupedItem {
  id: string;
  /** The kind's place in the graph's declaration order. */
  group: number;
  w: number;
  h: number;
  /** The box (group) it is drawn in. */
  parent?: string | null;
  /** Relations of meaning at it (the concentric layout ranks by it). */
  degree?: number;
  /** Place in reading order (the canvas's node order); the array's order when left out. */
  order?: number;
}

/** A group as the box layouts see it: its label, its kind and its place in reading order. */
export interface LayoutGroup extends GroupNode {
  kind: number;
  order: number;
}

const GAP = 10;
const BLOCK_GAP = 44;

/** A block of the layout: its size, and how to put its nodes with its top-left corner at x, y. */
interface Block {
  w: number;
  h: number;
  key: [number, number];
  place(x: number, y: number, out: Box[]): void;
}

const byKey = (a: { key: [number, number] }, b: { key: [number, number] }) =>
  a.key[0] - b.key[0] || a.key[1] - b.key[1];

/** Items in a grid of equal cells, about `aspect` wide per unit of height. */
function grid(members: readonly GroupedItem[], aspect: number, key: [number, number]): Block {
  const cellW = Math.max(...members.map((m) => m.w)) + GAP;
  const cellH = Math.max(...members.map((m) => m.h)) + GAP;
  const cols = Math.min(
    members.length,
    Math.max(1, Math.round(Math.sqrt((members.length * cellH * aspect) / cellW))),
  );
  const rows = Math.ceil(members.length / cols);
  return {
    w: cols * cellW - GAP,
    h: rows * cellH - GAP,
    key,
    place(x, y, out) {
      members.forEach((m, i) => {
        const col = i % cols;
        const row = Math.floor(i / cols);
        out.push({
          id: m.id,
          x: x + col * cellW + (cellW - GAP) / 2,
          y: y + row * cellH + (cellH - GAP) / 2,
          w: m.w,
          h: m.h,
        });
      });
    },
  };
}

/** A line of pieces set side by side: its pieces, its width and its height (the tallest). */
export interface Line<T> {
  items: T[];
  w: number;
  h: number;
}

/** Pieces in order, in lines no wider than `width` (a piece wider than that gets a line alone). */
export function lineBreak<T extends { w: number; h: number }>(
  pieces: readonly T[],
  width: number,
  gap: number,
): Line<T>[] {
  const lines: Line<T>[] = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    if (line && line.w + gap + piece.w <= width) {
      line.items.push(piece);
      line.w += gap + piece.w;
      line.h = Math.max(line.h, piece.h);
    } else lines.push({ items: [piece], w: piece.w, h: piece.h });
  }
  return lines;
}

/** The line width that makes pieces of this total area about `aspect` times wider than tall. */
export function flowWidth(
  pieces: readonly { w: number; h: number }[],
  aspect: number,
  gap: number,
): number {
  const area = pieces.reduce((sum, m) => sum + (m.w + gap) * (m.h + gap), 0);
  return Math.max(Math.sqrt(area * aspect), ...pieces.map((m) => m.w));
}

/**
 * Items in lines of their own widths (a box's members differ in kind and so in size; equal cells
 * would waste the difference), in order, each line centred: about `aspect` wide per unit of height.
 */
function flow(members: readonly GroupedItem[], aspect: number, key: [number, number]): Block {
  const lines = lineBreak(members, flowWidth(members, aspect, GAP), GAP);
  const w = Math.max(...lines.map((l) => l.w));
  return {
    w,
    h: lines.reduce((sum, l) => sum + l.h, 0) + GAP * (lines.length - 1),
    key,
    place(x, y, out) {
      let top = y;
      for (const line of lines) {
        let left = x + (w - line.w) / 2;
        for (const m of line.items) {
          out.push({ id: m.id, x: left + m.w / 2, y: top + line.h / 2, w: m.w, h: m.h });
          left += m.w + GAP;
        }
        top += line.h + GAP;
      }
    },
  };
}

/** Blocks on shelves no wider than `width`, each shelf as tall as its tallest block. */
function shelves(blocks: readonly Block[], width: number, gap: number, key: [number, number]) {
  const rows = lineBreak(blocks, width, gap);
  const result: Block = {
    w: Math.max(0, ...rows.map((r) => r.w)),
    h: rows.reduce((sum, r) => sum + r.h, 0) + gap * Math.max(0, rows.length - 1),
    key,
    place(x, y, out) {
      let top = y;
      for (const row of rows) {
        // Each shelf is centred: a short last shelf does not hang off to one side.
        let left = x + (result.w - row.w) / 2;
        for (const block of row.items) {
          block.place(left, top, out);
          left += block.w + gap;
        }
        top += row.h + gap;
      }
    },
  };
  return result;
}

/** Past this many blocks, the shelf width is estimated instead of searched. */
const SEARCHED_BLOCKS = 60;

/** Candidate shelf widths: every place a run of blocks could break, and the widest block. */
function shelfWidths(blocks: readonly Block[], gap: number, aspect: number): number[] {
  const widths = new Set<number>();
  if (blocks.length > SEARCHED_BLOCKS) return [widthFor(blocks, aspect)];
  for (let start = 0; start < blocks.length; start++) {
    let width = 0;
    for (let end = start; end < blocks.length; end++) {
      width += (end > start ? gap : 0) + (blocks[end]?.w ?? 0);
      widths.add(width);
    }
  }
  return [...widths].sort((a, b) => a - b);
}

/** The shelf packing that the screen shows largest. */
function bestShelves(blocks: readonly Block[], gap: number, aspect: number, key: [number, number]) {
  let best: Block | null = null;
  let bestScale = -Infinity;
  const widest = Math.max(...blocks.map((b) => b.w));
  for (const width of shelfWidths(blocks, gap, aspect)) {
    if (width < widest) continue;
    const packed = shelves(blocks, width, gap, key);
    const scale = Math.min(aspect / Math.max(1, packed.w), 1 / Math.max(1, packed.h));
    if (scale > bestScale) {
      best = packed;
      bestScale = scale;
    }
  }
  return best ?? shelves(blocks, widest, gap, key);
}

/** A group's box: its members in one grid (by kind, then reading order), nested boxes beside. */
function groupBlock(
  group: LayoutGroup,
  tree: Tree,
  aspect: number,
  seen: Set<string>,
): Block | null {
  const inner = blocksOf(group.id, tree, aspect, seen, true);
  if (inner.length === 0) return null;
  const content =
    inner.length === 1 && inner[0]
      ? inner[0]
      : shelves(inner, widthFor(inner, aspect), GAP, [0, 0]);
  const frame = groupFrame({ x1: 0, y1: 0, x2: content.w, y2: content.h }, group.label);
  return {
    w: frame.x2 - frame.x1,
    h: frame.y2 - frame.y1,
    key: [group.kind, group.order],
    place(x, y, out) {
      content.place(x - frame.x1, y - frame.y1, out);
    },
  };
}

/** A shelf width giving about `aspect` for blocks of this total area. */
function widthFor(blocks: readonly Block[], aspect: number): number {
  const area = blocks.reduce((sum, b) => sum + (b.w + GAP) * (b.h + GAP), 0);
  return Math.max(Math.sqrt(area * aspect), ...blocks.map((b) => b.w));
}

interface Tree {
  items: Map<string | null, GroupedItem[]>;
  groups: Map<string | null, LayoutGroup[]>;
}

function blocksOf(
  container: string | null,
  tree: Tree,
  aspect: number,
  seen: Set<string>,
  oneGrid: boolean,
): Block[] {
  const items = [...(tree.items.get(container) ?? [])].sort(
    (a, b) => a.group - b.group || (a.order ?? 0) - (b.order ?? 0),
  );
  const blocks: Block[] = [];
  if (oneGrid && items.length) {
    blocks.push(flow(items, aspect, [items[0]?.group ?? 0, items[0]?.order ?? 0]));
  } else {
    const kinds = new Map<number, GroupedItem[]>();
    for (const item of items) kinds.set(item.group, [...(kinds.get(item.group) ?? []), item]);
    for (const [kind, members] of kinds)
      blocks.push(grid(members, aspect, [kind, members[0]?.order ?? 0]));
  }
  for (const group of tree.groups.get(container) ?? []) {
    if (seen.has(group.id)) continue;
    seen.add(group.id);
    const block = groupBlock(group, tree, aspect, seen);
    if (block) blocks.push(block);
  }
  return blocks.sort(byKey);
}

export function groupedPositions(
  items: readonly GroupedItem[],
  aspect = 16 / 9,
  groups: readonly LayoutGroup[] = [],
): Box[] {
  const known = new Set(groups.map((g) => g.id));
  const tree: Tree = { items: new Map(), groups: new Map() };
  items.forEach((item, i) => {
    const parent = item.parent && known.has(item.parent) ? item.parent : null;
    tree.items.set(parent, [
      ...(tree.items.get(parent) ?? []),
      { ...item, order: item.order ?? i },
    ]);
  });
  for (const group of groups) {
    const parent = group.parent && known.has(group.parent) ? group.parent : null;
    tree.groups.set(parent, [...(tree.groups.get(parent) ?? []), group]);
  }
  let best: Box[] = [];
  let bestScale = -Infinity;
  // The grids' own shape changes which shelf packing fits: try a few and keep the best.
  for (const shape of [0.6, 0.8, 1, 1.3, 1.6, 2, 2.5, 3.2, 4]) {
    const blocks = blocksOf(null, tree, shape, new Set(), false);
    if (blocks.length === 0) return [];
    const gap = groups.length ? GROUP_GAP : BLOCK_GAP;
    const packed = bestShelves(blocks, gap, aspect, [0, 0]);
    const scale = Math.min(aspect / Math.max(1, packed.w), 1 / Math.max(1, packed.h));
    if (scale > bestScale) {
      bestScale = scale;
      best = [];
      packed.place(0, 0, best);
    }
  }
  return best;
}
