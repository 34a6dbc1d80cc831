// The table `npm run seed -- --list` prints.
import { describe, expect, it } from 'vitest';
import { formatGraphList, shortHash, type GraphListing } from './catalog.js';

const GRAPH: GraphListing = {
  id: 'keserasian-sosial',
  title: { id: 'Keserasian Sosial', en: 'Social harmony' },
  contentHash: `sha256:${'ab12'.repeat(16)}`,
  loadedAt: '2026-12-03T11:48:25.318Z',
  concepts: 74,
  relations: 184,
  busy: false,
};

describe('the graph list', () => {
  it('shows each graph with its title, short version, load time and counts', () => {
    expect(
      formatGraphList([
        GRAPH,
        { ...GRAPH, id: 'x', title: { id: 'X', en: 'X' }, busy: true },
      ]).split('\n'),
    ).toEqual([
      'graph                          title                               version              loaded at                 concepts  relations',
      'keserasian-sosial              Keserasian Sosial / Social harmony  sha256:ab12ab12ab12  2026-12-03T11:48:25.318Z        74        184',
      'x (load or removal under way)  X                                   sha256:ab12ab12ab12  2026-12-03T11:48:25.318Z        74        184',
    ]);
  });

  it('says so when no graph is loaded', () => {
    expect(formatGraphList([])).toBe('No graphs are loaded.');
  });

  it('shortens only a SHA-256 hash', () => {
    expect(shortHash(GRAPH.contentHash)).toBe('sha256:ab12ab12ab12');
    expect(shortHash('md5:abc')).toBe('md5:abc');
    expect(shortHash(null)).toBe('-');
  });
});
