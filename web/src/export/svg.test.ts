import { DOMParser, onWarningStopParsing, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import { textWidth } from './geometry.js';
import { SVG_MARGIN, toSvg } from './svg.js';
import { snapshotGroup, snapshotNode } from './test-fixtures.js';

/** A concept box at (x, y), labelled with its id unless told otherwise. */
const box = (id: string, x: number, width: number, label = id, y = 0, parent?: string) =>
  snapshotNode({ id, label, x, y, width, ...(parent ? { parent } : {}) });

const group = (id: string, label: string, x1: number, y1: number, x2: number, y2: number) =>
  snapshotGroup({ id, label, x1, y1, x2, y2 });

const snapshot = (parts: Partial<ViewSnapshot>): ViewSnapshot => ({
  nodes: [],
  groups: [],
  edges: [],
  bounds: { x1: 0, y1: 0, x2: 0, y2: 0 },
  background: '#fff',
  ...parts,
});

/** Parses as an outside reader would: strict XML, any warning or error throws. */
function parse(svg: string) {
  const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(
    svg,
    'image/svg+xml',
  );
  type Root = { getElementsByTagName(n: string): ArrayLike<Element> };
  const all = (name: string, root: Root = doc) => Array.from(root.getElementsByTagName(name));
  const first = (name: string, root: Root = doc): Element => {
    const found = all(name, root)[0];
    if (!found) throw new Error(`Expected a <${name}>`);
    return found;
  };
  const byClass = (name: string) => all('g').filter((g) => g.getAttribute('class') === name);
  const root = doc.documentElement;
  if (!root) throw new Error('Expected a root element');
  return { root, all, first, byClass };
}

const num = (e: Element, name: string) => Number(e.getAttribute(name));

describe('the SVG serializer', () => {
  it('escapes hostile labels and keeps them as text', () => {
    const node = box('a"b', 0, 120, '</text><script>x</script>');
    const hostileGroup = group('g"<', '<script>y</script> & co', -100, -60, 100, 60);
    const svg = toSvg(
      snapshot({
        nodes: [{ ...node, parent: 'g"<' }],
        groups: [hostileGroup],
        bounds: { x1: -60, y1: -20, x2: 60, y2: 20 },
      }),
      false,
      textWidth,
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('data-id="a&quot;b"');
    const { all, byClass } = parse(svg);
    expect(all('script')).toHaveLength(0);
    expect(byClass('group').map((g) => g.getAttribute('data-id'))).toEqual(['g"<']);
    expect(byClass('group-label').map((g) => g.getAttribute('data-group'))).toEqual(['g"<']);
  });

  it('ends a directed relation at the target box with an arrowhead', () => {
    const edge = { id: 'e', source: 'a', target: 'b', type: 'T', color: '#c00', width: 2 };
    const svg = (arrow: boolean) =>
      toSvg(
        snapshot({
          nodes: [box('a', 0, 100), box('b', 300, 100)],
          edges: [{ ...edge, dashed: false, arrow }],
          bounds: { x1: -50, y1: -20, x2: 350, y2: 20 },
        }),
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
      snapshot({ nodes: [node], bounds: { x1: -35, y1: -20, x2: 35, y2: 20 }, background: '' }),
      true,
      textWidth,
    );
    const spans = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.join(' ')).toBe('one two three four five six');
  });
});

describe('labels in the SVG, as the canvas draws them', () => {
  it('draws a bold label in bold, measured in bold, and a plain one plain', () => {
    const label = 'Keserasian Sosial';
    const bold = { ...box('topic', 0, 100, label), fontWeight: 'bold' as const, fontSize: 17 };
    const plain = box('plain', 200, 100, label);
    const measured: string[] = [];
    const recorded = (weight: string) => (text: string, size: number) => {
      measured.push(`${weight} ${size}`);
      return textWidth(text, size);
    };
    const svg = toSvg(
      snapshot({ nodes: [bold, plain], bounds: { x1: -50, y1: -20, x2: 250, y2: 20 } }),
      true,
      recorded('normal'),
      recorded('bold'),
    );
    const { byClass, first } = parse(svg);
    const weights = byClass('node').map((g) => first('text', g).getAttribute('font-weight'));
    expect(weights).toEqual(['bold', null]);
    expect(measured).toContain('bold 17');
    expect(measured).toContain('normal 12');
    expect(measured).not.toContain('normal 17');
  });

  it('sets each line on its own baseline below the line’s centre, with no dominant-baseline', () => {
    const node = box('a', 0, 100, 'one', 50);
    const svg = toSvg(
      snapshot({ nodes: [node], bounds: { x1: -50, y1: 30, x2: 50, y2: 70 } }),
      true,
      textWidth,
      textWidth,
      (size) => size * 0.3,
    );
    expect(svg).not.toContain('dominant-baseline');
    const { first } = parse(svg);
    expect(num(first('tspan'), 'y')).toBeCloseTo(50 + 12 * 0.3, 1);
  });
});

describe('sections drawn as groups in the SVG', () => {
  const sections = snapshot({
    groups: [
      group('sec-a', 'a. Pengertian', -120, -80, 120, 60),
      group('sec-b', 'b. Nilai Dasar Keserasian Sosial', 200, -80, 330, 60),
    ],
    nodes: [
      box('topic', -300, 100),
      box('x', 0, 100, 'x', 10, 'sec-a'),
      box('y', 265, 100, 'y', 10, 'sec-b'),
    ],
    edges: [
      // The section's own member: the box says it, no line.
      {
        id: 'm',
        source: 'sec-a',
        target: 'x',
        type: 'HAS_MEMBER',
        color: '#ccc',
        width: 1,
        dashed: false,
        arrow: true,
      },
      // The topic has the section: a line that ends on the section's box.
      {
        id: 's',
        source: 'topic',
        target: 'sec-a',
        type: 'HAS_SECTION',
        color: '#999',
        width: 1,
        dashed: false,
        arrow: true,
      },
      // A meaning relation from one section's concept to another's.
      {
        id: 'r',
        source: 'x',
        target: 'y',
        type: 'SUPPORTS',
        color: '#c00',
        width: 2,
        dashed: false,
        arrow: true,
      },
    ],
    bounds: { x1: -350, y1: -80, x2: 330, y2: 60 },
  });

  it('draws each group as a box behind everything, its title over the relations', () => {
    const svg = toSvg(sections, false, textWidth, textWidth);
    const { all, first, byClass } = parse(svg);
    const layers = all('g')
      .filter((g) => g.parentNode?.nodeName === 'svg')
      .map((g) => g.getAttribute('class'));
    expect(layers).toEqual(['groups', 'edges', 'group-labels', 'nodes']);
    const groups = byClass('group');
    expect(groups.map((g) => g.getAttribute('data-id'))).toEqual(['sec-a', 'sec-b']);
    const [sectionA] = groups;
    if (!sectionA) throw new Error('Expected a group');
    const rect = first('rect', sectionA);
    expect([num(rect, 'x'), num(rect, 'y'), num(rect, 'width'), num(rect, 'height')]).toEqual([
      -120, -80, 240, 140,
    ]);
    expect(rect.getAttribute('fill')).toBe('#eef');
    expect(rect.getAttribute('stroke')).toBe('#99a');
    const titles = byClass('group-label');
    expect(titles.map((g) => g.getAttribute('data-group'))).toEqual(['sec-a', 'sec-b']);
    const [titleA] = titles;
    if (!titleA) throw new Error('Expected a title');
    const label = first('text', titleA);
    expect(label.textContent).toBe('a. Pengertian');
    expect(label.getAttribute('fill')).toBe('#223');
    expect(label.getAttribute('font-weight')).toBe('bold');
    // The patch behind the title is the box's own fill, inside the box.
    const tab = first('rect', titleA);
    expect(tab.getAttribute('fill')).toBe('#eef');
    expect(num(tab, 'x')).toBeGreaterThan(-120);
    expect(num(tab, 'x') + num(tab, 'width')).toBeLessThan(120);
    expect(num(tab, 'y')).toBeGreaterThan(-80);
  });

  it('keeps every group label inside its box, shrinking or wrapping a long one', () => {
    const svg = toSvg(sections, true, textWidth, textWidth);
    const { all, first, byClass } = parse(svg);
    const titles = byClass('group-label');
    for (const g of byClass('group')) {
      const rect = first('rect', g);
      const [x1, y1] = [num(rect, 'x'), num(rect, 'y')];
      const [x2, y2] = [x1 + num(rect, 'width'), y1 + num(rect, 'height')];
      const title = titles.find((t) => t.getAttribute('data-group') === g.getAttribute('data-id'));
      if (!title) throw new Error('Expected a title for each group');
      const text = first('text', title);
      const size = num(text, 'font-size');
      for (const span of all('tspan', text)) {
        const half = textWidth(span.textContent ?? '', size) / 2;
        // y is the line's baseline: a typical font rises 0.93 em above it, drops 0.24 below.
        const [x, y] = [num(span, 'x'), num(span, 'y')];
        expect(x - half).toBeGreaterThanOrEqual(x1);
        expect(x + half).toBeLessThanOrEqual(x2);
        expect(y - 0.93 * size).toBeGreaterThanOrEqual(y1);
        expect(y + 0.24 * size).toBeLessThanOrEqual(y2);
      }
    }
    // The narrow box's label could not keep its size on one line.
    const narrow = titles.find((e) => e.getAttribute('data-group') === 'sec-b');
    if (!narrow) throw new Error('Expected section b');
    const text = first('text', narrow);
    const spans = all('tspan', text).map((s) => s.textContent);
    expect(num(text, 'font-size') < 14 || spans.length > 1).toBe(true);
    expect(spans.join(' ')).toBe('b. Nilai Dasar Keserasian Sosial');
  });

  it('leaves out a section’s lines to its own members, and ends others on the box', () => {
    const svg = toSvg(sections, true, textWidth);
    const { first, byClass } = parse(svg);
    const edges = byClass('edge');
    expect(edges.map((e) => e.getAttribute('data-type'))).toEqual(['HAS_SECTION', 'SUPPORTS']);
    // topic (right side at x -250) to the section box's left side (x -120), arrowhead's tip there.
    const [toSection] = edges;
    if (!toSection) throw new Error('Expected a relation');
    const arrow = first('polygon', toSection);
    expect(arrow.getAttribute('points')?.split(' ')[0]).toBe('-120,-6');
  });

  it('frames the groups, concepts and labels with a margin', () => {
    const svg = toSvg(
      snapshot({
        ...sections,
        // Bounds that miss part of a box must not clip it.
        bounds: { x1: -300, y1: -40, x2: 300, y2: 40 },
      }),
      false,
      textWidth,
    );
    const { root } = parse(svg);
    const [x, y, w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect([x, y, w, h]).toEqual([
      -350 - SVG_MARGIN,
      -80 - SVG_MARGIN,
      680 + 2 * SVG_MARGIN,
      140 + 2 * SVG_MARGIN,
    ]);
    expect(num(root, 'width')).toBe(w);
    expect(num(root, 'height')).toBe(h);
  });
});
