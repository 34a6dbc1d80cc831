// Compiles a RelationCondition tree into a Cypher boolean expression over relation `r`, from
// concept `a` to concept `b` (the names every relation statement binds). See filter.ts.
import {
  allOf,
  anyOf,
  containsText,
  definite,
  inRange,
  negated,
  type FilterParams,
  type RelationCondition,
} from './filter.js';

const TEXT_PROPERTIES = ['r.quote', 'r.rationaleId', 'r.rationaleEn'];

/** The expression that holds for `r` when every condition of `filter` holds (`true` if none). */
export function compileRelationFilter(filter: RelationCondition, params: FilterParams): string {
  const out: string[] = [];
  if (filter.types) out.push(`type(r) IN ${params.add(filter.types)}`);
  if (filter.ids) out.push(`r.id IN ${params.add(filter.ids)}`);
  if (filter.basis !== undefined) out.push(definite(`r.basis = ${params.add(filter.basis)}`));
  if (filter.from !== undefined) out.push(`a.id = ${params.add(filter.from)}`);
  if (filter.to !== undefined) out.push(`b.id = ${params.add(filter.to)}`);
  if (filter.concept !== undefined) {
    const id = params.add(filter.concept);
    out.push(`a.id = ${id} OR b.id = ${id}`);
  }
  if (filter.fromKinds) out.push(`a.kind IN ${params.add(filter.fromKinds)}`);
  if (filter.toKinds) out.push(`b.kind IN ${params.add(filter.toKinds)}`);
  if (filter.sources) out.push(definite(`r.source IN ${params.add(filter.sources)}`));
  if (filter.pages) out.push(...inRange('toInteger(r.page)', filter.pages, params));
  if (filter.text !== undefined) out.push(containsText(TEXT_PROPERTIES, filter.text, params));
  if (filter.and) out.push(allOf(filter.and.map((f) => compileRelationFilter(f, params))));
  if (filter.or) out.push(anyOf(filter.or.map((f) => compileRelationFilter(f, params))));
  if (filter.not) out.push(...negated(compileRelationFilter(filter.not, params)));
  return allOf(out);
}
