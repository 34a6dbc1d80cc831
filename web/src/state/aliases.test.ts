import { describe, expect, it } from 'vitest';
import { aliasMap, resolveQuery, resolveView } from './aliases.js';
import { queryFromView, viewFromQuery } from './url.js';
import { DEFAULT_VIEW, type ViewState } from './view.js';

const aliases = aliasMap([
  { old: 'old-a', current: 'a', target: 'CONCEPT' },
  { old: 'older-a', current: 'old-a', target: 'CONCEPT' },
  { old: 'r-old', current: 'r-new', target: 'RELATION' },
  // The same text as a relation's old id means nothing for a concept, and the reverse.
  { old: 'shared', current: 'concept-shared', target: 'CONCEPT' },
]);

describe('old ids in links', () => {
  it('rewrites every id a view names to the current one, following renames of renames', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      graph: 'g',
      focus: 'older-a',
      expanded: [
        { id: 'old-a', depth: 2, types: ['SUPPORTS'] },
        { id: 'b', depth: 1, types: [] },
      ],
      hidden: ['old-a', 'c'],
      path: { from: 'old-a', to: 'b' },
      selection: { type: 'relation', id: 'r-old' },
    };
    expect(resolveView(view, aliases)).toEqual({
      ...view,
      focus: 'a',
      expanded: [
        { id: 'a', depth: 2, types: ['SUPPORTS'] },
        { id: 'b', depth: 1, types: [] },
      ],
      hidden: ['a', 'c'],
      path: { from: 'a', to: 'b' },
      selection: { type: 'relation', id: 'r-new' },
    });
  });

  it('keeps the same view object when nothing is old, and reads ids by what they name', () => {
    const view = {
      ...DEFAULT_VIEW,
      focus: 'a',
      selection: { type: 'relation' as const, id: 'shared' },
    };
    expect(resolveView(view, aliases)).toBe(view);
    const concept = { ...DEFAULT_VIEW, selection: { type: 'concept' as const, id: 'r-old' } };
    expect(resolveView(concept, aliases)).toBe(concept);
  });

  it('rewrites a story step’s query, leaving its other parameters as they were', () => {
    const query = 'g=g&layout=elk&focus=old-a&depth=2&sel=r%3Ar-old&lang=en';
    const resolved = resolveQuery(query, aliases);
    const params = new URLSearchParams(resolved);
    expect(params.get('focus')).toBe('a');
    expect(params.get('sel')).toBe('r:r-new');
    expect([params.get('layout'), params.get('depth'), params.get('lang')]).toEqual([
      'elk',
      '2',
      'en',
    ]);
    expect(viewFromQuery(resolved)).toEqual(resolveView(viewFromQuery(query), aliases));
    const current = queryFromView({ ...DEFAULT_VIEW, graph: 'g', focus: 'a' });
    expect(resolveQuery(current, aliases)).toBe(current);
  });
});
