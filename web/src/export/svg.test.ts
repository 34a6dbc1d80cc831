import { describe, expect, it } from 'vitest';
import { toSvg, wrapLabel } from './svg.js';

describe('the SVG serializer', () => {
  it('escapes hostile labels and keeps them as text', () => {
    const node = {
      id: 'a"b',
      label: '</text><script>x</script>',
      kind: 'K',
      x: 0,
      y: 0,
      width: 120,
      height: 40,
      fill: '#fff',
      border: '#000',
      textColor: '#111',
      fontSize: 12,
      shape: 'round-rectangle',
    };
    const svg = toSvg(
      {
        nodes: [node],
        edges: [],
        bounds: { x1: -60, y1: -20, x2: 60, y2: 20 },
        background: '#fff',
      },
      false,
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });
  it('wraps long labels into lines', () => {
    expect(wrapLabel('one two three four five six', 60, 12).length).toBeGreaterThan(1);
  });
});
