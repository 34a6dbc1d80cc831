import { describe, expect, it } from 'vitest';
import { textWidth } from './geometry.js';
import { drawnParts, GROUP_PAD_X, isMembership, layoutGroupLabel } from './groups.js';
import { SECTIONED } from './test-fixtures.js';

const box = { x1: 0, y1: 0, x2: 200, y2: 120 };

describe('sections drawn as groups', () => {
  it('puts a label that fits on one line at the top of its box, at its size', () => {
    const layout = layoutGroupLabel('a. Pengertian', box, 14, textWidth);
    expect(layout.fontSize).toBe(14);
    expect(layout.lines).toHaveLength(1);
    expect(layout.lines[0]).toMatchObject({ text: 'a. Pengertian', x: 100 });
    expect(layout.lines[0]?.y).toBeLessThan(20);
  });

  it('shrinks, then wraps, a label too long for its box, never past its sides', () => {
    const long = 'g. Strengthening social harmony together with all its stakeholders and media';
    const layout = layoutGroupLabel(long, box, 14, textWidth);
    expect(layout.fontSize).toBe(8);
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.map((l) => l.text).join(' ')).toBe(long);
    for (const line of layout.lines)
      expect(textWidth(line.text, layout.fontSize)).toBeLessThanOrEqual(200 - 2 * GROUP_PAD_X);
    const slightlyLong = layoutGroupLabel('b. Nilai Dasar Keserasian Sosial', box, 14, textWidth);
    expect(slightlyLong.fontSize).toBeLessThan(14);
    expect(slightlyLong.lines).toHaveLength(1);
  });

  it('knows a section’s relation to its own member, and no other', () => {
    const parentOf = (id: string) => ({ x: 'sec-a', y: 'sec-b' })[id];
    const groups = new Set(['sec-a', 'sec-b']);
    expect(isMembership({ source: 'sec-a', target: 'x' }, parentOf, groups)).toBe(true);
    expect(isMembership({ source: 'x', target: 'sec-a' }, parentOf, groups)).toBe(true);
    expect(isMembership({ source: 'sec-a', target: 'y' }, parentOf, groups)).toBe(false);
    expect(isMembership({ source: 'topic', target: 'sec-a' }, parentOf, groups)).toBe(false);
  });

  it('draws groups, the concepts outside them, and no line a box already says', () => {
    const withSectionNode = {
      ...SECTIONED,
      nodes: [...SECTIONED.nodes, { ...SECTIONED.nodes[0], id: 'sec-a', kind: 'Section' }],
    };
    const drawn = drawnParts(withSectionNode as typeof SECTIONED);
    expect(drawn.groups.map((g) => g.id)).toEqual(['sec-a', 'sec-b']);
    expect(drawn.nodes.map((n) => n.id)).toEqual(['topic', 'x', 'y']);
    expect(drawn.edges.map((e) => e.type)).toEqual(['HAS_SECTION', 'SUPPORTS']);
  });
});
