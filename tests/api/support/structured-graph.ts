// A small seed with document structure (structural HAS_SECTION and HAS_MEMBER) beside meaning
// relations, the source's numbering and ids kept from an "earlier version" (`replaces`), loaded
// through the project's own seed loader over the real source text.
//
//   keserasian-sosial ─HAS_SECTION→ nilai-dasar ─HAS_MEMBER→ kesetaraan, mutualisme, kesepakatan-bersama
//                     ─HAS_SECTION→ tujuan      ─HAS_MEMBER→ penerimaan-sosial, integrasi-sosial
//   kesetaraan, mutualisme ─SUPPORTS→ penerimaan-sosial
//   kesepakatan-bersama ─SUPPORTS→ integrasi-sosial ←AIMS_AT─ keserasian-sosial
import type { Database } from '../../../graph/db.js';
import { loadSeedFile } from '../../../graph/seed/index.js';
import { tempDir, writeSeed } from '../../seed/support/files.js';

export const STRUCTURE_TYPES = ['HAS_SECTION', 'HAS_MEMBER'];
export const MEANING_TYPES = ['SUPPORTS', 'AIMS_AT'];

export function structuredSeed(graph: string): string {
  return `format: 1
graph:
  id: ${graph}
  title: { id: Graf berstruktur, en: Structured graph }
  sourceText: tinjauan-keserasian-sosial.txt
kinds:
  - { id: Topic, label: { id: Topik, en: Topic }, color: '#37474f' }
  - { id: Section, label: { id: Bagian, en: Section }, color: '#90a4ae' }
  - { id: Value, label: { id: Nilai dasar, en: Basic value }, color: '#1f77b4' }
  - { id: Goal, label: { id: Tujuan, en: Goal }, color: '#2ca02c' }
relationTypes:
  - id: HAS_SECTION
    label: { id: memiliki bagian, en: has section }
    color: '#90a4ae'
    from: [Topic]
    to: [Section]
    structural: true
  - id: HAS_MEMBER
    label: { id: memuat, en: contains }
    color: '#cfd8dc'
    from: [Section]
    to: [Value, Goal]
    structural: true
  - id: SUPPORTS
    label: { id: mendukung, en: supports }
    color: '#1f77b4'
    from: [Value]
    to: [Goal]
  - id: AIMS_AT
    label: { id: bertujuan mewujudkan, en: aims at }
    color: '#2ca02c'
    from: [Topic]
    to: [Goal]
sources:
  - { id: depsos-2006, author: Departemen Sosial, year: 2006 }
concepts:
  - id: keserasian-sosial
    kind: Topic
    label: { id: Keserasian sosial, en: Social harmony }
    definition: { id: Tata kehidupan sosial., en: An order of social life. }
    quote: keserasian sosial adalah tata kehidupan sosial
    source: depsos-2006
  - id: nilai-dasar
    kind: Section
    label: { id: Nilai dasar, en: Basic values }
    definition: { id: Bagian b., en: Section b. }
    quote: Nilai Dasar Keserasian Sosial
  - id: tujuan
    kind: Section
    label: { id: Tujuan, en: Goal }
    definition: { id: Bagian d., en: Section d. }
    quote: Tujuan Keserasian Sosial
  - id: kesetaraan
    kind: Value
    label: { id: Kesetaraan, en: Equality }
    definition: { id: Tanpa diskriminasi., en: Without discrimination. }
    quote: Kesetaraan artinya bahwa setiap kegiatan keserasian sosial
    source: depsos-2006
    page: 11
    section: nilai-dasar
    numbering: { label: '3', quote: 3) kesetraan }
    replaces: [kesamaan, nilai-kesetaraan]
  - id: mutualisme
    kind: Value
    label: { id: Mutualisme, en: Mutualism }
    definition: { id: Saling menguntungkan., en: Mutually beneficial. }
    quote: Mutuliasme artinya
    source: depsos-2006
    page: 11
    section: nilai-dasar
    numbering: { label: '2', quote: 2)mutialisme }
  - id: kesepakatan-bersama
    kind: Value
    label: { id: Kesepakatan bersama, en: Common agreement }
    definition: { id: Dilandasi konsensus., en: Founded on consensus. }
    quote: Kesepakatan bersama artinya
    source: depsos-2006
    page: 11
    section: nilai-dasar
    numbering: { label: 4a, quote: '4) kesepakatan bersama, inisiatif bersama dan berkenjutan' }
  - id: penerimaan-sosial
    kind: Goal
    label: { id: Penerimaan sosial, en: Social acceptance }
    definition: { id: Diterima masyarakat., en: Accepted by the community. }
    quote: penerimaan sosial (social acceptance)
    source: depsos-2006
    page: 7
    section: tujuan
  - id: integrasi-sosial
    kind: Goal
    label: { id: Integrasi sosial, en: Social integration }
    definition: { id: Menyatu kembali., en: Joined again. }
    quote: mewujudkan intregrasi sosial
    source: depsos-2006
    page: 7
    section: tujuan
relations:
  - { type: HAS_SECTION, from: keserasian-sosial, to: nilai-dasar, basis: stated, quote: Nilai Dasar Keserasian Sosial }
  - { type: HAS_SECTION, from: keserasian-sosial, to: tujuan, basis: stated, quote: Tujuan Keserasian Sosial }
  - { type: HAS_MEMBER, from: nilai-dasar, to: kesetaraan, basis: stated, quote: 3) kesetraan }
  - { type: HAS_MEMBER, from: nilai-dasar, to: mutualisme, basis: stated, quote: 2)mutialisme }
  - { type: HAS_MEMBER, from: nilai-dasar, to: kesepakatan-bersama, basis: stated, quote: 4) kesepakatan bersama }
  - { type: HAS_MEMBER, from: tujuan, to: penerimaan-sosial, basis: stated, quote: penerimaan sosial (social acceptance) }
  - { type: HAS_MEMBER, from: tujuan, to: integrasi-sosial, basis: stated, quote: mewujudkan intregrasi sosial }
  - type: SUPPORTS
    from: kesetaraan
    to: penerimaan-sosial
    basis: inferred
    quote: tidak berprasangka
    rationale: { id: Tanpa prasangka orang diterima., en: Without prejudice people are accepted. }
    replaces: [kesamaan.SUPPORTS.penerimaan-sosial]
  - type: SUPPORTS
    from: mutualisme
    to: penerimaan-sosial
    basis: inferred
    quote: saling menguntungkan
    rationale: { id: Yang menguntungkan diterima., en: What benefits both is accepted. }
  - type: SUPPORTS
    from: kesepakatan-bersama
    to: integrasi-sosial
    basis: inferred
    quote: dilandasi oleh konsesus atau kesepakatan bersama
    rationale: { id: Konsensus menyatukan., en: Consensus joins people. }
  - type: AIMS_AT
    from: keserasian-sosial
    to: integrasi-sosial
    basis: stated
    quote: tujuan dari keserasian sosial adalah mewujudkan intregrasi sosial
    source: depsos-2006
    page: 7
`;
}

/** Writes the seed (with a copy of the source text) to a temporary directory and loads it. */
export async function loadStructuredGraph(db: Database, graph: string): Promise<void> {
  await loadSeedFile(
    db,
    writeSeed(tempDir('structured-seed-'), 'structured.yaml', structuredSeed(graph)),
  );
}
