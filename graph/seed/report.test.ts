// The quality report's figures on a small graph built in memory, one trait per concept.
import { describe, expect, it } from 'vitest';
import type { SeedContent, SeedRelation } from './model.js';
import { reportSeed } from './report.js';
import { formatReport } from './report-format.js';

const Q = 'tidak berprasangka';
const both = (text: string) => ({ id: text, en: text });

function concept(id: string, kind: string, label = both(id)) {
  return { id, kind, label, definition: both(`${id}.`), quote: 'Kesetaraan artinya' };
}

function relation(
  type: string,
  from: string,
  to: string,
  basis: 'stated' | 'inferred' = 'stated',
  quote = `${from} ${type} ${to}`,
): SeedRelation {
  const rationale = basis === 'inferred' ? { rationale: both('Because.') } : {};
  return { id: `${from}.${type}.${to}`, type, from, to, basis, quote, ...rationale };
}

const kind = (id: string) => ({ id, label: both(id), color: '#888888' });
const type = (id: string, from: string[], to: string[], structural?: boolean) => ({
  id,
  label: both(id),
  color: '#888888',
  from,
  to,
  ...(structural === undefined ? {} : { structural }),
});

// Validation refuses this; the report must still name it.
const withoutRationale = { ...relation('INVOLVES', 'g2', 'a3', 'inferred'), rationale: undefined };

/** Two meaning components ({v1, v2, g1} and {g2, a3}); a1 hangs on structure only, a2 on nothing. */
const SEED: SeedContent = {
  file: 'memory.yaml',
  graph: { id: 'tiny', title: { id: 'Kecil', en: 'Tiny' }, sourceText: 'text.txt' },
  kinds: ['Topic', 'Section', 'Value', 'Goal', 'Actor'].map(kind),
  relationTypes: [
    type('HAS_SECTION', ['Topic'], ['Section'], true),
    type('HAS_MEMBER', ['Section'], ['Value', 'Goal', 'Actor'], true),
    type('SUPPORTS', ['Value'], ['Goal'], false),
    type('INVOLVES', ['Goal'], ['Actor']),
    type('UNUSED', ['Value'], ['Value']),
  ],
  sources: [],
  concepts: [
    concept('topic', 'Topic'),
    concept('section-a', 'Section'),
    concept('v1', 'Value', { id: 'Kesetaraan', en: 'Equality' }),
    concept('v2', 'Value', { id: 'Kesamaan', en: ' equality' }),
    concept('g1', 'Goal', { id: 'Integrasi', en: 'Integration' }),
    concept('g2', 'Goal', { id: 'integrasi', en: 'Integrity' }),
    concept('a1', 'Actor'),
    concept('a2', 'Actor'),
    concept('a3', 'Actor'),
  ],
  relations: [
    relation('HAS_SECTION', 'topic', 'section-a'),
    relation('HAS_MEMBER', 'section-a', 'v1', 'stated', Q),
    relation('HAS_MEMBER', 'section-a', 'a1'),
    relation('SUPPORTS', 'v1', 'g1', 'stated', Q),
    relation('SUPPORTS', 'v2', 'g1', 'inferred', `  tidak\nberprasangka `),
    withoutRationale,
  ],
  contentHash: 'sha256:0123',
};

describe('the quality report', () => {
  const report = reportSeed(SEED, { quoteReuse: 2 });

  it('counts relations by type and basis, every declared type included', () => {
    expect(report.byType).toEqual([
      { type: 'HAS_SECTION', structural: true, stated: 1, inferred: 0, total: 1 },
      { type: 'HAS_MEMBER', structural: true, stated: 2, inferred: 0, total: 2 },
      { type: 'SUPPORTS', structural: false, stated: 1, inferred: 1, total: 2 },
      { type: 'INVOLVES', structural: false, stated: 0, inferred: 1, total: 1 },
      { type: 'UNUSED', structural: false, stated: 0, inferred: 0, total: 0 },
    ]);
  });

  it('gives the inferred share of meaning relations and of all relations', () => {
    expect(report.inferred).toEqual({
      meaning: { relations: 3, inferred: 2, share: 2 / 3 },
      all: { relations: 6, inferred: 2, share: 2 / 6 },
    });
  });

  it('lists concepts without a meaning relation, leaving out kinds no meaning type admits', () => {
    expect(report.withoutMeaning).toEqual({
      leftOutKinds: ['Topic', 'Section'],
      concepts: [
        { id: 'a1', kind: 'Actor', structuralRelations: 1 },
        { id: 'a2', kind: 'Actor', structuralRelations: 0 },
      ],
    });
  });

  it('finds the connected components of the meaning relations, direction ignored', () => {
    expect(report.meaningComponents).toEqual({ count: 2, sizes: [3, 2] });
    const joined = reportSeed({
      ...SEED,
      relations: [...SEED.relations, relation('INVOLVES', 'g1', 'a3')],
    });
    expect(joined.meaningComponents).toEqual({ count: 1, sizes: [5] });
  });

  it('groups labels that differ only in case or white space, per language', () => {
    expect(report.sharedLabels).toEqual([
      { language: 'id', label: 'Integrasi', concepts: ['g1', 'g2'] },
      { language: 'en', label: 'Equality', concepts: ['v1', 'v2'] },
    ]);
  });

  it('lists quotes behind more relations than the threshold, white space folded', () => {
    expect(report.reusedQuotes).toEqual({
      threshold: 2,
      quotes: [
        { quote: Q, relations: ['section-a.HAS_MEMBER.v1', 'v1.SUPPORTS.g1', 'v2.SUPPORTS.g1'] },
      ],
    });
    expect(reportSeed(SEED).reusedQuotes).toEqual({ threshold: 3, quotes: [] });
  });

  it('names inferred relations without a rationale', () => {
    expect(report.inferredWithoutRationale).toEqual(['g2.INVOLVES.a3']);
  });

  it('prints the figures as text', () => {
    const text = formatReport(report);
    expect(text).toContain('  SUPPORTS     meaning         1         1      2');
    expect(text).toContain('  all                          4         2      6');
    expect(text).toContain(
      'Inferred: 2 of 3 meaning relations (66.7%), 2 of 6 relations overall (33.3%)',
    );
    expect(text).toContain('  a2 (Actor): no relation at all');
    expect(text).toContain('Meaning relations, undirected: 2 connected components, sizes 3, 2');
    expect(text).toContain('  English "Equality": v1, v2');
    expect(text).toContain('Inferred relations without a rationale: g2.INVOLVES.a3');
  });
});
