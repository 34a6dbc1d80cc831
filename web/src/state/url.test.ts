import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../graph-view/layout/registry.js';
import { queryFromView, viewFromQuery } from './url.js';
import { DEFAULT_VIEW, type ViewState } from './view.js';

describe('view in the URL', () => {
  it('round-trips every part of a view', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      graph: 'keserasian-sosial',
      lang: 'en',
      theme: 'dark',
      layout: 'elk',
      sections: 'edges',
      focus: 'forum-desa',
      focusDepth: 2,
      expanded: [
        { id: 'nilai-kesetaraan', depth: 1, types: [] },
        { id: 'tujuan', depth: 2, types: ['SUPPORTS', 'SERVES'] },
      ],
      hidden: ['a', 'b,c'],
      hiddenKinds: ['Actor'],
      hiddenTypes: ['INVOLVES'],
      showStated: true,
      showInferred: false,
      selection: { type: 'relation', id: 'r-1' },
      path: { from: 'x', to: 'y' },
      pathStructure: true,
      zoom: 1.25,
      pan: { x: 10, y: -20 },
      listView: true,
      text: { at: 1234, place: 2, uncoveredOnly: true },
    };
    expect(viewFromQuery(queryFromView(view))).toEqual(view);
  });

  it('keeps the text view open and where it was read', () => {
    const open = {
      ...DEFAULT_VIEW,
      graph: 'g',
      text: { at: null, place: 0, uncoveredOnly: false },
    };
    expect(queryFromView(open)).toBe('g=g&lang=id&theme=light&text=1');
    expect(viewFromQuery('text=1&tat=880&tplace=3').text).toEqual({
      at: 880,
      place: 2,
      uncoveredOnly: false,
    });
    expect(viewFromQuery('text=uncovered').text?.uncoveredOnly).toBe(true);
    expect(viewFromQuery('tat=880').text).toBeNull();
    expect(viewFromQuery('text=1&tat=-4&tplace=zero').text).toEqual({
      at: null,
      place: 0,
      uncoveredOnly: false,
    });
  });

  it('keeps links short: defaults are left out', () => {
    expect(queryFromView({ ...DEFAULT_VIEW, graph: 'g' })).toBe('g=g&lang=id&theme=light');
  });

  it('ignores malformed values instead of failing', () => {
    const view = viewFromQuery('layout=nope&depth=9&z=-1&sel=q:x&lang=fr');
    expect(view.layout).toBe(DEFAULT_VIEW.layout);
    expect(view.focusDepth).toBe(1);
    expect(view.zoom).toBeNull();
    expect(view.selection).toBeNull();
    expect(view.lang).toBe(DEFAULT_VIEW.lang);
  });

  it('knows every registered layout, and only those', () => {
    for (const { name } of LAYOUTS) {
      expect(viewFromQuery(queryFromView({ ...DEFAULT_VIEW, layout: name })).layout).toBe(name);
    }
    expect(viewFromQuery('layout=toString').layout).toBe(DEFAULT_VIEW.layout);
  });

  it('can hide both stated and inferred relations', () => {
    const view = viewFromQuery(
      queryFromView({ ...DEFAULT_VIEW, showStated: false, showInferred: false }),
    );
    expect([view.showStated, view.showInferred]).toEqual([false, false]);
  });
});
