// The filter compiler without Neo4j: what Cypher each shape compiles to, and that values only
// ever travel as parameters.
import { describe, expect, it } from 'vitest';
import { FilterParams, type ConceptCondition, type RelationCondition } from './filter.js';
import { compileConceptFilter } from './filter-concept.js';
import { compileRelationFilter } from './filter-relation.js';

function concept(filter: ConceptCondition) {
  const params = new FilterParams();
  return { cypher: compileConceptFilter('c', filter, params), params: params.values };
}

function relation(filter: RelationCondition) {
  const params = new FilterParams();
  return { cypher: compileRelationFilter(filter, params), params: params.values };
}

const HOSTILE = `x' OR 1=1 //"}) MATCH (n) DETACH DELETE n`;

describe('concept filters', () => {
  it('compile an empty filter to no condition', () => {
    expect(concept({})).toEqual({ cypher: 'true', params: {} });
    expect(concept({ and: [{}, {}], not: {} })).toEqual({ cypher: 'true', params: {} });
  });

  it('compile plain conditions to parameters, all of which must hold', () => {
    expect(
      concept({ kinds: ['Value'], ids: ['a', 'b'], section: 's', sources: ['depsos-2006'] }),
    ).toEqual({
      cypher:
        '(c.kind IN $f0) AND (c.id IN $f1) AND (coalesce(c.section = $f2, false)) AND (coalesce(c.source IN $f3, false))',
      params: { f0: ['Value'], f1: ['a', 'b'], f2: 's', f3: ['depsos-2006'] },
    });
  });

  it('compare pages as integers, each given end of the range', () => {
    expect(concept({ pages: { min: 7, max: null } })).toEqual({
      cypher: 'coalesce(toInteger(c.page) >= $f0, false)',
      params: { f0: 7 },
    });
    expect(concept({ pages: { min: 7, max: 11 } }).cypher).toBe(
      '(coalesce(toInteger(c.page) >= $f0, false)) AND (coalesce(toInteger(c.page) <= $f1, false))',
    );
    expect(concept({ pages: { min: null, max: null } }).cypher).toBe('true');
  });

  it('count degrees over the given relation types of the graph', () => {
    expect(concept({ degree: { range: { min: 2, max: 2 }, types: ['SUPPORTS'] } })).toEqual({
      cypher:
        '(coalesce(COUNT { (c)-[fr0]-(fo1) WHERE fr0.graph = $graph AND type(fr0) IN $f0 AND fo1:Concept AND fo1.graph = $graph } >= $f1, false)) AND ' +
        '(coalesce(COUNT { (c)-[fr0]-(fo1) WHERE fr0.graph = $graph AND type(fr0) IN $f0 AND fo1:Concept AND fo1.graph = $graph } <= $f2, false))',
      params: { f0: ['SUPPORTS'], f1: 2, f2: 2 },
    });
  });

  it('search lower-cased text in labels, definitions and the quote', () => {
    const { cypher, params } = concept({ text: 'damai' });
    expect(cypher).toBe(
      "toLower(coalesce(c.labelId, '')) CONTAINS $f0 OR toLower(coalesce(c.labelEn, '')) CONTAINS $f0 OR " +
        "toLower(coalesce(c.definitionId, '')) CONTAINS $f0 OR toLower(coalesce(c.definitionEn, '')) CONTAINS $f0 OR " +
        "toLower(coalesce(c.quote, '')) CONTAINS $f0",
    );
    expect(params).toEqual({ f0: 'damai' });
  });

  it('match relations one fixed pattern per direction, with fresh variables', () => {
    const match = { types: ['SUPPORTS'], basis: null, otherKinds: null, otherIds: null };
    expect(concept({ hasRelation: { ...match, direction: 'OUT' } }).cypher).toBe(
      'EXISTS { MATCH (c)-[fr0]->(fo1) WHERE fr0.graph = $graph AND type(fr0) IN $f0 AND fo1:Concept AND fo1.graph = $graph }',
    );
    expect(concept({ hasRelation: { ...match, direction: 'IN' } }).cypher).toContain(
      'MATCH (c)<-[fr0]-(fo1) WHERE',
    );
    const both = concept({
      lacksRelation: {
        direction: 'BOTH',
        types: ['SUPPORTS', 'SERVES'],
        basis: 'inferred',
        otherKinds: ['Goal'],
        otherIds: ['g'],
      },
    });
    expect(both).toEqual({
      cypher:
        'NOT EXISTS { MATCH (c)-[fr0]-(fo1) WHERE fr0.graph = $graph AND type(fr0) IN $f0 AND fo1:Concept AND fo1.graph = $graph AND fr0.basis = $f1 AND fo1.kind IN $f2 AND fo1.id IN $f3 }',
      params: { f0: ['SUPPORTS', 'SERVES'], f1: 'inferred', f2: ['Goal'], f3: ['g'] },
    });
  });

  it('combine with AND, OR and NOT', () => {
    const { cypher, params } = concept({
      kinds: ['Value'],
      or: [{ pages: { min: 7, max: 7 } }, { not: { section: 's' } }],
      and: [{ ids: ['x'] }],
    });
    expect(cypher).toBe(
      '(c.kind IN $f0) AND (c.id IN $f1) AND (' +
        '((coalesce(toInteger(c.page) >= $f2, false)) AND (coalesce(toInteger(c.page) <= $f3, false)))' +
        ' OR (NOT (coalesce(c.section = $f4, false))))',
    );
    expect(params).toEqual({ f0: ['Value'], f1: ['x'], f2: 7, f3: 7, f4: 's' });
  });

  it('makes an empty OR match nothing', () => {
    expect(concept({ or: [] }).cypher).toBe('false');
    expect(concept({ or: [{}] }).cypher).toBe('true');
  });

  it('never puts a value into the text', () => {
    const { cypher, params } = concept({
      kinds: [HOSTILE],
      section: HOSTILE,
      text: HOSTILE,
      not: { or: [{ ids: [HOSTILE] }] },
      hasRelation: {
        direction: 'BOTH',
        types: [HOSTILE],
        basis: 'stated',
        otherKinds: [HOSTILE],
        otherIds: [HOSTILE],
      },
    });
    expect(cypher).not.toContain('DETACH');
    expect(cypher).not.toContain("'x");
    expect(JSON.stringify(params)).toContain('DETACH');
  });

  it('depends on the shape only: the same shape gives the same text', () => {
    const a = concept({ kinds: ['Value'], or: [{ text: 'a' }, { pages: { min: 1, max: null } }] });
    const b = concept({ kinds: ['Goal'], or: [{ text: 'zz' }, { pages: { min: 9, max: null } }] });
    expect(a.cypher).toBe(b.cypher);
  });
});

