// The Keserasian Sosial graph says what the text says: all seven sections and their concepts,
// the mission relations between the right kinds, and every quote verbatim in the source text.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeedGraph } from '../graph/seed/index.js';
import { validateSeedFile } from '../graph/seed/index.js';
import { foldWhitespace } from '../graph/seed/quotes.js';
import { SEED_FILE, SOURCE_TEXT } from '../tests/seed/support/files.js';

let seed: SeedGraph;
const kindOf = (id: string) => seed.concepts.find((c) => c.id === id)?.kind;
const ofKind = (kind: string) => seed.concepts.filter((c) => c.kind === kind);
const relations = (type: string) => seed.relations.filter((r) => r.type === type);
const targets = (from: string, type: string) =>
  relations(type)
    .filter((r) => r.from === from)
    .map((r) => r.to);

beforeAll(async () => {
  const result = await validateSeedFile(SEED_FILE);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  seed = result.seed;
});

describe('the Keserasian Sosial seed', () => {
  it('keeps a byte-exact copy of the shared source text', () => {
    const shared = '../shared/seed/tinjauan-keserasian-sosial.txt';
    if (existsSync(shared))
      expect(readFileSync(SOURCE_TEXT).equals(readFileSync(shared))).toBe(true);
    expect(seed.graph.sourceText).toBe('tinjauan-keserasian-sosial.txt');
  });

  it('covers the seven sections a to g, each with members', () => {
    const sections = ofKind('Section');
    expect(sections.map((s) => s.label.id[0])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(targets('keserasian-sosial', 'HAS_SECTION').sort()).toEqual(
      sections.map((s) => s.id).sort(),
    );
    for (const section of sections)
      expect(targets(section.id, 'HAS_MEMBER').length).toBeGreaterThan(0);
    for (const concept of seed.concepts.filter((c) => c.kind !== 'Topic' && c.kind !== 'Section')) {
      expect(concept.section, concept.id).toBeDefined();
      expect(targets(concept.section ?? '', 'HAS_MEMBER'), concept.id).toContain(concept.id);
    }
  });

  it('names every concept the text lists, as many as it lists', () => {
    expect(ofKind('Topic')).toHaveLength(1);
    expect(ofKind('Value')).toHaveLength(6); // the six explained values of p. 11
    expect(ofKind('Essence')).toHaveLength(6);
    expect(ofKind('Function')).toHaveLength(4);
    expect(ofKind('Principle')).toHaveLength(5);
    expect(ofKind('PledgeItem')).toHaveLength(5);
    expect(ofKind('ForumLevel')).toHaveLength(5);
    expect(ofKind('Objective')).toHaveLength(4);
    expect(ofKind('Goal').map((g) => g.id)).toEqual(
      expect.arrayContaining(['integrasi-sosial', 'penerimaan-sosial']),
    );
    const actors = [
      'korban-bencana-sosial',
      'warga-setempat',
      'pemangku-kepentingan',
      'media-massa',
    ];
    for (const id of actors) expect(kindOf(id)).toBe('Actor');
    for (const id of ['dinas-instansi-sosial', 'badan-kesbanglinmas', 'instansi-terkait-lainnya']) {
      expect(targets(id, 'INITIATED')).toEqual(['konvensi-nasional-2009']);
    }
    expect(targets('ikrar-keserasian-sosial', 'HAS_ITEM')).toHaveLength(5);
  });

  it('carries the three mission relations between the right kinds', () => {
    for (const value of ofKind('Value')) {
      const goals = targets(value.id, 'SUPPORTS');
      expect(goals.length, value.id).toBeGreaterThan(0);
      for (const goal of goals) expect(kindOf(goal)).toBe('Goal');
    }
    for (const fn of ofKind('Function')) {
      const served = targets(fn.id, 'SERVES');
      expect(served.length, fn.id).toBeGreaterThan(0);
      for (const essence of served) expect(kindOf(essence)).toBe('Essence');
    }
    // Every element of the essence is what the topic "is in essence" (stated, p. 7).
    expect(targets('keserasian-sosial', 'HAS_ESSENCE').sort()).toEqual(
      ofKind('Essence')
        .map((e) => e.id)
        .sort(),
    );
    const levels = ofKind('ForumLevel').map((l) => l.id);
    expect(targets('ikrar-forum-komunikasi', 'REFERENCES').sort()).toEqual([...levels].sort());
  });

  it("rests only the last function on the five principles, as the sentence's grammar says", () => {
    const restsOn = relations('RESTS_ON').filter((r) => kindOf(r.from) === 'Function');
    expect(new Set(restsOn.map((r) => r.from))).toEqual(
      new Set(['pemeliharaan-keharmonisan-sosial']),
    );
    expect(restsOn.map((r) => r.to).sort()).toEqual(
      ofKind('Principle')
        .map((p) => p.id)
        .sort(),
    );
    expect(restsOn.every((r) => r.basis === 'stated')).toBe(true);
  });

  it('calls links that equate the words of two places or two sources inferred', () => {
    const basisOf = (id: string) => seed.relations.find((r) => r.id === id)?.basis;
    expect(basisOf('kesetaraan.RESTS_ON.prinsip-nondiskriminasi')).toBe('inferred');
    expect(basisOf('kesetaraan.RESTS_ON.prinsip-nonprasangka')).toBe('inferred');
    expect(basisOf('ikrar-komunikasi.INVOKES.saling-menghargai')).toBe('inferred');
    for (const r of relations('ECHOES')) expect(r.basis, r.id).toBe('inferred');
  });

  it("shows the text's own numbering of the basic values: four, item 4 bundling three", () => {
    const numbering = (id: string) => seed.concepts.find((c) => c.id === id)?.numbering;
    expect(ofKind('Value').map((v) => numbering(v.id)?.label)).toEqual([
      '1',
      '2',
      '3',
      '4a',
      '4b',
      '4c',
    ]);
    for (const id of ['kesepakatan-bersama', 'inisiatif-bersama', 'berkelanjutan'])
      expect(numbering(id)?.quote).toBe(
        '4) kesepakatan bersama, inisiatif bersama dan berkenjutan',
      );
    expect(ofKind('PledgeItem').map((i) => numbering(i.id)?.label)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('gives no two concepts the same label, in either language', () => {
    for (const lang of ['id', 'en'] as const) {
      const labels = seed.concepts.map((c) => c.label[lang].toLowerCase());
      expect(
        labels.filter((l, i) => labels.indexOf(l) !== i),
        lang,
      ).toEqual([]);
    }
  });

  it('joins every concept but the sections into one web of meaning relations', () => {
    const structural = new Set(seed.relationTypes.filter((t) => t.structural).map((t) => t.id));
    expect([...structural].sort()).toEqual(['HAS_MEMBER', 'HAS_SECTION']);
    const next = new Map(seed.concepts.map((c) => [c.id, [] as string[]]));
    for (const r of seed.relations.filter((r) => !structural.has(r.type))) {
      next.get(r.from)?.push(r.to);
      next.get(r.to)?.push(r.from);
    }
    const reached = new Set(['keserasian-sosial']);
    for (const id of reached) for (const n of next.get(id) ?? []) reached.add(n);
    const unreached = seed.concepts.filter((c) => !reached.has(c.id));
    expect(unreached.map((c) => c.kind)).toEqual(Array(7).fill('Section'));
    // The pledge meets the rest through what its items commit to, not through one shared word.
    expect(relations('COMMITS_TO').filter((r) => r.basis === 'stated').length).toBeGreaterThan(1);
  });

  it('keeps the ids a correction merged or retargeted, so old links still resolve', () => {
    const replacedBy = (old: string) => seed.relations.find((r) => r.replaces?.includes(old))?.id;
    expect(replacedBy('forum-komunikasi-keserasian-sosial.HAS_LEVEL.forum-desa')).toBe(
      'ikrar-forum-komunikasi.REFERENCES.forum-desa',
    );
    expect(replacedBy('sasaran-pemahaman-daerah.CONCERNS.penguatan-keserasian-sosial')).toBe(
      'sasaran-pemahaman-daerah.CONCERNS.daerah',
    );
    expect(seed.relationTypes.map((t) => t.id)).not.toContain('HAS_LEVEL');
    expect(seed.relationTypes.map((t) => t.id)).not.toContain('PART_OF');
  });

  it('quotes the source text verbatim, and explains every inference in both languages', () => {
    const text = foldWhitespace(readFileSync(SOURCE_TEXT, 'utf8'));
    for (const item of [...seed.concepts, ...seed.relations]) {
      expect(text.includes(foldWhitespace(item.quote)), `${item.id}: ${item.quote}`).toBe(true);
    }
    for (const relation of seed.relations.filter((r) => r.basis === 'inferred')) {
      expect(relation.rationale?.id.length, relation.id).toBeGreaterThan(20);
      expect(relation.rationale?.en.length, relation.id).toBeGreaterThan(20);
    }
    expect(seed.relations.some((r) => r.basis === 'stated')).toBe(true);
  });

  it('places every quote in the source text: the words at each span are the quote', () => {
    const { text, conceptEvidence, relationEvidence } = seed.document;
    const at = (span: { start: number; end: number }) =>
      foldWhitespace(text.slice(span.start, span.end));
    for (const concept of seed.concepts) {
      const spans = conceptEvidence.get(concept.id) ?? [];
      expect(spans.length, concept.id).toBeGreaterThan(0);
      expect(at(spans[0] ?? { start: 0, end: 0 }), concept.id).toBe(foldWhitespace(concept.quote));
      const numbering = concept.numbering?.quote;
      if (numbering) expect(spans.map(at), concept.id).toContain(foldWhitespace(numbering));
    }
    for (const relation of seed.relations) {
      const spans = relationEvidence.get(relation.id) ?? [];
      expect(spans.length, relation.id).toBeGreaterThan(0);
      for (const span of spans) expect(at(span), relation.id).toBe(foldWhitespace(relation.quote));
    }
  });

  it('covers the article: only the blog date, the title lines and the blog footer are uncovered', () => {
    const { text, sentences } = seed.document;
    const uncovered = sentences.filter((s) => !s.covered).map((s) => text.slice(s.start, s.end));
    expect(uncovered).toEqual([
      'Jumat, 08 November 2013',
      'Tinjauan Tentang Keserasian Sosial',
      'Tinjauan Tentang Keserasian Sosial',
      'Tidak ada komentar:',
      'Posting Komentar',
    ]);
  });

  it('keeps the typos in quotes and the correct spelling in labels', () => {
    expect(seed.concepts.find((c) => c.id === 'mutualisme')?.quote).toContain('Mutuliasme');
    expect(seed.concepts.find((c) => c.id === 'integrasi-sosial')?.quote).toContain('intregrasi');
    const labels = seed.concepts.flatMap((c) => [c.label.id, c.label.en]).join(' ');
    for (const typo of [
      'mutialisme',
      'Mutuliasme',
      'kesetraan',
      'intregrasi',
      'livehood',
      'spenanggunan',
    ]) {
      expect(labels).not.toContain(typo);
    }
  });

  it('gives sources with the page where the text has one', () => {
    expect(seed.sources.map((s) => s.id).sort()).toEqual([
      'depsos-2006',
      'depsos-2012',
      'konvensi-2009',
      'tinjauan-2013',
    ]);
    const pages = (kind: string) => new Set(ofKind(kind).map((c) => `${c.source}:${c.page}`));
    expect(pages('Value')).toEqual(new Set(['depsos-2006:11']));
    expect(pages('Essence')).toEqual(new Set(['depsos-2006:7']));
    expect(pages('Function')).toEqual(new Set(['depsos-2006:8']));
    expect(pages('PledgeItem')).toEqual(new Set(['konvensi-2009:undefined']));
    expect(pages('Objective')).toEqual(new Set(['depsos-2012:undefined']));
  });

  it('keeps the ids other parts of the project rely on', () => {
    for (const id of ['keserasian-sosial', 'kesetaraan', 'forum-desa', 'forum-kecamatan'])
      expect(kindOf(id)).toBeDefined();
    expect(seed.concepts.find((c) => c.id === 'kesetaraan')?.label).toEqual({
      id: 'Kesetaraan',
      en: 'Equality',
    });
    expect(seed.concepts.find((c) => c.id === 'keserasian-sosial')?.label).toEqual({
      id: 'Keserasian Sosial',
      en: 'Social harmony',
    });
  });
});
