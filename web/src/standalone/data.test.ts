import { describe, expect, it } from 'vitest';
import { SECTIONED, sectionedState } from '../export/test-fixtures.js';
import { standaloneData, type ViewEvidence } from './data.js';

const evidence: ViewEvidence = {
  concepts: new Map([
    [
      'sec-a',
      {
        quote: 'a. Pengertian',
        page: null,
        source: null,
        definitions: { id: 'Apa artinya', en: 'What it means' },
      },
    ],
  ]),
  relations: new Map(),
};

describe('the standalone file’s data', () => {
  it('carries the sections as groups, with both languages and their evidence', () => {
    const data = standaloneData(sectionedState('id'), SECTIONED, evidence, 'http://x/');
    expect(data.groups.map((g) => [g.id, g.labels.en, g.x1, g.x2])).toEqual([
      ['sec-a', 'a. Definition', -120, 120],
      ['sec-b', 'b. Goals', 200, 400],
    ]);
    expect(data.groups[0]).toMatchObject({ kind: 'Section', quote: 'a. Pengertian', fill: '#eef' });
    expect(data.concepts.map((c) => [c.id, c.group])).toEqual([
      ['topic', null],
      ['x', 'sec-a'],
      ['y', 'sec-b'],
    ]);
  });

  it('leaves out the lines the boxes say, and marks each type structural or not', () => {
    const data = standaloneData(sectionedState('en'), SECTIONED, evidence, 'http://x/');
    expect(data.relations.map((r) => r.type)).toEqual(['HAS_SECTION', 'SUPPORTS']);
    expect(data.types.map((t) => [t.id, t.structural])).toEqual([
      ['SUPPORTS', false],
      ['HAS_SECTION', true],
    ]);
  });
});
