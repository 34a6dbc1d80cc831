import { describe, expect, it } from 'vitest';
import { compact } from './compact.js';
import { groupedPositions } from './grouped.js';
import { countOverlaps, removeOverlaps, type Box } from './overlap.js';
import { seededRandom } from './seeded-random.js';

function randomBoxes(count: number, spread: number, seed = 1): Box[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: random() * spread,
    y: random() * spread,
    w: 40 + random() * 100,
    h: 20 + random() * 30,
  }));
}

describe('overlap removal', () => {
  it('separates every pair of boxes, with the gap', () => {
    const boxes = randomBoxes(90, 300);
    expect(countOverlaps(boxes, 8)).toBeGreaterThan(0);
    removeOverlaps(boxes, 8);
    expect(countOverlaps(boxes, 8)).toBe(0);
  });

  it('spreads coincident boxes instead of stacking them', () => {
    const boxes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, x: 0, y: 0, w: 80, h: 24 }));
    removeOverlaps(boxes, 8);
    expect(countOverlaps(boxes, 8)).toBe(0);
    const xs = boxes.map((b) => b.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(160);
  });

  it('compacts a sparse layout and stays overlap-free after removal', () => {
    const boxes = randomBoxes(80, 3000, 7);
    const compacted = compact(boxes, 16 / 9, 8);
    removeOverlaps(compacted, 8);
    expect(countOverlaps(compacted, 8)).toBe(0);
    const width = (list: Box[]) =>
      Math.max(...list.map((b) => b.x)) - Math.min(...list.map((b) => b.x));
    expect(width(compacted)).toBeLessThan(width(boxes));
  });

  it('lays out kinds in blocks without overlaps', () => {
    const items = randomBoxes(70, 10).map((b, i) => ({ id: b.id, group: i % 6, w: b.w, h: b.h }));
    expect(countOverlaps(groupedPositions(items), 0)).toBe(0);
  });
});
