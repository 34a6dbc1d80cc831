import { describe, expect, it } from 'vitest';
import { legendOf } from './png-legend.js';
import { SECTIONED, sectionedState } from './test-fixtures.js';

describe('the PNG legend', () => {
  it('lists meaning apart from structure, with the sections’ box', () => {
    const legend = legendOf(sectionedState('en'), SECTIONED);
    expect(legend.map((s) => s.heading)).toEqual([
      'Kinds of concept',
      'Relations of meaning',
      'Structure of the text',
      'Evidence',
    ]);
    const [kinds, meaning, structure] = legend;
    // Sections are drawn as boxes: their kind is not a concept chip.
    expect(kinds?.entries.map((e) => e.label)).toEqual(['Topic', 'Value', 'Goal']);
    expect(meaning?.entries.map((e) => e.label)).toEqual(['supports']);
    // "contains" is what the boxes say; no line of it is drawn.
    expect(structure?.entries).toEqual([
      { label: 'Section (a box around its concepts)', color: '#99a', fill: '#eef', mark: 'group' },
      { label: 'has section', color: '#999', mark: 'line' },
    ]);
  });

  it('speaks the view’s language and leaves out empty sections', () => {
    const legend = legendOf(sectionedState('id'), { ...SECTIONED, groups: [], edges: [] });
    expect(legend.map((s) => s.heading)).toEqual(['Jenis konsep']);
  });
});
