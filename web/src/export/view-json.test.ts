import { describe, expect, it } from 'vitest';
import type { ViewEvidence } from '../standalone/data.js';
import { SECTIONED, sectionedState } from './test-fixtures.js';
import { viewJson } from './view-json.js';

const none = { id: null, en: null };
const span = (start: number, end: number, line: number) => ({ start, end, line });

describe('the view’s JSON', () => {
  it('gives each concept and relation shown its places in the source text', () => {
    const evidence: ViewEvidence = {
      concepts: new Map([
        [
          'x',
          {
            quote: 'Nilai',
            page: null,
            source: null,
            definitions: none,
            evidence: [{ ...span(14, 19, 2), __typename: 'Span' } as ReturnType<typeof span>],
          },
        ],
      ]),
      relations: new Map([
        [
          'x-y',
          {
            quote: 'mendukung',
            page: null,
            source: null,
            rationales: none,
            evidence: [span(20, 29, 2)],
          },
        ],
      ]),
    };
    const json = viewJson(sectionedState('en'), SECTIONED, evidence);
    // Only offsets and line: what the API's Span is, whatever else the answer carried.
    expect(json.concepts.find((c) => c.id === 'x')?.evidence).toEqual([span(14, 19, 2)]);
    expect(json.concepts.find((c) => c.id === 'topic')?.evidence).toEqual([]);
    expect(json.relations.find((r) => r.id === 'x-y')?.evidence).toEqual([span(20, 29, 2)]);
  });

  it('says the places are not known (null) when they could not be fetched', () => {
    const json = viewJson(sectionedState('id'), SECTIONED);
    expect(json.concepts.every((c) => c.evidence === null)).toBe(true);
    expect(json.relations.every((r) => r.evidence === null)).toBe(true);
  });
});
