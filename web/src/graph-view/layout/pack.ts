// Ways to close the gaps a force or layered layout leaves between pieces of very different sizes
// (a concept, and a box holding twenty), without losing who sits beside whom:
// - rows: pieces in tidy rows, top to bottom and left to right as they were (a box's members;
//   the pieces of a layered layout, its root on a row of its own);
// - spiral: pieces placed one by one at the free spot nearest to where they were;
// - sweep: pieces slid straight toward the middle until they meet a neighbour.
import type { Box } from './overlap.js';

/**
 * Boxes in rows about `aspect` times wider than the whole is tall, keeping their reading order
 * (rows from top to bottom, each from left to right), centred on where they were. Overlap-free.
 * `layered`: the first row holds only what was at the top (a box whose middle was below it starts
 * the next): a layered layout's first layer, its root, keeps a row of its own above the rest.
 */
export function rows(boxes: readonly Box[], aspect: number, gap: number, layered = false): Box[] {
  if (boxes.length === 0) return [];
  const cx = boxes.reduce((s, b) => s + b.x, 0) / boxes.length;
  const cy = boxes.reduce((s, b) => s + b.y, 0) / boxes.length;
  const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0);
  const width = Math.max(Math.sqrt(area * aspect), ...boxes.map((b) => b.w));
  const lines: Box[][] = [];
  let line: Box[] = [];
  let used = 0;
  let bottom = -Infinity;
  for (const box of [...boxes].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const below = layered && lines.length === 0 && box.y >= bottom;
    if (line.length && (used + gap + box.w > width || below)) {
      lines.push(line);
      line = [];
      used = 0;
      bottom = -Infinity;
    }
    bottom = Math.max(bottom, box.y + box.h / 2);
    used += (line.length ? gap : 0) + box.w;
    line.push(box);
  }
  if (line.length) lines.push(line);
  const out: Box[] = [];
  const heights = lines.map((l) => Math.max(...l.map((b) => b.h)));
  const total = heights.reduce((s, h) => s + h, 0) + gap * (lines.length - 1);
  let y = cy - total / 2;
  lines.forEach((l, i) => {
    const sorted = [...l].sort((a, b) => a.x - b.x);
    const lineWidth = sorted.reduce((s, b) => s + b.w, 0) + gap * (sorted.length - 1);
    let left = cx - lineWidth / 2;
    const height = heights[i] ?? 0;
    for (const b of sorted) {
      out.push({ ...b, x: left + b.w / 2, y: y + height / 2 });
      left += b.w + gap;
    }
    y += height + gap;
  });
  return out;
}

const clear = (box: Box, others: readonly Box[], gap: number) =>
  others.every(
    (o) =>
      o === box ||
      Math.abs(o.x - box.x) >= (o.w + box.w) / 2 + gap ||
      Math.abs(o.y - box.y) >= (o.h + box.h) / 2 + gap,
  );

/**
 * Moves the box along (dx, dy) as far as it goes before it meets another (at most the whole
 * way): small steps find the first neighbour in the way (a box never jumps over one), then
 * bisection finds how close it can come. Returns the distance moved.
 */
function slide(box: Box, boxes: readonly Box[], dx: number, dy: number, gap: number): number {
  const { x, y } = box;
  const at = (t: number) => {
    box.x = x + dx * t;
    box.y = y + dy * t;
    return clear(box, boxes, gap);
  };
  const distance = Math.hypot(dx, dy);
  if (distance < 0.5) return 0;
  const step = Math.min(1, Math.min(box.w, box.h) / 2 / distance);
  let low = 0;
  let high = 0;
  while (high < 1) {
    const next = Math.min(1, high + step);
    if (!at(next)) {
      high = next;
      break;
    }
    low = next;
    high = next;
  }
  if (high > low) {
    for (let i = 0; i < 10; i++) {
      const mid = (low + high) / 2;
      if (at(mid)) low = mid;
      else high = mid;
    }
  }
  box.x = x + dx * low;
  box.y = y + dy * low;
  return distance * low;
}

