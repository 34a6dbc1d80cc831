import { describe, expect, it } from 'vitest';
import { sentenceAt, stripSegments } from './coverage-strip.js';
import { clampPlace, firstItem, placeHolding, stepPlace } from './places.js';

describe('stepping through a selection’s places', () => {
  it('goes forward and back, round at either end', () => {
    expect(stepPlace(0, 3, 1)).toBe(1);
    expect(stepPlace(2, 3, 1)).toBe(0);
    expect(stepPlace(0, 3, -1)).toBe(2);
    expect(stepPlace(0, 0, 1)).toBe(0);
  });

  it('keeps a place from a link within the places there are', () => {
    expect(clampPlace(5, 3)).toBe(2);
    expect(clampPlace(-1, 3)).toBe(0);
    expect(clampPlace(1, 0)).toBe(0);
  });

  it('finds the place a clicked passage belongs to', () => {
    const spans = [
      { start: 100, end: 140 },
      { start: 10, end: 30 },
    ];
    expect(placeHolding(spans, 12, 20)).toBe(1);
    expect(placeHolding(spans, 100, 140)).toBe(0);
    expect(placeHolding(spans, 50, 60)).toBe(-1);
  });

  it('selects a passage’s first concept, else its first relation', () => {
    expect(firstItem({ concepts: [{ id: 'a' }, { id: 'b' }], relations: [{ id: 'r' }] })).toEqual({
      type: 'concept',
      id: 'a',
    });
    expect(firstItem({ concepts: [], relations: [{ id: 'r' }] })).toEqual({
      type: 'relation',
      id: 'r',
    });
    expect(firstItem({ concepts: [], relations: [] })).toBeNull();
  });
});

describe('the coverage strip', () => {
  const doc = {
    text: 'x'.repeat(100),
    sentences: [
      { start: 0, end: 40, line: 1, covered: true },
      { start: 41, end: 60, line: 1, covered: false },
      { start: 70, end: 100, line: 3, covered: true },
    ],
  };

  it('places each sentence where it stands in the text', () => {
    expect(stripSegments(doc)).toEqual([
      { index: 0, covered: true, top: 0, height: 0.4 },
      { index: 1, covered: false, top: 0.41, height: 0.19 },
      { index: 2, covered: true, top: 0.7, height: 0.3 },
    ]);
  });

  it('goes to the sentence under a click, else the next one', () => {
    const segments = stripSegments(doc);
    expect(sentenceAt(segments, 0.5)).toBe(1);
    expect(sentenceAt(segments, 0.65)).toBe(2);
    expect(sentenceAt(segments, 1)).toBe(2);
  });
});
