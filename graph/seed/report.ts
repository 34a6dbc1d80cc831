// A seed's quality in figures, from the validated file alone (no database): how much of it is our
// reading rather than the text's, which concepts hang on the document's structure only, whether
// the meaning relations hold together, and where labels or quotes repeat. Pure: the CLI formats
// it (report-format.ts) or prints it as JSON (`npm run seed -- <file> --report [--json]`).
import type { Localized, SeedContent } from './model.js';
import { foldWhitespace } from './quotes.js';

/** A quote backing more relations than this is listed (`--quote-reuse N`). */
export const DEFAULT_QUOTE_REUSE = 3;

export interface ReportOptions {
  quoteReuse?: number;
}

export interface InferredShare {
  relations: number;
  inferred: number;
  /** inferred / relations; null when there are no relations to share out. */
  share: number | null;
}

export interface TypeRow {
  type: string;
  structural: boolean;
  stated: number;
  inferred: number;
  total: number;
}

export interface ConceptRef {
  id: string;
  kind: string;
}

export interface GraphReport {
  graph: string;
  title: Localized;
  file: string;
  contentHash: string;
  concepts: number;
  relations: number;
  /** Every declared relation type, in declaration order (unused ones show as zero). */
  byType: TypeRow[];
  inferred: { meaning: InferredShare; all: InferredShare };
  withoutMeaning: {
    /** Kinds no meaning relation type may start or end at: their concepts are not listed. */
    leftOutKinds: string[];
    concepts: (ConceptRef & { structuralRelations: number })[];
  };
  /** Undirected, over the concepts that have at least one meaning relation. */
  meaningComponents: { count: number; sizes: number[] };
  sharedLabels: { language: keyof Localized; label: string; concepts: string[] }[];
  reusedQuotes: { threshold: number; quotes: { quote: string; relations: string[] }[] };
  inferredWithoutRationale: string[];
}

export function reportSeed(seed: SeedContent, options: ReportOptions = {}): GraphReport {
  const structural = new Set(seed.relationTypes.filter((t) => t.structural).map((t) => t.id));
  const meaning = seed.relations.filter((r) => !structural.has(r.type));
  const threshold = options.quoteReuse ?? DEFAULT_QUOTE_REUSE;
  return {
    graph: seed.graph.id,
    title: seed.graph.title,
    file: seed.file,
    contentHash: seed.contentHash,
    concepts: seed.concepts.length,
    relations: seed.relations.length,
    byType: typeRows(seed, structural),
    inferred: { meaning: inferredShare(meaning), all: inferredShare(seed.relations) },
    withoutMeaning: withoutMeaning(seed, structural),
    meaningComponents: components(meaning),
    sharedLabels: (['id', 'en'] as const).flatMap((language) => sharedLabels(seed, language)),
    reusedQuotes: { threshold, quotes: reusedQuotes(seed, threshold) },
    inferredWithoutRationale: seed.relations
      .filter((r) => r.basis === 'inferred' && r.rationale === undefined)
      .map((r) => r.id),
  };
}

function typeRows(seed: SeedContent, structural: ReadonlySet<string>): TypeRow[] {
  const rows = new Map<string, TypeRow>(
    seed.relationTypes.map((t) => [
      t.id,
      { type: t.id, structural: structural.has(t.id), stated: 0, inferred: 0, total: 0 },
    ]),
  );
  for (const r of seed.relations) {
    const row = rows.get(r.type);
    if (!row) continue; // validation makes every type declared
    row[r.basis] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}

function inferredShare(relations: readonly { basis: string }[]): InferredShare {
  const inferred = relations.filter((r) => r.basis === 'inferred').length;
  return {
    relations: relations.length,
    inferred,
    share: relations.length === 0 ? null : inferred / relations.length,
  };
}

function withoutMeaning(
  seed: SeedContent,
  structural: ReadonlySet<string>,
): GraphReport['withoutMeaning'] {
  const meaningKinds = new Set(
    seed.relationTypes.filter((t) => !structural.has(t.id)).flatMap((t) => [...t.from, ...t.to]),
  );
  const leftOutKinds = seed.kinds.map((k) => k.id).filter((k) => !meaningKinds.has(k));
  const withMeaning = new Set<string>();
  const structuralCount = new Map<string, number>();
  for (const r of seed.relations) {
    if (!structural.has(r.type)) {
      withMeaning.add(r.from).add(r.to);
      continue;
    }
    for (const end of [r.from, r.to]) structuralCount.set(end, (structuralCount.get(end) ?? 0) + 1);
  }
  const concepts = seed.concepts
    .filter((c) => meaningKinds.has(c.kind) && !withMeaning.has(c.id))
    .map((c) => ({ id: c.id, kind: c.kind, structuralRelations: structuralCount.get(c.id) ?? 0 }));
  return { leftOutKinds, concepts };
}

/** Union-find over the ends of the given relations, direction ignored. */
function components(relations: readonly { from: string; to: string }[]): {
  count: number;
  sizes: number[];
} {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    for (;;) {
      const up = parent.get(at) ?? at;
      if (up === at) return at;
      const grand = parent.get(up) ?? up;
      parent.set(at, grand); // path halving keeps later lookups short
      at = grand;
    }
  };
  for (const { from, to } of relations) {
    if (!parent.has(from)) parent.set(from, from);
    if (!parent.has(to)) parent.set(to, to);
    const a = root(from);
    const b = root(to);
    if (a !== b) parent.set(a, b);
  }
  const sizes = new Map<string, number>();
  for (const id of parent.keys()) sizes.set(root(id), (sizes.get(root(id)) ?? 0) + 1);
  const sorted = [...sizes.values()].sort((a, b) => b - a);
  return { count: sorted.length, sizes: sorted };
}

/** Case and white space do not make two labels different. */
function labelKey(label: string): string {
  return foldWhitespace(label).normalize('NFC').toLowerCase();
}

function sharedLabels(seed: SeedContent, language: keyof Localized): GraphReport['sharedLabels'] {
  const groups = new Map<string, { label: string; concepts: string[] }>();
  for (const c of seed.concepts) {
    const key = labelKey(c.label[language]);
    const group = groups.get(key);
    if (group) group.concepts.push(c.id);
    else groups.set(key, { label: c.label[language], concepts: [c.id] });
  }
  return [...groups.values()].filter((g) => g.concepts.length > 1).map((g) => ({ language, ...g }));
}

function reusedQuotes(
  seed: SeedContent,
  threshold: number,
): { quote: string; relations: string[] }[] {
  const byQuote = new Map<string, string[]>();
  for (const r of seed.relations) {
    const quote = foldWhitespace(r.quote);
    const ids = byQuote.get(quote);
    if (ids) ids.push(r.id);
    else byQuote.set(quote, [r.id]);
  }
  return [...byQuote]
    .filter(([, ids]) => ids.length > threshold)
    .map(([quote, relations]) => ({ quote, relations }))
    .sort((a, b) => b.relations.length - a.relations.length || a.quote.localeCompare(b.quote));
}
