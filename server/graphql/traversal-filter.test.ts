// A traversal's arguments become the values its statements filter with.
import { describe, expect, it } from 'vitest';
import type { GraphRecord } from '../../graph/queries/graphs.js';
import { orderExpressions } from '../../graph/queries/adjacent-order.js';
import { traversalFilter } from './traversal-filter.js';

const type = (id: string, structural = false) => ({
  id,
  label: { id, en: id },
  color: '#000000',
  from: [],
  to: [],
  structural,
});

const graph: GraphRecord = {
  id: 'g',
  title: { id: 'G', en: 'G' },
  description: { id: null, en: null },
  kinds: [],
  relationTypes: [type('HAS_MEMBER', true), type('SUPPORTS'), type('SERVES'), type('AIMS_AT')],
  contentHash: null,
  loadedAt: null,
  version: null,
};

describe('traversalFilter', () => {
  it('takes the scope, the asked types and the exclusions together', () => {
    expect(traversalFilter(graph, {}).types).toEqual([
      'HAS_MEMBER',
      'SUPPORTS',
      'SERVES',
      'AIMS_AT',
    ]);
    expect(
      traversalFilter(graph, { scope: 'MEANING', excludeRelationTypes: ['SERVES'] }).types,
    ).toEqual(['SUPPORTS', 'AIMS_AT']);
    expect(
      traversalFilter(graph, {
        types: ['SUPPORTS', 'HAS_MEMBER'],
        excludeRelationTypes: ['SUPPORTS'],
      }).types,
    ).toEqual(['HAS_MEMBER']);
    // Excluding a type outside the scope is allowed: it is declared, it just changes nothing.
    expect(
      traversalFilter(graph, { scope: 'STRUCTURE', excludeRelationTypes: ['SUPPORTS'] }).types,
    ).toEqual(['HAS_MEMBER']);
  });

  it('stores the basis in lower case and passes sources through, null when absent', () => {
    expect(traversalFilter(graph, { basis: 'INFERRED', sources: ['a', 'b'] })).toMatchObject({
      basis: 'inferred',
      sources: ['a', 'b'],
    });
    expect(traversalFilter(graph, { basis: 'STATED' }).basis).toBe('stated');
    expect(traversalFilter(graph, {})).toMatchObject({ basis: null, sources: null });
  });

  it('refuses an undeclared excluded type, naming the declared ones', () => {
    expect(() => traversalFilter(graph, { excludeRelationTypes: ['SUPPORT'] })).toThrow(
      /Unknown relation type "SUPPORT" in graph "g"; it declares "HAS_MEMBER", "SUPPORTS"/,
    );
    expect(() => traversalFilter(graph, { types: ['NOPE'] }, 'relationTypes')).toThrow(
      /Unknown relation type "NOPE"/,
    );
  });

  it('refuses lists longer than the filter list limit', () => {
    const many = Array.from({ length: 101 }, () => 'a');
    expect(() => traversalFilter(graph, { sources: many })).toThrow(
      /`sources` may list at most 100/,
    );
    expect(() => traversalFilter(graph, { types: many }, 'relationTypes')).toThrow(
      /`relationTypes` may list/,
    );
  });
});

describe('orderExpressions', () => {
  it('keeps the default without an order and ends every key on the id, ascending', () => {
    expect(orderExpressions(null, 'type(r), r.id')).toBe('type(r), r.id');
    expect(orderExpressions({ field: 'ID', direction: 'DESC' }, '')).toBe('r.id DESC');
    expect(orderExpressions({ field: 'TYPE', direction: 'DESC' }, '')).toBe(
      'type(r) DESC, r.id ASC',
    );
    expect(orderExpressions({ field: 'PAGE', direction: 'DESC' }, '')).toMatch(
      /^r\.page IS NULL ASC, toInteger\(r\.page\) DESC, r\.id ASC$/,
    );
  });
});
