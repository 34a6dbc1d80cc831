// Every layout in the registry runs (headless, as in the layout worker) and places every node.
import { describe, expect, it } from 'vitest';
import { layoutHeadless } from './headless-layout.js';
import { cytoscapeLayout, isCytoscapeLayout, LAYOUT_OPTIONS } from './layout-options.js';
import { isLayoutName, LAYOUTS } from './registry.js';
import { loadWorkerExtension as loadExtension } from './worker-extensions.js';

const ids = ['a', 'b', 'c', 'd', 'e'];
const nodes = ids.map((id, i) => ({ id, w: 60, h: 24, x: i, y: 0, kindOrder: i }));
const edges = ['ab', 'bc', 'cd', 'ae'].map((pair) => ({
  id: pair,
  source: pair.charAt(0),
  target: pair.charAt(1),
}));

describe('the layout registry', () => {
  it.each(LAYOUTS.map((l) => l.name))('runs %s and places every node', async (name) => {
    let placed: { id: string; x: number; y: number }[];
    if (isCytoscapeLayout(name)) {
      const { extension } = cytoscapeLayout(name);
      if (extension) await loadExtension(extension);
      placed = await layoutHeadless({ name, incremental: false, seed: 1, nodes, edges });
    } else {
      const items = nodes.map((n, i) => ({ ...n, group: i % 2 }));
      placed = LAYOUT_OPTIONS[name].positions(items, 16 / 9);
    }
    expect(placed.map((p) => p.id).sort()).toEqual(ids);
    expect(placed.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(placed.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(5);
  });

  it('puts the topic on top in the layered layout, boxes and relations pointing at it or not', async () => {
    await loadExtension('elk');
    // A topic, a box holding two concepts, and relations into the topic (as the text's pledge
    // items commit to it), which would otherwise lift the box above it.
    const boxed = [
      { id: 'box', w: 80, h: 26, x: 0, y: 0, kindOrder: 1 },
      { id: 'topic', w: 90, h: 30, x: 0, y: 0, kindOrder: 0 },
      { id: 'm1', w: 60, h: 24, x: 1, y: 0, kindOrder: 2, parent: 'box' },
      { id: 'm2', w: 60, h: 24, x: 2, y: 0, kindOrder: 2, parent: 'box' },
      { id: 'free', w: 60, h: 24, x: 3, y: 0, kindOrder: 2 },
    ];
    const links = [
      { id: 'a', source: 'm1', target: 'topic' },
      { id: 'b', source: 'm2', target: 'topic' },
      { id: 'c', source: 'm1', target: 'm2' },
      { id: 'd', source: 'topic', target: 'free' },
    ];
    const placed = await layoutHeadless({
      name: 'elk',
      incremental: false,
      seed: 1,
      nodes: boxed,
      edges: links,
    });
    const y = new Map(placed.map((p) => [p.id, p.y]));
    for (const id of ['m1', 'm2', 'free']) expect(y.get('topic')).toBeLessThan(y.get(id) ?? 0);
  });

  it('takes only its own names from outside text', () => {
    expect(isLayoutName('elk')).toBe(true);
    expect(isLayoutName('cose')).toBe(false);
    expect(isLayoutName('constructor')).toBe(false);
  });
});