/**
 * Slides boxes (in place) toward their common centre (weighted by area, so a large box counts as
 * what it holds), nearest first, until nothing moves: straight in, then along each axis up to the
 * centre line. Every piece keeps its side of the middle; the empty space between pieces goes.
 * Boxes must not overlap to start with.
 */
export function sweep(boxes: Box[], gap: number, passes = 8): Box[] {
  if (boxes.length < 2) return boxes;
  for (let pass = 0; pass < passes; pass++) {
    const area = boxes.reduce((s, b) => s + b.w * b.h, 0);
    const cx = boxes.reduce((s, b) => s + b.x * b.w * b.h, 0) / area;
    const cy = boxes.reduce((s, b) => s + b.y * b.w * b.h, 0) / area;
    let moved = 0;
    const order = [...boxes].sort(
      (a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy),
    );
    for (const box of order) {
      moved += slide(box, boxes, cx - box.x, cy - box.y, gap);
      moved += slide(box, boxes, cx - box.x, 0, gap);
      moved += slide(box, boxes, 0, cy - box.y, gap);
    }
    if (moved < 1) break;
  }
  return boxes;
}

const extent = (boxes: readonly Box[]) => {
  const xs = boxes.flatMap((b) => [b.x - b.w / 2, b.x + b.w / 2]);
  const ys = boxes.flatMap((b) => [b.y - b.h / 2, b.y + b.h / 2]);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
};

/**
 * Places boxes (returns moved copies, overlap-free) one by one, the most central first, each at
 * the free spot nearest to where the layout wanted it, searched along a spiral shaped like the
 * screen: what was in the middle stays there, neighbours stay neighbours, and the pieces close
 * up as words in a word cloud do.
 */
export function spiralPack(
  boxes: readonly Box[],
  gap: number,
  aspect: number,
  drawIn = 0.6,
): Box[] {
  if (boxes.length < 2) return boxes.map((b) => ({ ...b }));
  const area = boxes.reduce((s, b) => s + (b.w + gap) * (b.h + gap), 0);
  const cx =
    boxes.reduce((s, b) => s + b.x * b.w * b.h, 0) / boxes.reduce((s, b) => s + b.w * b.h, 0);
  const cy =
    boxes.reduce((s, b) => s + b.y * b.w * b.h, 0) / boxes.reduce((s, b) => s + b.w * b.h, 0);
  // The wanted places, drawn in to about the size the boxes fill and stretched to the screen.
  const e = extent(boxes);
  const sx = Math.sqrt(area * aspect) / Math.max(1, e.w);
  const sy = Math.sqrt(area / aspect) / Math.max(1, e.h);
  const wanted = boxes.map((b) => ({
    ...b,
    x: (b.x - cx) * sx * drawIn,
    y: (b.y - cy) * sy * drawIn,
  }));
  // The piece in the middle of the others first (it stays there: a force layout's hub), then the
  // largest: small pieces fill the gaps the large ones leave.
  const mx = wanted.reduce((s, b) => s + b.x, 0) / wanted.length;
  const my = wanted.reduce((s, b) => s + b.y, 0) / wanted.length;
  const byDistance = [...wanted].sort(
    (a, b) => Math.hypot(a.x - mx, a.y - my) - Math.hypot(b.x - mx, b.y - my),
  );
  const order = [
    ...byDistance.slice(0, 1),
    ...byDistance.slice(1).sort((a, b) => b.w * b.h - a.w * a.h),
  ];
  const placed: Box[] = [];
  const ax = Math.sqrt(aspect);
  // The spiral widens by about a quarter of a small piece per turn: fine enough to find the
  // gaps, coarse enough to stay quick.
  const step = Math.max(4, Math.min(...boxes.map((b) => Math.min(b.w, b.h))) / 4);
  for (const box of order) {
    const { x, y } = box;
    // Beyond every piece placed so far there is always room: the spiral ends there at the latest.
    for (let t = 0; ; t += 0.2) {
      const r = (step * t) / (2 * Math.PI);
      box.x = x + r * Math.cos(t) * ax;
      box.y = y + (r * Math.sin(t)) / ax;
      if (clear(box, placed, gap)) break;
    }
    placed.push(box);
  }
  return wanted;
}
