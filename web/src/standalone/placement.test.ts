import { describe, expect, it } from 'vitest';
import { countOverlaps } from '../graph-view/layout/overlap.js';
import { measureLabel, measureText, RANK_FONTS } from '../graph-view/measure.js';
import type { StandaloneConcept, StandaloneGroup } from './data.js';
import { placementIn } from './placement.js';
import { drawnConcept } from './test-fixtures.js';

const font = RANK_FONTS[2];

/** A concept as the explorer drew it in English: its box measured for its English label. */
function concept(id: string, labels: { id: string; en: string }, x: number, y: number, group = '') {
  const measured = measureLabel(labels.en, font, measureText);
  return drawnConcept({
    id,
    labels,
    x,
    y,
    w: measured.w,
    h: measured.h,
    fontSize: font.size,
    fontWeight: font.weight,
    group: group || null,
  });
}

const section = (id: string, x1: number, y1: number, x2: number, y2: number): StandaloneGroup => ({
  id,
  kind: 'Section',
  labels: { id: `${id}. Nilai Dasar Keserasian Sosial`, en: `${id}. Basic values` },
  definitions: { id: null, en: null },
  quote: null,
  page: null,
  source: null,
  x1,
  y1,
  x2,
  y2,
  fill: '#eef',
  border: '#99a',
  textColor: '#111',
  fontSize: 14,
  fontWeight: 'bold',
});

/** Two sections side by side, their concepts packed as tightly as English allowed. */
function drawnInEnglish(): { concepts: StandaloneConcept[]; groups: StandaloneGroup[] } {
  const concepts = [
    concept('a', { id: 'Kemajemukan', en: 'Pluralism' }, 0, 0, 'g'),
    concept('b', { id: 'Kearifan lokal masyarakat', en: 'Local wisdom' }, 0, 40, 'g'),
    concept('c', { id: 'Persaudaraan sejati', en: 'Brotherhood' }, 180, 0, 'h'),
    concept('d', { id: 'Saling menghormati', en: 'Respect' }, 180, 40, 'h'),
    concept('e', { id: 'Keserasian Sosial', en: 'Social Harmony' }, 90, 120),
  ];
  return { concepts, groups: [section('g', -70, -60, 70, 70), section('h', 110, -60, 250, 70)] };
}

const rect = (c: { x: number; y: number; w: number; h: number }) => ({
  x1: c.x - c.w / 2,
  y1: c.y - c.h / 2,
  x2: c.x + c.w / 2,
  y2: c.y + c.h / 2,
});

describe('the standalone viewer’s boxes in the language shown', () => {
  it('keeps the file’s own drawing in the language and fonts it was made with', () => {
    const { concepts, groups } = drawnInEnglish();
    const placed = placementIn(concepts, groups, 'en', measureText);
    for (const c of concepts)
      expect(placed.concepts.get(c.id)).toEqual({ x: c.x, y: c.y, w: c.w, h: c.h });
    for (const g of groups)
      expect(placed.groups.get(g.id)).toEqual({ x1: g.x1, y1: g.y1, x2: g.x2, y2: g.y2 });
  });

  it('sizes each box to its label in the other language, and moves boxes apart as the explorer does', () => {
    const { concepts, groups } = drawnInEnglish();
    const placed = placementIn(concepts, groups, 'id', measureText);
    const boxes = concepts.map((c) => {
      const at = placed.concepts.get(c.id);
      if (!at) throw new Error(`Expected a place for ${c.id}`);
      // The box is the one the canvas measures for the Indonesian label, at the canvas's size.
      const measured = measureLabel(c.labels.id ?? '', font, measureText);
      expect([at.w, at.h], c.id).toEqual([measured.w, measured.h]);
      return { id: c.id, ...at };
    });
    expect(countOverlaps(boxes)).toBe(0);
    // Each section's box holds its concepts, and the two boxes and the topic stand apart.
    for (const c of concepts) {
      if (!c.group) continue;
      const frame = placed.groups.get(c.group);
      const inner = rect(boxes.find((b) => b.id === c.id) ?? { x: 0, y: 0, w: 0, h: 0 });
      expect(frame && inner.x1 >= frame.x1 && inner.x2 <= frame.x2, c.id).toBe(true);
      expect(frame && inner.y1 >= frame.y1 && inner.y2 <= frame.y2, c.id).toBe(true);
    }
    const frames = [...placed.groups.entries()].map(([id, r]) => ({
      id,
      x: (r.x1 + r.x2) / 2,
      y: (r.y1 + r.y2) / 2,
      w: r.x2 - r.x1,
      h: r.y2 - r.y1,
    }));
    const topic = boxes.find((b) => b.id === 'e');
    expect(countOverlaps([...frames, ...(topic ? [topic] : [])])).toBe(0);
  });
});
