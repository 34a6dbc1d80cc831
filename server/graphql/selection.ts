// Looking ahead at what a query selects, so a statement fetches only what will be shown: a page
// of 50 concepts with relations and neighbours moved half a megabyte of node properties that no
// field asked for, and decoding it was most of the request (bench/README.md, "Profile").
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { ConceptProjection, RelationProjection } from '../../graph/queries/model.js';

/** What the look-ahead reads of a field: its nodes (every one under its response key) and the fragments. */
export type FieldSelection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * Names of the fields selected under the current field, or under a path of fields below it
 * (`['from']`, `['edges', 'node']`), through fragments and aliases. `@skip` and `@include` are
 * not evaluated, so a skipped field still counts: the answer can only be too large, which costs
 * a few bytes, never a wrong result.
 */
export function selectedFields(
  info: FieldSelection,
  path: readonly string[] = [],
): ReadonlySet<string> {
  // The executor hands every item of a list the same fieldNodes array: look once per list.
  let byPath = answered.get(info.fieldNodes);
  if (!byPath) answered.set(info.fieldNodes, (byPath = new Map<string, ReadonlySet<string>>()));
  const key = path.join('.');
  let fields = byPath.get(key);
  if (!fields) byPath.set(key, (fields = collect(info, path)));
  return fields;
}

const answered = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

function collect(info: FieldSelection, path: readonly string[]): ReadonlySet<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldsIn(set, info).flatMap((field) =>
        field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
      ),
    );
  }
  return new Set(sets.flatMap((set) => fieldsIn(set, info).map((field) => field.name.value)));
}

function fieldsIn(
  set: SelectionSetNode,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  seen = new Set<string>(),
): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return fieldsIn(selection.selectionSet, info, seen);
    const name = selection.name.value;
    const fragment = info.fragments[name];
    // Validation already refuses fragment cycles; `seen` only guards this walk.
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return fieldsIn(fragment.selectionSet, info, seen);
  });
}

/**
 * The fields under `fieldNodes` as the executor collects them: grouped by response key (the
 * alias, or the name), each group being the `fieldNodes` its resolver will be handed, with the
 * fields that `@skip` or `@include` leave out dropped. What a resolver will be asked, known before
 * it runs (see nested-plan.ts).
 */
export function subfieldGroups(
  fieldNodes: readonly FieldNode[],
  info: Pick<GraphQLResolveInfo, 'fragments' | 'variableValues'>,
): Map<string, FieldNode[]> {
  const groups = new Map<string, FieldNode[]>();
  for (const node of fieldNodes) {
    if (!node.selectionSet) continue;
    for (const field of fieldsIn(node.selectionSet, info)) {
      if (!included(field, info.variableValues)) continue;
      const key = field.alias?.value ?? field.name.value;
      groups.set(key, [...(groups.get(key) ?? []), field]);
    }
  }
  return groups;
}

// The selection walk above does not see directives on fragments, only on fields: a fragment
// left out by one makes a group too large, which only plans work no resolver asks for.
function included(field: FieldNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, field, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, field, variables)?.if !== false;
}

/** What the schema declares of an argument or an input field, read by its shape alone. */
export interface Declared {
  name: string;
  type: { toString(): string };
  defaultValue?: unknown;
}

/**
 * A field's arguments as the executor will hand them to its resolver: defaults filled in, a single
 * value where a list is declared made a list, input objects given their fields' defaults.
 *
 * Read from the document and the schema's declarations, without graphql's type predicates: those
 * refuse a schema built by another copy of the library (the test runner loads graphql twice),
 * which is exactly what a look-ahead from inside a resolver may meet. An answer that differs from
 * the executor's only misses a planned read (nested-plan.ts keys it like the loader), never
 * changes one.
 */
export function argumentValues(
  field: { args: readonly Declared[] },
  node: FieldNode,
  info: Pick<GraphQLResolveInfo, 'schema' | 'variableValues'>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of field.args) {
    const given = node.arguments?.find((a) => a.name.value === argument.name)?.value;
    const unset =
      given === undefined ||
      (given.kind === Kind.VARIABLE && !Object.hasOwn(info.variableValues, given.name.value));
    const value = unset ? argument.defaultValue : valueFromASTUntyped(given, info.variableValues);
    if (value !== undefined) values[argument.name] = completed(value, String(argument.type), info);
  }
  return values;
}

/** `value` of the type printed as `type` (`[String!]`, `RelationOrder`), completed as above. */
function completed(
  value: unknown,
  type: string,
  info: Pick<GraphQLResolveInfo, 'schema'>,
): unknown {
  if (value === null || value === undefined) return value;
  const nullable = type.endsWith('!') ? type.slice(0, -1) : type;
  if (nullable.startsWith('[')) {
    const item = nullable.slice(1, -1);
    return (Array.isArray(value) ? value : [value]).map((v) => completed(v, item, info));
  }
  const named = info.schema.getType(nullable);
  if (!named || !('getFields' in named) || typeof value !== 'object' || Array.isArray(value)) {
    return value;
  }
  // An input object (enums and scalars have no fields).
  const given = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of Object.values(named.getFields()) as Declared[]) {
    const v = given[field.name] === undefined ? field.defaultValue : given[field.name];
    if (v !== undefined) out[field.name] = completed(v, String(field.type), info);
  }
  return out;
}

/** Concept fields that read more than a concept's id, graph, kind, labels and section. */
const FULL_CONCEPT_FIELDS = new Set([
  'definition',
  'definitions',
  'quote',
  'source',
  'page',
  'order',
  'numbering',
  'replaces',
  'evidence',
  'centrality',
]);

/**
 * `brief` when the selected concept fields need only id, graph, kind, labels and section (nested lists
 * and degrees load by id), `full` otherwise.
 */
export function conceptProjection(fields: ReadonlySet<string>): ConceptProjection {
  for (const field of fields) if (FULL_CONCEPT_FIELDS.has(field)) return 'full';
  return 'brief';
}

/** Relation fields that read more than a relation's id, type, basis and ends. */
const FULL_RELATION_FIELDS = new Set([
  'quote',
  'rationale',
  'rationales',
  'source',
  'page',
  'replaces',
  'evidence',
]);

export function relationProjection(fields: ReadonlySet<string>): RelationProjection {
  for (const field of fields) if (FULL_RELATION_FIELDS.has(field)) return 'full';
  return 'brief';
}

/**
 * What a Subgraph selection reads of its concepts (the nodes, the center and the relations' ends,
 * which are the same records) and of its relations.
 */
export function subgraphProjection(info: FieldSelection): {
  concepts: ConceptProjection;
  relations: RelationProjection;
} {
  const concepts = new Set([
    ...selectedFields(info, ['nodes']),
    ...selectedFields(info, ['center']),
    ...selectedFields(info, ['relations', 'from']),
    ...selectedFields(info, ['relations', 'to']),
  ]);
  return {
    concepts: conceptProjection(concepts),
    relations: relationProjection(selectedFields(info, ['relations'])),
  };
}

/** True when the selection asks a concept for nothing but its id (and graph or typename). */
export function onlyIdentity(fields: ReadonlySet<string>): boolean {
  for (const field of fields)
    if (field !== 'id' && field !== 'graph' && field !== '__typename') return false;
  return true;
}
