// A small valid seed over the real source text, to break one way at a time in tests.
export const SMALL_SEED = `format: 1
graph:
  id: small-test
  title: { id: Graf kecil, en: Small graph }
  sourceText: tinjauan-keserasian-sosial.txt
kinds:
  - { id: Value, label: { id: Nilai, en: Value }, color: '#1f77b4' }
  - { id: Goal, label: { id: Tujuan, en: Goal }, color: '#2ca02c' }
relationTypes:
  - id: SUPPORTS
    label: { id: mendukung, en: supports }
    color: '#1f77b4'
    from: [Value]
    to: [Goal]
sources:
  - { id: depsos-2006, author: Departemen Sosial, year: 2006 }
concepts:
  - id: kesetaraan
    kind: Value
    label: { id: Kesetaraan, en: Equality }
    definition: { id: Tanpa diskriminasi., en: Without discrimination. }
    quote: Kesetaraan artinya bahwa setiap kegiatan keserasian sosial
    source: depsos-2006
    page: 11
  - id: penerimaan-sosial
    kind: Goal
    label: { id: Penerimaan sosial, en: Social acceptance }
    definition: { id: Diterima masyarakat., en: Accepted by the community. }
    quote: penerimaan sosial (social acceptance)
    source: depsos-2006
    page: 7
relations:
  - type: SUPPORTS
    from: kesetaraan
    to: penerimaan-sosial
    basis: inferred
    quote: tidak berprasangka
    rationale: { id: Tanpa prasangka orang diterima., en: Without prejudice people are accepted. }
`;
