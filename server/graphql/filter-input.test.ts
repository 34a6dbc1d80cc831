// GraphQL filters → compiler input, without a server: bounds, deprecated fields, whitelists.
import { describe, expect, it } from 'vitest';
import type { GraphRecord } from '../../graph/queries/graphs.js';
import { conceptFilter, relationFilter } from './filter-input.js';

const label = { id: 'x', en: 'x' };
const GRAPH: GraphRecord = {
  id: 'g',
  title: label,
  description: label,
  kinds: ['Value', 'Goal'].map((id) => ({ id, label, color: '#000000' })),
  relationTypes: [
    { id: 'SUPPORTS', label, color: '#000000', from: [], to: [], structural: false },
    { id: 'HAS_MEMBER', label, color: '#000000', from: [], to: [], structural: true },
  ],
  contentHash: null,
  loadedAt: null,
  version: null,
};

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

describe('concept filter input', () => {
  it('is no condition when absent or empty', () => {
    expect(conceptFilter(GRAPH, 'where', null)).toEqual({});
    expect(conceptFilter(GRAPH, 'where', {})).toEqual({});
  });

  /* eslint-disable @typescript-eslint/no-deprecated -- old clients' fields must keep working */
  it('folds the deprecated source and page into sources and pages', () => {
    expect(conceptFilter(GRAPH, 'where', { source: 'a', page: 7 })).toEqual({
      sources: ['a'],
      pages: { min: 7, max: 7 },
    });
    expect(
      conceptFilter(GRAPH, 'where', {
        source: 'a',
        sources: ['a', 'b'],
        page: 7,
        pages: { min: 8 },
      }),
    ).toEqual({ sources: ['a'], pages: { min: 8, max: 7 } });
  });
  /* eslint-enable @typescript-eslint/no-deprecated */

  it('resolves relation matches and degree scopes to types, and lower-cases text', () => {
    expect(
      conceptFilter(GRAPH, 'where', {
        text: 'DaMai',
        degree: { min: 1 },
        degreeScope: 'MEANING',
        hasRelation: { scope: 'STRUCTURE', basis: 'INFERRED', otherKinds: ['Goal', 'Goal'] },
        NOT: { lacksRelation: { types: ['HAS_MEMBER'], scope: 'MEANING', direction: 'IN' } },
      }),
    ).toEqual({
      text: 'damai',
      degree: { range: { min: 1, max: null }, types: ['SUPPORTS'] },
      hasRelation: {
        direction: 'BOTH',
        types: ['HAS_MEMBER'],
        basis: 'inferred',
        otherKinds: ['Goal'],
        otherIds: null,
      },
      not: {
        lacksRelation: {
          direction: 'IN',
          types: [],
          basis: null,
          otherKinds: null,
          otherIds: null,
        },
      },
    });
  });

  it('refuses depth 5, 33 filters, unknown kinds and types, and bad ranges', () => {
    const deep = { NOT: { NOT: { NOT: { NOT: {} } } } };
    expect(codeOf(() => conceptFilter(GRAPH, 'where', deep.NOT))).toBeUndefined();
    expect(codeOf(() => conceptFilter(GRAPH, 'where', deep))).toBe('BAD_USER_INPUT');
    const wide = (n: number) => ({ AND: Array.from({ length: n - 1 }, () => ({})) });
    expect(codeOf(() => conceptFilter(GRAPH, 'where', wide(32)))).toBeUndefined();
    expect(codeOf(() => conceptFilter(GRAPH, 'where', wide(33)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => conceptFilter(GRAPH, 'where', { OR: [{ kinds: ['X'] }] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(() => conceptFilter(GRAPH, 'where', { hasRelation: { types: ['X'] } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(() => conceptFilter(GRAPH, 'where', { degree: { min: 2, max: 1 } }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('relation filter input', () => {
  it('keeps every declared type (the scope applies to the statement) and stores basis', () => {
    expect(
      relationFilter(GRAPH, 'where', {
        types: ['HAS_MEMBER'],
        basis: 'STATED',
        OR: [{ fromKinds: ['Value'] }, { concept: 'c' }],
      }),
    ).toEqual({
      types: ['HAS_MEMBER'],
      basis: 'stated',
      or: [{ fromKinds: ['Value'] }, { concept: 'c' }],
    });
    expect(codeOf(() => relationFilter(GRAPH, 'where', { NOT: { types: ['X'] } }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
