// The document a seed's quotes make of its source text: spans in the original text (NBSPs and
// line breaks folded only for matching), the own place of a quote found in several, passages that
// do not overlap, sentences and coverage.
import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.js';
import { LineIndex, TextLocator } from './quotes.js';
import { segmentPassages } from './segments.js';
import { splitParagraphs, splitSentences } from './sentences.js';

const slices = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

describe('TextLocator', () => {
  it('finds a quote across a non-breaking space and a line break, with offsets into the original', () => {
    const text = 'a.\u00a0\u00a0 Pengertian\nMenurut Departemen\n  Sosial (2006) yang';
    const locator = new TextLocator(text);
    const [place] = locator.find('a. Pengertian');
    expect(place && text.slice(place.start, place.end)).toBe('a.\u00a0\u00a0 Pengertian');
    expect(slices(text, [...locator.find('Departemen Sosial')])).toEqual(['Departemen\n  Sosial']);
  });

  it('lists every place the same words stand, in text order, and none for a changed spelling', () => {
    const locator = new TextLocator('Kesetaraan. Kesetaraan artinya bahwa kesetraan.');
    expect(locator.find('Kesetaraan').map((r) => r.start)).toEqual([0, 12]);
    expect(locator.find('kesetaraan')).toEqual([]);
    expect(locator.contains('Kesetaraan artinya')).toBe(true);
  });
});

describe('LineIndex', () => {
  it('gives 1-based lines', () => {
    const lines = new LineIndex('one\ntwo\n\nfour');
    expect([0, 3, 4, 8, 9].map((o) => lines.lineOf(o))).toEqual([1, 1, 2, 3, 4]);
    expect(lines.count).toBe(4);
  });
});

describe('paragraphs and sentences', () => {
  const text = 'Judul\n\n\u00a0 Satu. Dua? Tiga! Empat...\n        1. \u00a0Item\n.\n';
  it('makes a paragraph of each non-blank line, trimmed of white space', () => {
    expect(slices(text, splitParagraphs(text))).toEqual([
      'Judul',
      'Satu. Dua? Tiga! Empat...',
      '1. \u00a0Item',
      '.',
    ]);
  });

  it('ends a sentence at . ? ! (a run counts once) and at line ends, and drops pieces without letters or digits', () => {
    expect(slices(text, splitSentences(text))).toEqual([
      'Judul',
      'Satu.',
      'Dua?',
      'Tiga!',
      'Empat...',
      '1.',
      'Item',
    ]);
  });
});

describe('segmentPassages', () => {
  it('cuts overlapping quotes into passages that list every item covering them', () => {
    const passages = segmentPassages([
      { start: 0, end: 10, concept: 'a', index: 0 },
      { start: 5, end: 15, relation: 'r', index: 0 },
      { start: 20, end: 25, concept: 'b', index: 1 },
    ]);
    expect(passages).toEqual([
      { start: 0, end: 5, concepts: ['a'], relations: [] },
      { start: 5, end: 10, concepts: ['a'], relations: ['r'] },
      { start: 10, end: 15, concepts: [], relations: ['r'] },
      { start: 20, end: 25, concepts: ['b'], relations: [] },
    ]);
  });
});

describe('buildDocument', () => {
  // Two sections; "Kesepakatan bersama" stands in both, and its concept belongs to the second.
  const text = [
    'a. Nilai',
    'Kesepakatan bersama disebut di sini.',
    'b. Arti',
    'Kesepakatan bersama artinya konsensus. Kalimat tanpa bukti.',
  ].join('\n');
  const concept = (id: string, quote: string, extra: object = {}) => ({
    id,
    kind: 'Value',
    label: { id, en: id },
    definition: { id, en: id },
    quote,
    ...extra,
  });
  const doc = buildDocument(
    {
      sourceText: 'sumber.txt',
      sourceLanguage: 'id',
      concepts: [
        concept('bagian-a', 'Nilai', { numbering: { label: 'a', quote: 'a. Nilai' } }),
        concept('bagian-b', 'b. Arti'),
        concept('kesepakatan', 'Kesepakatan bersama', { section: 'bagian-b' }),
      ],
      relations: [
        {
          id: 'bagian-b.HAS.kesepakatan',
          from: 'bagian-b',
          type: 'HAS',
          to: 'kesepakatan',
          basis: 'stated',
          quote: 'Kesepakatan bersama artinya',
        },
      ],
    },
    new TextLocator(text),
  );

  it('takes a quote found in several places from its own section first, then lists the others', () => {
    const evidence = doc.conceptEvidence.get('kesepakatan') ?? [];
    expect(evidence.map((s) => s.line)).toEqual([4, 2]);
    expect(slices(text, evidence)).toEqual(['Kesepakatan bersama', 'Kesepakatan bersama']);
  });

  it('adds a numbering line after the quote, once', () => {
    expect(slices(text, doc.conceptEvidence.get('bagian-a') ?? [])).toEqual(['Nilai', 'a. Nilai']);
  });

  it('builds passages from own places only, and covers the sentences they overlap', () => {
    expect(doc.passages.map((p) => [text.slice(p.start, p.end), p.concepts, p.relations])).toEqual([
      ['a. ', ['bagian-a'], []],
      ['Nilai', ['bagian-a'], []],
      ['b. Arti', ['bagian-b'], []],
      ['Kesepakatan bersama', ['kesepakatan'], ['bagian-b.HAS.kesepakatan']],
      [' artinya', [], ['bagian-b.HAS.kesepakatan']],
    ]);
    const uncovered = doc.sentences.filter((s) => !s.covered);
    expect(slices(text, uncovered)).toEqual([
      'Kesepakatan bersama disebut di sini.',
      'Kalimat tanpa bukti.',
    ]);
    // "a.", "Nilai", "b.", "Arti" and the defining sentence are covered: 5 of 7.
    expect(doc.coverage).toBeCloseTo(5 / 7);
  });

  it('names the document after its file unless the seed gives a title', () => {
    expect([doc.id, doc.title, doc.language, doc.lineCount]).toEqual(['sumber', 'sumber', 'id', 4]);
  });
});
