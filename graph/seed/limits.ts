// Size limits of a seed file: a bad or hostile file is refused before it can exhaust memory
// or the database. seeds/README.md states the same numbers (a test keeps them in step).

export const SEED_LIMITS = {
  /** Bytes of the seed file itself (YAML or JSON). */
  fileBytes: 128 * 1024 * 1024,
  /** Bytes of the source text that quotes are checked against. */
  sourceTextBytes: 8 * 1024 * 1024,
  kinds: 64,
  relationTypes: 128,
  sources: 1_000,
  concepts: 200_000,
  relations: 1_000_000,
  /** Characters of an id (graph, kind, relation type, source, concept or relation). */
  id: 128,
  label: 200,
  title: 300,
  definition: 2_000,
  description: 4_000,
  quote: 2_000,
  quoteMin: 3,
  rationale: 2_000,
  /** Characters of a concept's numbering label ("4a"). */
  numberLabel: 16,
  /** Old ids one concept or relation may keep in `replaces`. */
  replaces: 100,
  /** Problems listed before the report says "and N more". */
  problemsShown: 200,
} as const;
