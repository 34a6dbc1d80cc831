// The concentric layout: the most connected in the middle, rings of less connected around it.
// "Connected" counts relations of meaning only (the document's own structure, such as a section
// containing a concept, would put every section in the middle). A box (a section drawn as a
// group) is one piece on a ring, ranked by its best connected member, and inside it the same
// rule holds: its most connected member in the middle of its lines. The rings are then stretched
// to the screen and drawn together (nested.ts), as the force layouts are.
import { flowWidth, lineBreak, type GroupedItem, type LayoutGroup } from './grouped.js';
import { arrangeNested } from './nested.js';
import type { Box } from './overlap.js';

const GAP = 14;
const RING_GAP = 36;

interface Piece {
  id: string;
  w: number;
  h: number;
  degree: number;
  order: number;
  /** Writes its nodes' positions around x, y. */
  place(x: number, y: number, out: Map<string, Box>): void;
}

/** Middle first, then alternately before and after it: [a, b, c, d] → [d, b, a, c]. */
function middleOut<T>(ranked: readonly T[]): T[] {
  const out: T[] = [];
  ranked.forEach((item, i) => (i % 2 ? out.unshift(item) : out.push(item)));
  return out;
}

/**
 * A box's members in lines, best connected in the middle: the best connected fill the middle
 * line, the next lines go above and below it in turn, and each line has its best connected in
 * its centre. Lines take each member's own width (equal cells would waste the difference).
 */
function centredLines(members: readonly GroupedItem[]): Omit<Piece, 'id' | 'order'> {
  const ranked = [...members].sort(
    (a, b) => (b.degree ?? 0) - (a.degree ?? 0) || (a.order ?? 0) - (b.order ?? 0),
  );
  const lines = lineBreak(ranked, flowWidth(members, 1.6, GAP), GAP);
  const stacked = middleOut(lines);
  const h = stacked.reduce((sum, l) => sum + l.h, 0) + GAP * (stacked.length - 1);
  return {
    w: Math.max(...lines.map((l) => l.w)),
    h,
    degree: ranked[0]?.degree ?? 0,
    place(x, y, out) {
      let top = y - h / 2;
      for (const line of stacked) {
        let left = x - line.w / 2;
        for (const m of middleOut(line.items)) {
          out.set(m.id, { id: m.id, x: left + m.w / 2, y: top + line.h / 2, w: m.w, h: m.h });
          left += m.w + GAP;
        }
        top += line.h + GAP;
      }
    },
  };
}

/** Pieces on rings: the first alone in the middle, each ring as full as its circumference allows. */
function ringPositions(pieces: readonly Piece[]): Map<string, { x: number; y: number }> {
  const ranked = [...pieces].sort((a, b) => b.degree - a.degree || a.order - b.order);
  const at = new Map<string, { x: number; y: number }>();
  const [first, ...rest] = ranked;
  if (!first) return at;
  at.set(first.id, { x: 0, y: 0 });
  const size = (p: Piece) => Math.hypot(p.w, p.h) / 2;
  let inner = size(first);
  let index = 0;
  while (index < rest.length) {
    // The ring's radius leaves room for its widest piece beyond the previous ring.
    const next = rest.slice(index, index + 24);
    const radius = inner + RING_GAP + Math.max(...next.map(size));
    const circumference = 2 * Math.PI * radius;
    const ring: Piece[] = [];
    let used = 0;
    for (const piece of rest.slice(index)) {
      const need = (piece.w + piece.h) / 2 + GAP;
      if (ring.length > 0 && used + need > circumference) break;
      ring.push(piece);
      used += need;
    }
    index += ring.length;
    // Reading order around the ring, clockwise from the top.
    ring.sort((a, b) => a.order - b.order);
    ring.forEach((piece, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      at.set(piece.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
    inner = radius + Math.max(...ring.map(size));
  }
  return at;
}

export function concentricPositions(
  items: readonly GroupedItem[],
  aspect = 16 / 9,
  groups: readonly LayoutGroup[] = [],
): Box[] {
  const known = new Map(groups.map((g) => [g.id, g]));
  const members = new Map<string, GroupedItem[]>();
  const pieces: Piece[] = [];
  items.forEach((item, i) => {
    const ordered = { ...item, order: item.order ?? i };
    const parent = item.parent && known.has(item.parent) ? item.parent : null;
    if (parent) members.set(parent, [...(members.get(parent) ?? []), ordered]);
    else
      pieces.push({
        id: item.id,
        w: item.w,
        h: item.h,
        degree: item.degree ?? 0,
        order: ordered.order,
        place: (x, y, out) => void out.set(item.id, { id: item.id, x, y, w: item.w, h: item.h }),
      });
  });
  // Boxes nested in boxes are flattened into their outermost box here; nested.ts then separates
  // them inside it.
  const outermost = (id: string) => {
    let current = id;
    const seen = new Set<string>();
    for (;;) {
      const parent = known.get(current)?.parent;
      if (!parent || !known.has(parent) || seen.has(parent)) return current;
      seen.add(current);
      current = parent;
    }
  };
  const byBox = new Map<string, GroupedItem[]>();
  for (const [group, list] of members) {
    const top = outermost(group);
    byBox.set(top, [...(byBox.get(top) ?? []), ...list]);
  }
  for (const [id, list] of byBox) {
    const group = known.get(id);
    if (!group || list.length === 0) continue;
    const grid = centredLines(list);
    pieces.push({ id: `group:${id}`, order: group.order, ...grid, h: grid.h + group.label.h });
  }
  const centres = ringPositions(pieces);
  const placed = new Map<string, Box>();
  for (const piece of pieces) {
    const c = centres.get(piece.id) ?? { x: 0, y: 0 };
    piece.place(c.x, c.y, placed);
  }
  const leaves = items.map((item) => placed.get(item.id) ?? { ...item, x: 0, y: 0 });
  const parentOf = new Map<string, string>();
  for (const item of items)
    if (item.parent && known.has(item.parent)) parentOf.set(item.id, item.parent);
  return arrangeNested(leaves, parentOf, groups, { aspect, gap: 8, inside: 'keep', compact: true });
}
