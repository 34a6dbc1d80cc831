import { describe, expect, it } from 'vitest';
import { textWidth } from './geometry.js';
import { toSvg } from './svg.js';

/** A concept box at (x, 0), labelled with its id unless told otherwise. */
const box = (id: string, x: number, width: number, label = id) => ({
  id,
  label,
  kind: 'K',
  x,
  y: 0,
  width,
  height: 40,
  fill: '#fff',
  border: '#000',
  textColor: '#111',
  fontSize: 12,
  shape: 'round-rectangle',
});

describe('the SVG serializer', () => {
  it('escapes hostile labels and keeps them as text', () => {
    const node = box('a"b', 0, 120, '</text><script>x</script>');
    const svg = toSvg(
      {
        nodes: [node],
        edges: [],
        bounds: { x1: -60, y1: -20, x2: 60, y2: 20 },
        background: '#fff',
      },
      false,
      textWidth,
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('data-id="a&quot;b"');
  });
  it('ends a directed relation at the target box with an arrowhead', () => {
    const edge = { id: 'e', source: 'a', target: 'b', type: 'T', color: '#c00', width: 2 };
    const svg = (arrow: boolean) =>
      toSvg(
        {
          nodes: [box('a', 0, 100), box('b', 300, 100)],
          edges: [{ ...edge, dashed: false, arrow }],
          bounds: { x1: -50, y1: -20, x2: 350, y2: 20 },
          background: '#fff',
        },
        true,
        textWidth,
      );
    // From a's right side (x 50) to b's left side (x 250), the tip on b's border.
    expect(svg(true)).toContain('<line x1="50" y1="0" x2="241" y2="0"');
    expect(svg(true)).toMatch(
      /<polygon class="arrow" points="250,0 241,[-\d.]+ 241,[-\d.]+" fill="#c00"\/>/,
    );
    expect(svg(false)).not.toContain('<polygon');
  });
  it('wraps a long label into lines inside its box, in order', () => {
    const node = box('a', 0, 70, 'one two three four five six');
    const svg = toSvg(
      { nodes: [node], edges: [], bounds: { x1: -35, y1: -20, x2: 35, y2: 20 }, background: '' },
      true,
      textWidth,
    );
    const spans = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.join(' ')).toBe('one two three four five six');
  });
});
