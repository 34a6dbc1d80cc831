// Cross-checks of the declarations: unique ids, reserved names, relation types between declared kinds.
import type { Indexed } from './entries.js';
import { RESERVED_KINDS, RESERVED_RELATION_TYPES } from './model.js';
import type { UnplacedProblem } from './problems.js';
import type { KindDeclaration, RelationTypeDeclaration } from './schema.js';

/** Reports every id seen before in the same list (at the repeat, naming the first). */
export function duplicateIds(
  list: string,
  entries: readonly Indexed<{ id: string }>[],
  field = 'id',
): UnplacedProblem[] {
  const first = new Map<string, number>();
  const problems: UnplacedProblem[] = [];
  for (const { index, entry } of entries) {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, index);
    else {
      const message = `duplicate id "${entry.id}" (first used at ${list}[${earlier}])`;
      problems.push({ path: [list, index, field], message });
    }
  }
  return problems;
}

export function checkKinds(
  kinds: readonly Indexed<Partial<KindDeclaration> & { id: string }>[],
): UnplacedProblem[] {
  const problems = duplicateIds('kinds', kinds);
  for (const { index, entry } of kinds) {
    if (RESERVED_KINDS.has(entry.id)) {
      problems.push({
        path: ['kinds', index, 'id'],
        message: `"${entry.id}" is reserved by the loader`,
      });
    }
  }
  return problems;
}

export function checkRelationTypes(
  types: readonly Indexed<Partial<RelationTypeDeclaration> & { id: string }>[],
  kindIds: ReadonlySet<string>,
): UnplacedProblem[] {
  const problems = duplicateIds('relationTypes', types);
  for (const { index, entry } of types) {
    if (RESERVED_RELATION_TYPES.has(entry.id)) {
      const message = `"${entry.id}" is reserved by the loader`;
      problems.push({ path: ['relationTypes', index, 'id'], message });
    }
    for (const end of ['from', 'to'] as const) {
      (entry[end] ?? []).forEach((kind, i) => {
        if (!kindIds.has(kind)) {
          const message = `unknown kind "${kind}" (not in kinds)`;
          problems.push({ path: ['relationTypes', index, end, i], message });
        }
      });
    }
  }
  return problems;
}