describe('relation filters', () => {
  it('compile an empty filter to no condition', () => {
    expect(relation({})).toEqual({ cypher: 'true', params: {} });
  });

  it('compile every condition over r, a and b', () => {
    const { cypher, params } = relation({
      types: ['SUPPORTS'],
      ids: ['r1'],
      basis: 'stated',
      from: 'x',
      to: 'y',
      concept: 'z',
      fromKinds: ['Value'],
      toKinds: ['Goal'],
      sources: ['s'],
      pages: { min: null, max: 8 },
      text: 'damai',
    });
    expect(cypher).toBe(
      [
        'type(r) IN $f0',
        'r.id IN $f1',
        'coalesce(r.basis = $f2, false)',
        'a.id = $f3',
        'b.id = $f4',
        'a.id = $f5 OR b.id = $f5',
        'a.kind IN $f6',
        'b.kind IN $f7',
        'coalesce(r.source IN $f8, false)',
        'coalesce(toInteger(r.page) <= $f9, false)',
        "toLower(coalesce(r.quote, '')) CONTAINS $f10 OR toLower(coalesce(r.rationaleId, '')) CONTAINS $f10 OR toLower(coalesce(r.rationaleEn, '')) CONTAINS $f10",
      ]
        .map((c) => `(${c})`)
        .join(' AND '),
    );
    expect(params).toEqual({
      f0: ['SUPPORTS'],
      f1: ['r1'],
      f2: 'stated',
      f3: 'x',
      f4: 'y',
      f5: 'z',
      f6: ['Value'],
      f7: ['Goal'],
      f8: ['s'],
      f9: 8,
      f10: 'damai',
    });
  });

  it('combine with AND, OR and NOT', () => {
    expect(
      relation({ or: [{ basis: 'inferred' }, { types: ['A'] }], not: { fromKinds: ['Goal'] } }),
    ).toEqual({
      cypher: '((coalesce(r.basis = $f0, false)) OR (type(r) IN $f1)) AND (NOT (a.kind IN $f2))',
      params: { f0: 'inferred', f1: ['A'], f2: ['Goal'] },
    });
  });
});
