// The filters every traversal takes (Concept.relations, relationsConnection, neighbors and
// neighborhood): which relation types, which basis, which works. The answer is a set of values
// that statements receive as parameters; no statement is written from them.
import type { GraphRecord } from '../../graph/queries/graphs.js';
import type { Basis } from '../../graph/queries/model.js';
import type { Basis as BasisEnum } from '../generated/graphql.js';
import { boundedList } from './limits.js';
import { relationTypes, type RelationScope } from './relation-scope.js';

export interface TraversalArgs {
  scope?: RelationScope | null;
  /** `types` on Concept fields, `relationTypes` on neighborhood: named by the caller. */
  types?: readonly string[] | null;
  excludeRelationTypes?: readonly string[] | null;
  basis?: BasisEnum | null;
  sources?: readonly string[] | null;
}

export interface TraversalFilter {
  /** Types to follow: the scope's (or the asked ones in it) minus the excluded ones. */
  types: string[];
  /** Stored basis to keep, null for both. */
  basis: Basis | null;
  /** Works a relation must be quoted from, null for any. */
  sources: string[] | null;
}

/** The stored value of a GraphQL basis (the enum is upper case, relations store lower case). */
export function storedBasis(basis: BasisEnum | null | undefined): Basis | null {
  if (basis === null || basis === undefined) return null;
  return basis === 'INFERRED' ? 'inferred' : 'stated';
}

/**
 * The filter of a traversal's arguments. `typesName` is the argument's name in the SDL, so an
 * error names what the client wrote. An excluded type the graph does not declare is refused like
 * an unknown asked one: a typo would otherwise silently exclude nothing.
 */
export function traversalFilter(
  graph: GraphRecord,
  args: TraversalArgs,
  typesName = 'types',
): TraversalFilter {
  const asked = relationTypes(graph, args.scope, boundedList(typesName, args.types));
  const excluded = boundedList('excludeRelationTypes', args.excludeRelationTypes);
  const skip = excluded === null ? [] : relationTypes(graph, 'ALL', excluded);
  return {
    types: asked.filter((t) => !skip.includes(t)),
    basis: storedBasis(args.basis),
    sources: boundedList('sources', args.sources),
  };
}
