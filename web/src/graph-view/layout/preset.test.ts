import { describe, expect, it } from 'vitest';
import { fittingPreset, type PresetLayout } from './preset.js';

const here = [
  { id: 'a', x: 0, y: 0, w: 100, h: 30, parent: null },
  { id: 'b', x: 0, y: 0, w: 60, h: 25, parent: 's' },
];
const preset = (over: Partial<PresetLayout> = {}): PresetLayout => ({
  name: 'fcose',
  aspect: 1.6,
  nodes: [
    { id: 'a', x: -80, y: 5, width: 104, height: 30, parent: null },
    { id: 'b', x: 70, y: -5, width: 58, height: 25, parent: 's' },
  ],
  ...over,
});

describe('fittingPreset', () => {
  it("places this canvas's boxes where the preset put them", () => {
    const placed = fittingPreset(here, { name: 'fcose', aspect: 1.62, preset: preset() });
    expect(placed).toEqual([
      { id: 'a', x: -80, y: 5, w: 100, h: 30 },
      { id: 'b', x: 70, y: -5, w: 60, h: 25 },
    ]);
  });

  it('refuses another layout, another shape, other nodes or other boxes', () => {
    expect(fittingPreset(here, { name: 'elk', aspect: 1.6, preset: preset() })).toBeNull();
    expect(fittingPreset(here, { name: 'fcose', aspect: 0.6, preset: preset() })).toBeNull();
    const moved = preset({
      nodes: preset().nodes.map((n) => ({ ...n, parent: null })),
    });
    expect(fittingPreset(here, { name: 'fcose', aspect: 1.6, preset: moved })).toBeNull();
    const fewer = preset({ nodes: preset().nodes.slice(0, 1) });
    expect(fittingPreset(here, { name: 'fcose', aspect: 1.6, preset: fewer })).toBeNull();
  });

  it('refuses label boxes measured in another font', () => {
    const wide = preset({ nodes: preset().nodes.map((n) => ({ ...n, width: n.width * 1.8 })) });
    expect(fittingPreset(here, { name: 'fcose', aspect: 1.6, preset: wide })).toBeNull();
  });
});
