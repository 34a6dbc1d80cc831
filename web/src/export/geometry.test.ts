import { describe, expect, it } from 'vitest';
import { measureLabel, measureText, RANK_FONTS } from '../graph-view/measure.js';
import { borderPoint, edgeGeometry, textWidth, layoutLabel, wrapLabel } from './geometry.js';

const box = (x: number, y: number, width: number, height: number, shape?: string) => ({
  x,
  y,
  width,
  height,
  ...(shape ? { shape } : {}),
});

describe('the shared drawing geometry', () => {
  it('finds where a line from the centre leaves a box or an ellipse', () => {
    expect(borderPoint(box(0, 0, 100, 40), 200, 0)).toEqual([50, 0]);
    expect(borderPoint(box(0, 0, 100, 40), 0, -200)).toEqual([0, -20]);
    const [x, y] = borderPoint(box(0, 0, 100, 40, 'ellipse'), 100, 40);
    expect((x / 50) ** 2 + (y / 20) ** 2).toBeCloseTo(1);
    expect(borderPoint(box(3, 4, 10, 10), 3, 4)).toEqual([3, 4]);
  });

  it('stops a directed line at its arrowhead, whose tip is on the target border', () => {
    const edge = edgeGeometry(box(0, 0, 100, 40), box(300, 0, 100, 40), true);
    expect(edge.start).toEqual([50, 0]);
    expect(edge.tip).toEqual([250, 0]);
    expect(edge.end).toEqual([241, 0]);
    expect(edge.head?.[0]).toEqual([250, 0]);
    expect(edge.head?.slice(1).map(([hx]) => hx)).toEqual([241, 241]);
    const plain = edgeGeometry(box(0, 0, 100, 40), box(300, 0, 100, 40), false);
    expect(plain).toMatchObject({ end: [250, 0], head: null });
  });

  it('wraps words greedily and keeps an overlong word whole', () => {
    expect(wrapLabel('one two three four five six', 60, 12)).toEqual([
      'one two',
      'three',
      'four',
      'five six',
    ]);
    expect(wrapLabel('  Keserasian  ', 10, 12)).toEqual(['Keserasian']);
  });

  it('draws a label as the canvas measured its box: the same lines at the same size', () => {
    const labels = [
      'Keserasian Sosial',
      'Pemeliharaan dan pemantapan keharmonisan sosial',
      'Butir 3: Menumbuhkembangkan kearifan lokal',
      'Menumbuhkembangkan',
      'Konvensi Nasional Keserasian Sosial 2009',
    ];
    for (const label of labels) {
      for (const font of Object.values(RANK_FONTS)) {
        const measured = measureLabel(label, font, measureText);
        const layout = layoutLabel(label, box(0, 0, measured.w, measured.h), font.size, textWidth);
        expect(layout.fontSize, label).toBe(font.size);
        expect(layout.lines.map((l) => l.text).join('\n'), label).toBe(measured.text);
      }
    }
  });

  it('cuts a word too wide for its box even at the smallest size, so nothing spills', () => {
    const word = 'Menumbuhkembangkankearifanlokal';
    const layout = layoutLabel(word, box(0, 0, 60, 80), 13, textWidth);
    expect(layout.fontSize).toBe(8);
    expect(layout.lines.length).toBeGreaterThan(1);
    expect(layout.lines.map((l) => l.text).join('')).toBe(word);
    for (const line of layout.lines)
      expect(textWidth(line.text, layout.fontSize)).toBeLessThanOrEqual(60 - 2 * 6 + 0.5);
  });

  it('shrinks a label until its lines fit the box, and centres them', () => {
    const long = 'a label much longer than the language the box was measured for';
    const fitted = layoutLabel(long, box(100, 50, 120, 40), 14, textWidth);
    expect(fitted.fontSize).toBeLessThan(14);
    const height = fitted.lines.length * fitted.fontSize * 1.25;
    expect(height <= 36 || fitted.fontSize === 8).toBe(true);
    const ys = fitted.lines.map((l) => l.y);
    expect(((ys[0] ?? 0) + (ys.at(-1) ?? 0)) / 2).toBeCloseTo(50);
    expect(fitted.lines.every((l) => l.x === 100)).toBe(true);
  });
});
