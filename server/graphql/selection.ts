// Looking ahead at what a query selects, so a statement fetches only what will be shown: a page
// of 50 concepts with relations and neighbours moved half a megabyte of node properties that no
// field asked for, and decoding it was most of the request (bench/README.md, "Profile").
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ConceptProjection, RelationProjection } from '../../graph/queries/model.js';

/**
 * Names of the fields selected under the current field, or under a path of fields below it
 * (`['from']`, `['edges', 'node']`), through fragments and aliases. `@skip` and `@include` are
 * not evaluated, so a skipped field still counts: the answer can only be too large, which costs
 * a few bytes, never a wrong result.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
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

function collect(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
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
  info: GraphQLResolveInfo,
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

/** True when the selection asks a concept for nothing but its id (and graph or typename). */
export function onlyIdentity(fields: ReadonlySet<string>): boolean {
  for (const field of fields)
    if (field !== 'id' && field !== 'graph' && field !== '__typename') return false;
  return true;
}
