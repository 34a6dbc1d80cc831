// Force layouts leave most of the screen empty, so fitting them shrinks the labels. Stretching
// the layout to the screen's shape and then drawing positions together (node boxes keep their
// size) makes the text as large as it can be at the default zoom; the overlap pass that follows
// restores the gaps between boxes.
import { extentOf } from '../groups.js';
import { countOverlaps, type Box } from './overlap.js';

function bounds(boxes: readonly Box[]) {
  const { x1, y1, x2, y2 } = extentOf(boxes);
  return { minX: x1, maxX: x2, minY: y1, maxY: y2, w: x2 - x1, h: y2 - y1 };
}

function scaled(boxes: readonly Box[], sx: number, sy: number): Box[] {
  return boxes.map((b) => ({ ...b, x: b.x * sx, y: b.y * sy }));
}

/**
 * Returns new boxes stretched toward `aspect` (width / height) and compacted until about
 * `tolerance` of them touch; callers run removeOverlaps afterwards.
 */
export function compact(
  boxes: readonly Box[],
  aspect: number,
  gap: number,
  tolerance = 0.8,
): Box[] {
  if (boxes.length < 3) return boxes.map((b) => ({ ...b }));
  const b = bounds(boxes);
  const stretch = Math.sqrt(aspect / Math.max(0.1, b.w / Math.max(1, b.h)));
  // Stretch at most 1.6× either way: a very long chain should stay recognisable.
  const sx = Math.min(1.6, Math.max(1 / 1.6, stretch));
  const stretched = scaled(boxes, sx, 1 / sx);
  const allowed = Math.floor(boxes.length * tolerance);
  // The scale may also grow: a stretched ring or layer can start out too crowded.
  let low = 0.2;
  let high = 3;
  if (countOverlaps(scaled(stretched, high, high), gap) > allowed)
    return scaled(stretched, high, high);
  for (let i = 0; i < 14; i++) {
    const mid = (low + high) / 2;
    if (countOverlaps(scaled(stretched, mid, mid), gap) > allowed) low = mid;
    else high = mid;
  }
  return scaled(stretched, high, high);
}

/**
 * The opposite of compact, for large graphs whose layouts pack boxes too tightly to read when
 * zoomed in: spreads positions (not sizes) until the boxes cover at most `density` of the area.
 */
export function spreadToDensity(boxes: Box[], density: number): Box[] {
  if (boxes.length < 2) return boxes;
  const b = bounds(boxes);
  const covered = boxes.reduce((sum, box) => sum + box.w * box.h, 0);
  const factor = Math.sqrt(covered / density / Math.max(1, b.w * b.h));
  if (factor <= 1) return boxes;
  for (const box of boxes) {
    box.x *= factor;
    box.y *= factor;
  }
  return boxes;
}
