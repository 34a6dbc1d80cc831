// Layouts with groups (sections drawn as boxes around their members): every member inside its
// box, no box over a node it does not hold, no two boxes over each other, no two nodes touching.
import { describe, expect, it } from 'vitest';
import { extentOf, groupFrame, type Rect } from '../groups.js';
import { groupedPositions, type GroupedItem, type LayoutGroup } from './grouped.js';
import { arrangeNested } from './nested.js';
import { countOverlaps, type Box } from './overlap.js';
import { rows, spiralPack } from './pack.js';
import { concentricPositions } from './rings.js';
import { seededRandom } from './seeded-random.js';

const label = { w: 150, h: 26 };

/** A topic, `sections` boxes of 4 to 12 members each, and a few concepts in no box. */
function sectioned(sections: number, seed = 3) {
  const random = seededRandom(seed);
  const groups: LayoutGroup[] = Array.from({ length: sections }, (_, i) => ({
    id: `s${i}`,
    parent: null,
    label,
    kind: 1,
    order: i + 1,
  }));
  const items: GroupedItem[] = [{ id: 'topic', group: 0, w: 90, h: 40, degree: 30, order: 0 }];
  for (const g of groups) {
    const count = 4 + Math.floor(random() * 9);
    for (let i = 0; i < count; i++)
      items.push({
        id: `${g.id}-m${i}`,
        group: 2 + (i % 3),
        w: 50 + random() * 90,
        h: 22 + random() * 30,
        parent: g.id,
        degree: Math.floor(random() * 8),
      });
  }
  for (let i = 0; i < 3; i++) items.push({ id: `free${i}`, group: 5, w: 80, h: 24, degree: 1 });
  return { items, groups };
}

const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const rectOf = (b: Box): Rect => ({
  x1: b.x - b.w / 2,
  y1: b.y - b.h / 2,
  x2: b.x + b.w / 2,
  y2: b.y + b.h / 2,
});

/** What is wrong with a drawing: overlapping nodes, strays, boxes over outsiders or each other. */
function problems(placed: readonly Box[], items: readonly GroupedItem[], groups: LayoutGroup[]) {
  const parent = new Map(items.map((i) => [i.id, i.parent ?? null]));
  const found: string[] = [];
  if (countOverlaps(placed, 0)) found.push(`${countOverlaps(placed, 0)} overlapping nodes`);
  const frames = groups.map((g) => ({
    id: g.id,
    frame: groupFrame(extentOf(placed.filter((b) => parent.get(b.id) === g.id)), g.label),
  }));
  for (const { id, frame } of frames) {
    for (const b of placed)
      if (parent.get(b.id) !== id && overlap(frame, rectOf(b))) found.push(`${b.id} in ${id}`);
    for (const other of frames)
      if (other.id < id && overlap(frame, other.frame)) found.push(`${id} over ${other.id}`);
  }
  return found;
}

describe('layouts with boxes', () => {
  const { items, groups } = sectioned(7);

  it('the grouped layout keeps boxes apart and each member in its own box', () => {
    for (const aspect of [0.5, 1.7, 2.4]) {
      expect(problems(groupedPositions(items, aspect, groups), items, groups)).toEqual([]);
    }
  });

  it('the concentric layout too, with the most connected in the middle', () => {
    for (const aspect of [0.5, 1.7]) {
      const placed = concentricPositions(items, aspect, groups);
      expect(problems(placed, items, groups)).toEqual([]);
      const e = extentOf(placed);
      const topic = placed.find((b) => b.id === 'topic');
      // Closer to the middle than to any edge of the drawing.
      expect(Math.abs((topic?.x ?? 0) - (e.x1 + e.x2) / 2)).toBeLessThan((e.x2 - e.x1) / 4);
      expect(Math.abs((topic?.y ?? 0) - (e.y1 + e.y2) / 2)).toBeLessThan((e.y2 - e.y1) / 4);
    }
  });

  it('a force layout’s scattered members are gathered into their boxes, boxes closed up', () => {
    const random = seededRandom(9);
    // Members strewn across the whole plane, as a force layout pulled by outside relations may.
    const leaves: Box[] = items.map((i) => ({
      id: i.id,
      x: random() * 3000,
      y: random() * 2000,
      w: i.w,
      h: i.h,
    }));
    const parentOf = new Map(items.flatMap((i) => (i.parent ? [[i.id, i.parent] as const] : [])));
    for (const pieces of ['spiral', 'rows'] as const) {
      const placed = arrangeNested(
        leaves.map((l) => ({ ...l })),
        parentOf,
        groups,
        { aspect: 16 / 9, gap: 8, inside: 'rows', compact: true, pieces },
      );
      expect(problems(placed, items, groups)).toEqual([]);
      // Drawn together: far smaller than the plane they were strewn over.
      const e = extentOf(placed);
      expect((e.x2 - e.x1) * (e.y2 - e.y1)).toBeLessThan(3000 * 2000 * 0.5);
    }
  });

  it('only separates when asked not to compact (a relabelled view keeps its places)', () => {
    const placed = groupedPositions(items, 16 / 9, groups);
    const grown = placed.map((b) => ({ ...b, w: b.w * 1.3 }));
    const parentOf = new Map(items.flatMap((i) => (i.parent ? [[i.id, i.parent] as const] : [])));
    arrangeNested(grown, parentOf, groups, {
      aspect: 1,
      gap: 8,
      inside: 'separate',
      compact: false,
    });
    expect(problems(grown, items, groups)).toEqual([]);
  });
});

describe('packing', () => {
  const random = seededRandom(5);
  const boxes: Box[] = Array.from({ length: 30 }, (_, i) => ({
    id: `b${i}`,
    x: random() * 900,
    y: random() * 600,
    w: 40 + random() * 200,
    h: 20 + random() * 120,
  }));

  it('rows keep reading order and never overlap', () => {
    const placed = rows(boxes, 1.6, 8);
    expect(countOverlaps(placed, 8)).toBe(0);
    // The topmost box is in the first row (a row's boxes share their middle), and each row runs
    // left to right in the order the boxes had.
    const top = [...boxes].sort((a, b) => a.y - b.y)[0];
    const first = placed.find((b) => b.id === top?.id);
    expect(first?.y).toBe(Math.min(...placed.map((b) => b.y)));
    const row = placed.filter((b) => b.y === first?.y).sort((a, b) => a.x - b.x);
    const before = new Map(boxes.map((b) => [b.id, b.x]));
    const xs = row.map((b) => before.get(b.id) ?? 0);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('a layered row packing gives the top piece a row of its own', () => {
    const root = { id: 'root', x: 450, y: -200, w: 80, h: 30 };
    const placed = rows([root, ...boxes], 1.6, 8, true);
    const at = placed.find((b) => b.id === 'root');
    expect(placed.every((b) => b.id === 'root' || b.y - b.h / 2 > (at?.y ?? 0))).toBe(true);
  });

  it('the spiral closes pieces up without overlaps', () => {
    const placed = spiralPack(boxes, 8, 16 / 9);
    expect(countOverlaps(placed, 8)).toBe(0);
  });
});
