// Every layout in the registry runs (headless, as in the layout worker) and places every node.
import { describe, expect, it } from 'vitest';
import { loadExtension, registerBaseExtensions } from './extensions.js';
import { layoutHeadless } from './headless-layout.js';
import { cytoscapeLayout, isCytoscapeLayout, LAYOUT_OPTIONS } from './layout-options.js';
import { isLayoutName, LAYOUTS } from './registry.js';

const ids = ['a', 'b', 'c', 'd', 'e'];
const nodes = ids.map((id, i) => ({ id, w: 60, h: 24, x: i, y: 0 }));
const edges = ['ab', 'bc', 'cd', 'ae'].map((pair) => ({
  id: pair,
  source: pair.charAt(0),
  target: pair.charAt(1),
}));

describe('the layout registry', () => {
  registerBaseExtensions();

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

  it('takes only its own names from outside text', () => {
    expect(isLayoutName('elk')).toBe(true);
    expect(isLayoutName('cose')).toBe(false);
    expect(isLayoutName('constructor')).toBe(false);
  });
});
