// Force layouts keep nodes apart only approximately; the explorer promises no overlapping
// labels at the default zoom. Labels sit inside their nodes, so separating the node boxes
// (plus a gap) is enough. Sweep over boxes sorted by x, so 2,000 nodes stay fast.

export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export function countOverlaps(boxes: readonly Box[], gap = 0): number {
  let count = 0;
  const sorted = [...boxes].sort((a, b) => a.x - a.w / 2 - (b.x - b.w / 2));
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (b.x - b.w / 2 >= a.x + a.w / 2 + gap) break;
      const dx = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x);
      const dy = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y);
      if (dx > 0 && dy > 0) count++;
    }
  }
  return count;
}

/** Rounds of local pushing before the whole layout also starts to spread out. */
const LOCAL_ROUNDS = 40;

function spread(boxes: Box[], factor: number): void {
  const cx = boxes.reduce((sum, b) => sum + b.x, 0) / boxes.length;
  const cy = boxes.reduce((sum, b) => sum + b.y, 0) / boxes.length;
  for (const b of boxes) {
    b.x = cx + (b.x - cx) * factor;
    b.y = cy + (b.y - cy) * factor;
  }
}

/**
 * Moves boxes (in place) until none overlap, pushing each pair apart along its shallower axis.
 * Pairwise pushes can chase each other in a crowded spot; after LOCAL_ROUNDS the layout also
 * spreads a little each round, which always ends the chase.
 */
export function removeOverlaps(boxes: Box[], gap = 8, maxRounds = 300): Box[] {
  for (let round = 0; round < maxRounds; round++) {
    if (round >= LOCAL_ROUNDS) spread(boxes, 1.03);
    let moved = false;
    boxes.sort((a, b) => a.x - a.w / 2 - (b.x - b.w / 2));
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; a && j < boxes.length; j++) {
        const b = boxes[j];
        if (!b) continue;
        if (b.x - b.w / 2 >= a.x + a.w / 2 + gap) break;
        const dx = (a.w + b.w) / 2 + gap - Math.abs(a.x - b.x);
        const dy = (a.h + b.h) / 2 + gap - Math.abs(a.y - b.y);
        if (dx <= 0 || dy <= 0) continue;
        moved = true;
        if (Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1) {
          // Coincident boxes (a degenerate layout) spread out around the circle, not in a column.
          const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
          b.x += Math.cos(angle) * (a.w + b.w) * 0.5;
          b.y += Math.sin(angle) * (a.h + b.h) * 0.5;
          continue;
        }
        // Ties (identical positions) are broken by order so the result stays deterministic.
        if (dx < dy) {
          const sign = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += (sign * dx) / 2;
          b.x -= (sign * dx) / 2;
        } else {
          const sign = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += (sign * dy) / 2;
          b.y -= (sign * dy) / 2;
        }
      }
    }
    if (!moved) break;
  }
  return boxes;
}
