// Which relation types a traversal or a count follows: the one place where a relation scope
// (meaning, structure, all) and an explicit list of types become the `types` list that every
// Cypher statement filters with (`type(r) IN $types`).
import type { GraphRecord, RelationTypeDeclaration } from '../../graph/queries/graphs.js';
import { badInput, quotedList } from './errors.js';

export type RelationScope = 'MEANING' | 'STRUCTURE' | 'ALL';

const IN_SCOPE: Record<RelationScope, (type: RelationTypeDeclaration) => boolean> = {
  MEANING: (type) => !type.structural,
  STRUCTURE: (type) => type.structural,
  ALL: () => true,
};

/**
 * The graph's declared types in `scope`; with an `asked` list, those of it in `scope` (which may
 * be none: the traversal then finds nothing, it is not an error). A type the graph does not
 * declare is a BAD_USER_INPUT error that lists the declared ones.
 */
export function relationTypes(
  graph: GraphRecord,
  scope: RelationScope | null | undefined,
  asked?: readonly string[] | null,
): string[] {
  const declared = graph.relationTypes.map((t) => t.id);
  const inScope = graph.relationTypes.filter(IN_SCOPE[scope ?? 'ALL']).map((t) => t.id);
  if (asked === null || asked === undefined) return inScope;
  const unknown = asked.filter((t) => !declared.includes(t));
  if (unknown.length > 0) {
    throw badInput(
      `Unknown relation type ${quotedList(unknown)} in graph "${graph.id}"; ` +
        `it declares ${quotedList(declared)}.`,
    );
  }
  return [...new Set(asked)].filter((t) => inScope.includes(t));
}

/** Whether relations of this type are document structure (an undeclared type is not). */
export function isStructural(graph: GraphRecord, type: string): boolean {
  return graph.relationTypes.find((t) => t.id === type)?.structural ?? false;
}
