// Compiles a ConceptCondition tree into a Cypher boolean expression over one concept variable.
// The statement around it must bind `$graph`. See filter.ts for the rules every fragment keeps.
import type { DirectionName } from './model.js';
import {
  allOf,
  anyOf,
  negated,
  containsText,
  definite,
  inRange,
  type ConceptCondition,
  type FilterParams,
  type RelationMatchCondition,
} from './filter.js';

const TEXT_PROPERTIES = ['labelId', 'labelEn', 'definitionId', 'definitionEn', 'quote'];

/** Patterns cannot take a direction as a parameter: one fixed variant per direction. */
// The far end is checked in WHERE, not in the pattern: with `(o:Concept {graph: $graph})` there,
// Neo4j 5.26 may plan a scan of every concept per row (see concepts.ts, DEGREE).
const PATTERN: Record<DirectionName, (c: string, r: string, o: string) => string> = {
  OUT: (c, r, o) => `(${c})-[${r}]->(${o})`,
  IN: (c, r, o) => `(${c})<-[${r}]-(${o})`,
  BOTH: (c, r, o) => `(${c})-[${r}]-(${o})`,
};

function relationExists(c: string, match: RelationMatchCondition, params: FilterParams): string {
  const r = params.variable('fr');
  const o = params.variable('fo');
  const where = [
    `${r}.graph = $graph`,
    `type(${r}) IN ${params.add(match.types)}`,
    `${o}:Concept`,
    `${o}.graph = $graph`,
  ];
  if (match.basis !== null) where.push(`${r}.basis = ${params.add(match.basis)}`);
  if (match.otherKinds !== null) where.push(`${o}.kind IN ${params.add(match.otherKinds)}`);
  if (match.otherIds !== null) where.push(`${o}.id IN ${params.add(match.otherIds)}`);
  return `EXISTS { MATCH ${PATTERN[match.direction](c, r, o)} WHERE ${where.join(' AND ')} }`;
}

function degree(c: string, d: NonNullable<ConceptCondition['degree']>, params: FilterParams) {
  const r = params.variable('fr');
  const o = params.variable('fo');
  const count = `COUNT { (${c})-[${r}]-(${o}) WHERE ${r}.graph = $graph AND type(${r}) IN ${params.add(d.types)} AND ${o}:Concept AND ${o}.graph = $graph }`;
  return inRange(count, d.range, params);
}

/**
 * The expression that holds for concept `c` when every condition of `filter` holds (`true` for an
 * empty filter). `c` must be a variable name the caller fixed, never user text.
 */
export function compileConceptFilter(
  c: string,
  filter: ConceptCondition,
  params: FilterParams,
): string {
  const out: string[] = [];
  if (filter.kinds) out.push(`${c}.kind IN ${params.add(filter.kinds)}`);
  if (filter.ids) out.push(`${c}.id IN ${params.add(filter.ids)}`);
  if (filter.section !== undefined) {
    out.push(definite(`${c}.section = ${params.add(filter.section)}`));
  }
  if (filter.sources) out.push(definite(`${c}.source IN ${params.add(filter.sources)}`));
  if (filter.pages) out.push(...inRange(`toInteger(${c}.page)`, filter.pages, params));
  if (filter.degree) out.push(...degree(c, filter.degree, params));
  if (filter.text !== undefined) {
    out.push(
      containsText(
        TEXT_PROPERTIES.map((p) => `${c}.${p}`),
        filter.text,
        params,
      ),
    );
  }
  if (filter.hasRelation) out.push(relationExists(c, filter.hasRelation, params));
  if (filter.lacksRelation) out.push(`NOT ${relationExists(c, filter.lacksRelation, params)}`);
  if (filter.and) out.push(allOf(filter.and.map((f) => compileConceptFilter(c, f, params))));
  if (filter.or) out.push(anyOf(filter.or.map((f) => compileConceptFilter(c, f, params))));
  if (filter.not) out.push(...negated(compileConceptFilter(c, filter.not, params)));
  return allOf(out);
}
