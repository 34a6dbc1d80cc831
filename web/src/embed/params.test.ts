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
});
