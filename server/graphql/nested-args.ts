// What a concept's nested field asks of its loader, from the field's arguments and selection.
// The field's resolver and the page planner (nested-plan.ts) both ask here, so a list the planner
// reads with the page lands under the very loader key the resolver then loads from.
import type { GraphRecord } from '../../graph/queries/graphs.js';
import type { RelationOrderRequest } from '../../graph/queries/adjacent-order.js';
import type { DirectionName, RelationProjection } from '../../graph/queries/model.js';
import type {
  ConceptDegreeArgs,
  ConceptNeighborsArgs,
  ConceptRelationsArgs,
  ConceptRelationsConnectionArgs,
  RelationOrder,
} from '../generated/graphql.js';
import { LIMITS } from '../../common/limits.js';
import { startAfter } from './cursor.js';
import { kinds } from './graph-scope.js';
import { bounded, boundedList } from './limits.js';
import type { AdjacentArgs, NeighborArgs, RelationArgs } from './loaders.js';
import {
  conceptProjection,
  onlyIdentity,
  relationProjection,
  selectedFields,
  type FieldSelection,
} from './selection.js';
import { traversalFilter, type TraversalFilter } from './traversal-filter.js';

export function relationsArgs(
  graph: GraphRecord,
  args: ConceptRelationsArgs,
  selection: FieldSelection,
): RelationArgs {
  return {
    ...adjacent(graph, args, 1),
    ...relationSelection(selection, [[]]),
    order: orderOf(args.orderBy),
  };
}

/** `relationsConnection`: the loader's arguments, with `skip` the offset the page starts at. */
export function relationPageArgs(
  graph: GraphRecord,
  args: ConceptRelationsConnectionArgs,
  selection: FieldSelection,
): RelationArgs & { skip: number } {
  return {
    ...adjacent(graph, args, 0),
    skip: startAfter(args.after),
    ...relationSelection(selection, [['nodes'], ['edges', 'node']]),
    order: orderOf(args.orderBy),
  };
}

export function neighborsArgs(
  graph: GraphRecord,
  args: ConceptNeighborsArgs,
  selection: FieldSelection,
): NeighborArgs {
  const followed = traversalFilter(graph, args);
  const only = kinds(graph, boundedList('kinds', args.kinds));
  const first = bounded('first', args.first, 1, LIMITS.nested, 50);
  const direction = args.direction ?? 'BOTH';
  const projection = conceptProjection(selectedFields(selection));
  return { ...followed, direction, kinds: only, first, projection };
}

/** `degree` counts what a traversal with its filters would follow, from any work. */
export function degreeArgs(
  graph: GraphRecord,
  args: ConceptDegreeArgs,
): Omit<TraversalFilter, 'sources'> & { sources: null; direction: DirectionName } {
  const { types, basis } = traversalFilter(graph, args);
  const direction = args.direction ?? 'BOTH';
  return { direction, types, basis, sources: null };
}

/** The filters, direction and page size of a relation list, `first` from `min` to the cap. */
function adjacent(
  graph: GraphRecord,
  args: ConceptRelationsArgs | ConceptRelationsConnectionArgs,
  min: number,
): AdjacentArgs {
  const followed = traversalFilter(graph, args);
  const first = bounded('first', args.first, min, LIMITS.nested, 50);
  return { ...followed, direction: args.direction ?? 'BOTH', first };
}

/** A relation order from the API (`orderBy`), or null for the field's default. */
function orderOf(orderBy: RelationOrder | null | undefined): RelationOrderRequest | null {
  if (!orderBy) return null;
  return { field: orderBy.field, direction: orderBy.direction ?? 'ASC' };
}

/**
 * What a relation list's statement must return, from the relation fields selected at `paths`
 * below the field: the end concepts come along only when the query shows more of them than
 * their ids, and the relations' own properties only when a field needs more than the brief ones.
 */
function relationSelection(
  selection: FieldSelection,
  paths: readonly (readonly string[])[],
): { ends: boolean; projection: RelationProjection } {
  const at = (path: readonly string[]) => selectedFields(selection, path);
  const ends = !paths.every(
    (path) => onlyIdentity(at([...path, 'from'])) && onlyIdentity(at([...path, 'to'])),
  );
  const fields = new Set(paths.flatMap((path) => [...at(path)]));
  return { ends, projection: relationProjection(fields) };
}
