// The seed format as zod schemas: the one definition of what a field may hold. Cross-references
// (kinds used, relation ends, quotes) are checked afterwards by semantic.ts.
import { z } from 'zod';
import { SEED_LIMITS as L } from './limits.js';

/** Presence and non-blank text, with messages a seed author understands. */
function text(max: number, missing = 'is required') {
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'must be text') })
    .regex(/\S/, 'must not be empty')
    .max(max, `is longer than ${max} characters`);
}

/** A map that refuses unknown fields (a misspelt field name is a mistake, not an extension). */
function record<T extends z.core.$ZodLooseShape>(shape: T, what = 'a map') {
  return z.strictObject(shape, {
    error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`),
  });
}

function localized(max: number) {
  return record(
    {
      id: text(max, 'missing translation (Indonesian)'),
      en: text(max, 'missing translation (English)'),
    },
    'a map with id (Indonesian) and en (English)',
  );
}

const slug = text(L.id).regex(
  /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/,
  'must be a slug: letters and digits joined by "-" or "_"',
);
const relationId = text(L.id).regex(
  /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
  'must be letters, digits, ".", "-" or "_"',
);
// Kinds become Neo4j labels and relation types become relationship types, so both are held to
// identifier shapes that need no escaping.
export const KIND_ID = /^[A-Z][A-Za-z0-9]*$/;
export const RELATION_TYPE_ID = /^[A-Z][A-Z0-9_]*$/;
const kindId = text(L.id).regex(KIND_ID, 'must be PascalCase letters and digits, e.g. PledgeItem');
const relationTypeId = text(L.id).regex(RELATION_TYPE_ID, 'must be UPPER_SNAKE_CASE, e.g. PART_OF');
const color = text(16).regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #1f77b4');
const page = z.int('must be a whole number').positive('must be positive');

export const kindSchema = record({
  id: kindId.meta({ description: 'PascalCase; becomes the Neo4j label of its concepts' }),
  label: localized(L.label).meta({ description: 'Name in the legend, Indonesian and English' }),
  color: color.meta({ description: 'Colour hint for the legend and the graph view' }),
});

export const relationTypeSchema = record({
  id: relationTypeId,
  label: localized(L.label),
  color,
  from: z
    .array(kindId)
    .min(1, 'must list at least one kind')
    .meta({ description: 'Kinds it may start at' }),
  to: z
    .array(kindId)
    .min(1, 'must list at least one kind')
    .meta({ description: 'Kinds it may end at' }),
  structural: z
    .boolean('must be true or false')
    .optional()
    .meta({
      description:
        'true when the type is document structure (it only says where the text puts a thing, ' +
        'such as a section containing a concept); absent or false means it carries meaning',
    }),
});

export const sourceSchema = record({
  id: slug,
  author: text(L.title).optional(),
  year: z.int('must be a whole number').min(0).max(9999).optional(),
  title: text(L.title).optional(),
});

/** Earlier ids of an entry, kept so that links made before a correction still resolve. */
const replacesOf = <T extends z.ZodType>(id: T) =>
  z
    .array(id, { error: 'must be a list of ids' })
    .min(1, 'must list at least one id (or be left out)')
    .max(L.replaces, `has more than ${L.replaces} entries`)
    .optional()
    .meta({
      description:
        'Ids this entry had in earlier versions of the graph (merged, renamed or retyped); ' +
        'links that use them resolve to this entry',
    });

export const numberingSchema = record(
  {
    label: text(L.numberLabel).meta({
      description: 'The number as the text gives it, e.g. "2" or "4a" for the first of item 4',
    }),
    quote: text(L.quote).meta({ description: 'The words of the text that number it, verbatim' }),
  },
  'a map with label and quote',
);

export const conceptSchema = record({
  id: slug,
  kind: kindId,
  label: localized(L.label),
  definition: localized(L.definition),
  quote: text(L.quote).meta({
    description: 'Verbatim from the source text (white space may differ)',
  }),
  source: slug.optional().meta({ description: 'Id of an entry in sources' }),
  page: page.optional().meta({ description: 'Page of the source, where the text gives one' }),
  section: slug
    .optional()
    .meta({ description: 'Id of the concept (usually a Section) it belongs to' }),
  order: z
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .optional()
    .meta({ description: 'Position within its section' }),
  numbering: numberingSchema
    .optional()
    .meta({ description: "The source's own numbering, where the text numbers the concept" }),
  replaces: replacesOf(slug),
});

export const relationSchema = record({
  id: relationId.optional().meta({ description: 'Defaults to from.TYPE.to' }),
  type: relationTypeId,
  from: slug,
  to: slug,
  basis: z
    .enum(['stated', 'inferred'], 'must be "stated" or "inferred"')
    .meta({ description: 'stated: the text says it; inferred: our reading (needs a rationale)' }),
  quote: text(L.quote).meta({
    description: 'Verbatim from the source text (white space may differ)',
  }),
  rationale: localized(L.rationale)
    .optional()
    .meta({ description: 'Why an inferred relation holds, Indonesian and English' }),
  source: slug.optional(),
  page: page.optional(),
  replaces: replacesOf(relationId),
});

export const graphSchema = record({
  id: slug,
  title: localized(L.title),
  description: localized(L.description).optional(),
  sourceText: text(1_000)
    .refine((p) => !p.startsWith('/'), 'must be relative to the seed file')
    .meta({
      description: 'UTF-8 text file, relative to the seed file, that every quote comes from',
    }),
  sourceTitle: text(L.title)
    .optional()
    .meta({ description: 'Title of the source text (default: its file name)' }),
  sourceLanguage: text(35)
    .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag, such as "id"')
    .optional()
    .meta({ description: 'Language of the source text as a BCP 47 tag (default: und)' }),
});

const list = <T extends z.ZodType>(item: T, max: number, min = 0) =>
  z
    .array(item, {
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list'),
    })
    .min(min, `must have at least ${min} entr${min === 1 ? 'y' : 'ies'}`)
    .max(max, `has more than ${max} entries`);

/** The whole file, for the JSON Schema and for tools; validate.ts checks element by element. */
export const seedFileSchema = record(
  {
    format: z.literal(1, 'must be 1 (the only format version so far)'),
    graph: graphSchema,
    kinds: list(kindSchema, L.kinds, 1),
    relationTypes: list(relationTypeSchema, L.relationTypes),
    sources: list(sourceSchema, L.sources).optional(),
    concepts: list(conceptSchema, L.concepts, 1),
    relations: list(relationSchema, L.relations).optional(),
  },
  'a map with format, graph, kinds, relationTypes, sources, concepts and relations',
);

export type SeedFile = z.infer<typeof seedFileSchema>;
export type KindDeclaration = z.infer<typeof kindSchema>;
export type RelationTypeDeclaration = z.infer<typeof relationTypeSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;
export type ConceptEntry = z.infer<typeof conceptSchema>;
export type RelationEntry = z.infer<typeof relationSchema>;
