import { describe, expect, it } from 'vitest';
import { SECTIONED, sectionedState } from '../export/test-fixtures.js';
import type { PassageConcept, PassageRelation, TextDocument } from '../text-view/document.js';
import { standaloneData, type ViewEvidence } from './data.js';
import { documentOf } from './text-data.js';

const none = { id: null, en: null };
const concept = (id: string, kind: string): PassageConcept => ({
  id,
  kind,
  labels: { id: `${id} (id)`, en: `${id} (en)` },
  definitions: none,
});
const relation = (
  id: string,
  type: string,
  from: string,
  to: string,
  structural = false,
): PassageRelation => ({ id, type, basis: 'stated', structural, from, to });

const TEXT = 'a. Pengertian\nNilai mendukung tujuan. Kalimat lain.\n';
const DOC: TextDocument = {
  id: 'doc',
  title: 'Dokumen',
  language: 'id',
  text: TEXT,
  lineCount: 3,
  coverage: 0.5,
  paragraphs: [
    { start: 0, end: 13, line: 1 },
    { start: 14, end: 49, line: 2 },
  ],
  sentences: [
    { start: 0, end: 13, line: 1, covered: true },
    { start: 14, end: 36, line: 2, covered: true },
    { start: 37, end: 49, line: 2, covered: false },
  ],
  passages: [
    {
      start: 0,
      end: 13,
      line: 1,
      concepts: [concept('sec-a', 'Section')],
      relations: [relation('has-a', 'HAS_SECTION', 'topic', 'sec-a', true)],
    },
    {
      start: 14,
      end: 19,
      line: 2,
      concepts: [concept('x', 'Value')],
      relations: [
        relation('m-x', 'HAS_MEMBER', 'sec-a', 'x', true),
        relation('x-y', 'SUPPORTS', 'x', 'y'),
      ],
    },
    {
      start: 20,
      end: 29,
      line: 2,
      concepts: [],
      relations: [relation('x-y', 'SUPPORTS', 'x', 'y')],
    },
    // Evidence of a concept the view does not draw.
    { start: 30, end: 36, line: 2, concepts: [concept('elsewhere', 'Goal')], relations: [] },
  ],
};

const evidence: ViewEvidence = {
  concepts: new Map([
    ['x', { quote: 'Nilai', page: null, source: null, definitions: none, evidence: [] }],
  ]),
  relations: new Map(),
};

describe('the standalone file’s text', () => {
  it('keeps the whole text and only the highlights of what the file draws', () => {
    const data = standaloneData(sectionedState('en'), SECTIONED, evidence, 'http://x/', DOC);
    expect(data.document?.text).toBe(TEXT);
    expect(data.document?.sentences).toEqual(DOC.sentences);
    // The boxes say "contains", so m-x is not drawn; "elsewhere" is not in the view at all.
    expect(
      data.document?.passages.map((p) => [p.start, p.concepts.length, p.relations.length]),
    ).toEqual([
      [0, 1, 1],
      [14, 1, 1],
      [20, 0, 1],
    ]);
    expect(data.textOpen).toBe(false);
    expect(data.selected).toBeNull();
  });

  it('puts the text view’s document back together from the drawing’s own names', () => {
    const state = sectionedState('en');
    state.view = { ...state.view, text: { at: null, place: 0, uncoveredOnly: false } };
    state.view.selection = { type: 'concept', id: 'x' };
    const data = standaloneData(state, SECTIONED, evidence, 'http://x/', DOC);
    expect([data.textOpen, data.selected]).toEqual([true, { kind: 'concept', id: 'x' }]);
    const doc = documentOf(data);
    expect(
      doc?.passages.map((p) => [p.concepts.map((c) => c.id), p.relations.map((r) => r.id)]),
    ).toEqual([
      [['sec-a'], ['has-a']],
      [['x'], ['x-y']],
      [[], ['x-y']],
    ]);
    expect(doc?.passages[0]?.concepts[0]).toMatchObject({
      kind: 'Section',
      labels: { id: 'a. Pengertian', en: 'a. Definition' },
    });
    expect(doc?.passages[0]?.relations[0]).toMatchObject({ structural: true, basis: 'stated' });
    expect(doc?.passages[1]?.relations[0]).toMatchObject({
      type: 'SUPPORTS',
      basis: 'inferred',
      structural: false,
      from: 'x',
      to: 'y',
    });
  });

  it('has no text when the graph has none', () => {
    const data = standaloneData(sectionedState('id'), SECTIONED, evidence, 'http://x/');
    expect(data.document).toBeNull();
    expect(documentOf(data)).toBeNull();
  });
});
