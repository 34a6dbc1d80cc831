// Synthetic graphs for benchmarks: N concepts with about three relations each, a source text of
// their own for the quotes, valid against every rule of the seed format. Deterministic per seed.

export interface SyntheticOptions {
  concepts: number;
  graphId?: string;
  /** File name of the source text, relative to the seed file. */
  sourceText: string;
  /** PRNG seed: the same options give the same files. */
  seed?: number;
}

export interface SyntheticFiles {
  /** The seed file, JSON with one concept or relation per line (so errors point at lines). */
  seedText: string;
  sourceText: string;
  relationCount: number;
}

const KINDS = [
  { id: 'Theme', label: { id: 'Tema', en: 'Theme' }, color: '#1f77b4' },
  { id: 'Idea', label: { id: 'Gagasan', en: 'Idea' }, color: '#ff7f0e' },
  { id: 'Actor', label: { id: 'Pelaku', en: 'Actor' }, color: '#2ca02c' },
  { id: 'Place', label: { id: 'Tempat', en: 'Place' }, color: '#d62728' },
  { id: 'Event', label: { id: 'Peristiwa', en: 'Event' }, color: '#9467bd' },
];
const KIND_IDS = KINDS.map((k) => k.id);
const TYPES = [
  {
    id: 'RELATES_TO',
    label: { id: 'berkaitan dengan', en: 'relates to' },
    color: '#7f7f7f',
    from: KIND_IDS,
    to: KIND_IDS,
  },
  {
    id: 'PART_OF',
    label: { id: 'bagian dari', en: 'part of' },
    color: '#8c564b',
    from: ['Idea'],
    to: ['Theme'],
  },
  {
    id: 'TAKES_PART_IN',
    label: { id: 'ikut dalam', en: 'takes part in' },
    color: '#e377c2',
    from: ['Actor'],
    to: ['Event'],
  },
  {
    id: 'HAPPENS_IN',
    label: { id: 'terjadi di', en: 'happens in' },
    color: '#bcbd22',
    from: ['Event'],
    to: ['Place'],
  },
];
/** The specific type a kind starts, and the kind it must end at. */
const SPECIFIC: Record<string, { type: string; to: string } | undefined> = {
  Idea: { type: 'PART_OF', to: 'Theme' },
  Actor: { type: 'TAKES_PART_IN', to: 'Event' },
  Event: { type: 'HAPPENS_IN', to: 'Place' },
};
const SENTENCES = 1_000;

/** mulberry32: small, fast and good enough to spread relations evenly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentence = (i: number) =>
  `Kalimat ${i} menguraikan gagasan sintetis nomor ${i} untuk pengujian.`;

export function generateSynthetic(options: SyntheticOptions): SyntheticFiles {
  const n = options.concepts;
  const next = random(options.seed ?? 1);
  const pick = (max: number) => Math.floor(next() * max);
  const id = (i: number) => `c-${String(i).padStart(7, '0')}`;
  const kindOf = (i: number) => KIND_IDS[i % KIND_IDS.length] ?? 'Idea';
  // Concepts of a kind sit at indices ≡ k (mod 5): a random one is that residue plus a multiple.
  const ofKind = (kind: string) => {
    const k = KIND_IDS.indexOf(kind);
    return k + KIND_IDS.length * pick(Math.max(1, Math.floor((n - 1 - k) / KIND_IDS.length) + 1));
  };

  const concepts: string[] = [];
  const relations: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kindOf(i);
    concepts.push(
      JSON.stringify({
        id: id(i),
        kind,
        label: { id: `Konsep sintetis ${i}`, en: `Synthetic concept ${i}` },
        definition: {
          id: `Konsep buatan nomor ${i}, jenis ${kind}.`,
          en: `Generated concept number ${i}, a ${kind}.`,
        },
        quote: `gagasan sintetis nomor ${i % SENTENCES} untuk`,
        source: 'generator',
        page: 1 + (i % 300),
        order: i,
      }),
    );
    const targets = new Set<string>();
    const link = (type: string, to: number) => {
      const key = `${type}:${to}`;
      if (to === i || to >= n || targets.has(key)) return;
      targets.add(key);
      const inferred = relations.length % 10 === 0;
      relations.push(
        JSON.stringify({
          type,
          from: id(i),
          to: id(to),
          basis: inferred ? 'inferred' : 'stated',
          quote: sentence(pick(SENTENCES)),
          ...(inferred
            ? { rationale: { id: 'Dibangkitkan secara acak.', en: 'Generated at random.' } }
            : {}),
        }),
      );
    };
    const specific = SPECIFIC[kind];
    if (specific && n > KIND_IDS.length) link(specific.type, ofKind(specific.to));
    while (targets.size < 3 && n > 3) link('RELATES_TO', pick(n));
  }

  const header = {
    format: 1,
    graph: {
      id: options.graphId ?? `synthetic-${n}`,
      title: { id: `Graf sintetis (${n} konsep)`, en: `Synthetic graph (${n} concepts)` },
      sourceText: options.sourceText,
    },
    kinds: KINDS,
    relationTypes: TYPES,
    sources: [
      { id: 'generator', author: 'graph/seed/synthetic.ts', year: new Date().getFullYear() },
    ],
  };
  const body = JSON.stringify(header).slice(0, -1);
  const seedText = `${body},\n"concepts": [\n${concepts.join(',\n')}\n],\n"relations": [\n${relations.join(',\n')}\n]}\n`;
  const sourceText = Array.from({ length: SENTENCES }, (_, i) => sentence(i)).join('\n') + '\n';
  return { seedText, sourceText, relationCount: relations.length };
}
