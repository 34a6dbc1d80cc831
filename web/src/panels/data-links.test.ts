import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../state/view.js';
import { exportHref, langQuery, viewBeyondExports, viewExport } from './data-links.js';

const graph = {
  id: 'keserasian-sosial',
  kinds: [{ id: 'Value' }, { id: 'Goal' }, { id: 'Section' }],
  relationTypes: [{ id: 'SUPPORTS' }, { id: 'SERVES' }, { id: 'CONTAINS' }],
};
const view = (change: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW,
  graph: graph.id,
  ...change,
});

describe('the exports of a view', () => {
  it('is the whole graph when nothing is focused or filtered', () => {
    expect(viewExport(view(), graph)).toEqual({ kind: 'whole' });
    // Hiding an id the graph does not declare hides nothing.
    expect(viewExport(view({ hiddenKinds: ['Nope'] }), graph)).toEqual({ kind: 'whole' });
  });

  it('names the focus, its depth, the kinds and types still shown and a single basis', () => {
    const narrowed = viewExport(
      view({
        focus: 'forum',
        focusDepth: 2,
        hiddenKinds: ['Section'],
        hiddenTypes: ['CONTAINS'],
        showInferred: false,
        lang: 'en',
      }),
      graph,
    );
    expect(narrowed).toMatchObject({
      kind: 'narrowed',
      focus: { id: 'forum', depth: 2 },
      kinds: { shown: 2, of: 3 },
      types: { shown: 2, of: 3 },
      basis: 'stated',
    });
    if (narrowed.kind !== 'narrowed') throw new Error('narrowed');
    expect(exportHref(graph.id, 'graphml', narrowed.query)).toBe(
      '/export/keserasian-sosial.graphml?focus=forum&depth=2&kinds=Value%2CGoal&types=SUPPORTS%2CSERVES&basis=stated&lang=en',
    );
  });

  it('is empty when the filters hide every concept or every relation', () => {
    expect(viewExport(view({ hiddenKinds: ['Value', 'Goal', 'Section'] }), graph).kind).toBe(
      'empty',
    );
    expect(viewExport(view({ showStated: false, showInferred: false }), graph).kind).toBe('empty');
  });

  it('asks for English labels only when the view is in English', () => {
    expect(exportHref(graph.id, 'json', langQuery(view()))).toBe('/export/keserasian-sosial.json');
    expect(exportHref(graph.id, 'concepts.csv', langQuery(view({ lang: 'en' })))).toBe(
      '/export/keserasian-sosial.concepts.csv?lang=en',
    );
  });

  it('tells a view the exports cannot name', () => {
    expect(viewBeyondExports(view({ focus: 'forum' }))).toBe(false);
    expect(viewBeyondExports(view({ hidden: ['forum'] }))).toBe(true);
    expect(viewBeyondExports(view({ path: { from: 'a', to: 'b' } }))).toBe(true);
  });
});
