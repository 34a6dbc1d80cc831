// A focused export's basis and source filters, on a hand-made neighbourhood.
import { describe, expect, it } from 'vitest';
import {
  identityConcept,
  type ConceptRecord,
  type RelationRecord,
} from '../../graph/queries/model.js';
import { focusedParts } from './focused.js';

const concept = (id: string, source: string | null): ConceptRecord => ({
  ...identityConcept('g', id),
  kind: 'Value',
  source,
});

const relation = (
  id: string,
  fromId: string,
  toId: string,
  basis: 'stated' | 'inferred',
  source: string | null,
): RelationRecord => ({
  graph: 'g',
  id,
  type: 'SUPPORTS',
  fromId,
  toId,
  from: null,
  to: null,
  basis,
  quote: null,
  rationaleId: null,
  rationaleEn: null,
  source,
  page: null,
  replaces: [],
  evidence: [],
});

// center (source a) ─r1 stated, a→ x (source b) ; center ─r2 inferred, b→ y (source b); z (source a) alone
const center = concept('center', 'b');
const hood = {
  center,
  nodes: [center, concept('x', 'b'), concept('y', 'b'), concept('z', 'a')],
  relations: [
    relation('r1', 'center', 'x', 'stated', 'a'),
    relation('r2', 'center', 'y', 'inferred', 'b'),
  ],
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('focused export filters', () => {
  it('keeps everything without basis or sources', () => {
    const parts = focusedParts(hood, { basis: null, sources: null });
    expect([ids(parts.concepts), ids(parts.relations)]).toEqual([
      ['center', 'x', 'y', 'z'],
      ['r1', 'r2'],
    ]);
  });

  it('narrows relations by basis and keeps every concept', () => {
    const parts = focusedParts(hood, { basis: 'inferred', sources: null });
    expect([ids(parts.concepts), ids(parts.relations)]).toEqual([
      ['center', 'x', 'y', 'z'],
      ['r2'],
    ]);
  });

  it('keeps what a source quotes, the ends of its relations and the focus', () => {
    const parts = focusedParts(hood, { basis: null, sources: ['a'] });
    expect([ids(parts.concepts), ids(parts.relations)]).toEqual([['center', 'x', 'z'], ['r1']]);
    const none = focusedParts(hood, { basis: 'inferred', sources: ['a'] });
    expect([ids(none.concepts), ids(none.relations)]).toEqual([['center', 'z'], []]);
  });
});
