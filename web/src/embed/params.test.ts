import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../state/view.js';
import { embedOptionsFrom, embedQuery } from './params.js';

describe('the embed link', () => {
  it('draws sections as boxes unless the link asks for edges, and keeps that choice', () => {
    expect(embedOptionsFrom('?g=k').view.sections).toBe('groups');
    expect(embedOptionsFrom('?g=k&sections=edges').view.sections).toBe('edges');
    expect(embedOptionsFrom('?g=k&sections=nonsense').view.sections).toBe('groups');
    const view = { ...DEFAULT_VIEW, graph: 'k' };
    expect(new URLSearchParams(embedQuery(view)).get('sections')).toBeNull();
    const asEdges = embedQuery({ ...view, sections: 'edges' }, { legend: true });
    expect(embedOptionsFrom(`?${asEdges}`)).toMatchObject({
      legend: true,
      view: { sections: 'edges' },
    });
  });

  it('shows the text, the graph, or both side by side', () => {
    expect(embedOptionsFrom('?g=k').pane).toBe('graph');
    expect(embedOptionsFrom('?g=k').view.text).toBeNull();
    expect(embedOptionsFrom('?g=k&view=text')).toMatchObject({
      pane: 'text',
      view: { text: { at: null, place: 0, uncoveredOnly: false } },
    });
    expect(embedOptionsFrom('?g=k&view=split&text=uncovered&tat=40').view.text).toEqual({
      at: 40,
      place: 0,
      uncoveredOnly: true,
    });
    // A view shared with its text open shows both, unless the link says otherwise.
    expect(embedOptionsFrom('?g=k&text=1').pane).toBe('split');
    expect(embedOptionsFrom('?g=k&text=1&view=graph').view.text).toBeNull();
    const view = { ...DEFAULT_VIEW, graph: 'k' };
    expect(embedOptionsFrom(`?${embedQuery(view, { pane: 'text' })}`).pane).toBe('text');
  });
});
