// The validated seed as the property maps the loader writes. Property names are the contract
// with graph/queries (documented in seeds/README.md); absent values are left out, not nulls.
import type { SeedGraph, SeedRelation } from './model.js';
import type { ConceptEntry, SourceEntry } from './schema.js';

type Properties = Record<string, string | number | string[]>;

function defined(entries: Record<string, string | number | string[] | undefined>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}

export function graphProperties(seed: SeedGraph): Properties {
  const { graph } = seed;
  return defined({
    id: graph.id,
    titleId: graph.title.id,
    titleEn: graph.title.en,
    descriptionId: graph.description?.id,
    descriptionEn: graph.description?.en,
    sourceText: graph.sourceText,
    // Neo4j properties cannot hold maps: the declarations travel as JSON text.
    kinds: JSON.stringify(seed.kinds),
    relationTypes: JSON.stringify(seed.relationTypes),
    conceptCount: seed.concepts.length,
    relationCount: seed.relations.length,
    contentHash: seed.contentHash,
    format: 1,
  });
}

export function sourceProperties(source: SourceEntry): Properties {
  return defined({ id: source.id, author: source.author, year: source.year, title: source.title });
}

export function conceptProperties(c: ConceptEntry): Properties {
  return defined({
    id: c.id,
    kind: c.kind,
    labelId: c.label.id,
    labelEn: c.label.en,
    definitionId: c.definition.id,
    definitionEn: c.definition.en,
    quote: c.quote,
    source: c.source,
    page: c.page,
    section: c.section,
    order: c.order,
    numberLabel: c.numbering?.label,
    numberQuote: c.numbering?.quote,
    replaces: c.replaces,
  });
}

/** A relation's ends, its type (a dynamic type, validated) and its stored properties. */
export function relationRow(r: SeedRelation): Properties {
  return defined({
    from: r.from,
    to: r.to,
    type: r.type,
    id: r.id,
    basis: r.basis,
    quote: r.quote,
    rationaleId: r.rationale?.id,
    rationaleEn: r.rationale?.en,
    source: r.source,
    page: r.page,
    replaces: r.replaces,
  });
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
