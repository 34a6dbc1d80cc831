// GraphQL filter inputs (ConceptFilter, RelationFilter) → the compiler's validated trees
// (graph/queries/filter.ts): bounds on nesting, size and lists; kinds and relation types checked
// against the graph's declarations; deprecated fields folded into their replacements.
import { LIMITS } from '../../common/limits.js';
import type {
  ConceptCondition,
  IntBounds,
  RelationCondition,
  RelationMatchCondition,
} from '../../graph/queries/filter.js';
import type { GraphRecord } from '../../graph/queries/graphs.js';
import type { Basis as StoredBasis } from '../../graph/queries/model.js';
import type {
  Basis,
  ConceptFilter,
  IntRange,
  RelationFilter,
  RelationMatch,
} from '../generated/graphql.js';
import { badInput } from './errors.js';
import { kinds } from './graph-scope.js';
import { boundedList } from './limits.js';
import { relationTypes } from './relation-scope.js';

const MAX_TEXT = LIMITS.searchTextLength;

/** A `text` condition: lower-cased, null when empty, refused past the search text limit. */
export function filterText(name: string, text: string | null | undefined): string | null {
  if (text === null || text === undefined || text === '') return null;
  if (text.length > MAX_TEXT) throw badInput(`\`${name}\` may be at most ${MAX_TEXT} characters.`);
  return text.toLowerCase();
}

export function storedBasis(basis: Basis): StoredBasis {
  return basis === 'INFERRED' ? 'inferred' : 'stated';
}

interface Tree {
  AND?: readonly Tree[] | null;
  OR?: readonly Tree[] | null;
  NOT?: Tree | null;
}

/**
 * Refuses a tree past LIMITS.filterDepth levels (the top level is 1) or LIMITS.filterNodes
 * filters in all. It stops at the first level or filter too many, so a huge input costs little.
 */
export function checkTreeSize(name: string, root: Tree): void {
  let nodes = 0;
  const visit = (tree: Tree, depth: number) => {
    if (depth > LIMITS.filterDepth) {
      throw badInput(
        `\`${name}\` nests AND / OR / NOT more than ${LIMITS.filterDepth} levels deep (the top ` +
          `level is 1); flatten it, for example by listing values in one filter.`,
      );
    }
    nodes += 1;
    if (nodes > LIMITS.filterNodes) {
      throw badInput(
        `\`${name}\` holds more than ${LIMITS.filterNodes} filters (the top one and every ` +
          `nested one counted); combine conditions, for example by listing values in one filter.`,
      );
    }
    for (const child of [...(tree.AND ?? []), ...(tree.OR ?? []), ...(tree.NOT ? [tree.NOT] : [])])
      visit(child, depth + 1);
  };
  visit(root, 1);
}

/** An IntRange, with a deprecated single value (`page`) narrowing it. Null: no condition. */
function bounds(
  name: string,
  range: IntRange | null | undefined,
  single?: number | null,
): IntBounds | null {
  let min = range?.min ?? null;
  let max = range?.max ?? null;
  if (min !== null && max !== null && min > max) {
    throw badInput(`\`${name}\` has \`min\` ${min} above \`max\` ${max}; swap them.`);
  }
  // Both given: both must hold (a page outside the range matches nothing).
  if (single !== null && single !== undefined) {
    min = min === null ? single : Math.max(min, single);
    max = max === null ? single : Math.min(max, single);
  }
  if (min === null && max === null) return null;
  return { min, max };
}

/** `sources`, with the deprecated single `source` narrowing it. Null: no condition. */
function sourceList(
  name: string,
  sources: readonly string[] | null | undefined,
  single: string | null | undefined,
): string[] | null {
  const list = boundedList(name, sources);
  if (single === null || single === undefined) return list;
  return list === null ? [single] : list.filter((s) => s === single);
}

/** Sets `key` of `target` when `value` is neither null nor undefined. */
function put<T, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined): void {
  if (value !== null && value !== undefined) target[key] = value;
}

function relationMatch(
  graph: GraphRecord,
  name: string,
  match: RelationMatch,
): RelationMatchCondition {
  return {
    direction: match.direction ?? 'BOTH',
    types: relationTypes(graph, match.scope, boundedList(`${name}.types`, match.types)),
    basis: match.basis ? storedBasis(match.basis) : null,
    otherKinds: kinds(graph, boundedList(`${name}.otherKinds`, match.otherKinds)),
    otherIds: boundedList(`${name}.otherIds`, match.otherIds),
  };
}

function conceptCondition(graph: GraphRecord, name: string, f: ConceptFilter): ConceptCondition {
  const out: ConceptCondition = {};
  put(out, 'kinds', kinds(graph, boundedList(`${name}.kinds`, f.kinds)));
  put(out, 'ids', boundedList(`${name}.ids`, f.ids));
  put(out, 'section', f.section);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept working for old clients
  put(out, 'sources', sourceList(`${name}.sources`, f.sources, f.source));
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept working for old clients
  put(out, 'pages', bounds(`${name}.pages`, f.pages, f.page));
  const degree = bounds(`${name}.degree`, f.degree);
  if (degree) out.degree = { range: degree, types: relationTypes(graph, f.degreeScope) };
  put(out, 'text', filterText(`${name}.text`, f.text));
  if (f.hasRelation) out.hasRelation = relationMatch(graph, `${name}.hasRelation`, f.hasRelation);
  if (f.lacksRelation) {
    out.lacksRelation = relationMatch(graph, `${name}.lacksRelation`, f.lacksRelation);
  }
  if (f.AND) out.and = f.AND.map((g, i) => conceptCondition(graph, `${name}.AND[${i}]`, g));
  if (f.OR) out.or = f.OR.map((g, i) => conceptCondition(graph, `${name}.OR[${i}]`, g));
  if (f.NOT) out.not = conceptCondition(graph, `${name}.NOT`, f.NOT);
  return out;
}

function relationCondition(graph: GraphRecord, name: string, f: RelationFilter): RelationCondition {
  const out: RelationCondition = {};
  const types = boundedList(`${name}.types`, f.types);
  // Every declared type is allowed here; the query's scope is applied to the whole statement.
  if (types) out.types = relationTypes(graph, 'ALL', types);
  put(out, 'ids', boundedList(`${name}.ids`, f.ids));
  if (f.basis) out.basis = storedBasis(f.basis);
  put(out, 'from', f.from);
  put(out, 'to', f.to);
  put(out, 'concept', f.concept);
  put(out, 'fromKinds', kinds(graph, boundedList(`${name}.fromKinds`, f.fromKinds)));
  put(out, 'toKinds', kinds(graph, boundedList(`${name}.toKinds`, f.toKinds)));
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept working for old clients
  put(out, 'sources', sourceList(`${name}.sources`, f.sources, f.source));
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- kept working for old clients
  put(out, 'pages', bounds(`${name}.pages`, f.pages, f.page));
  put(out, 'text', filterText(`${name}.text`, f.text));
  if (f.AND) out.and = f.AND.map((g, i) => relationCondition(graph, `${name}.AND[${i}]`, g));
  if (f.OR) out.or = f.OR.map((g, i) => relationCondition(graph, `${name}.OR[${i}]`, g));
  if (f.NOT) out.not = relationCondition(graph, `${name}.NOT`, f.NOT);
  return out;
}

/** A `ConceptFilter` argument (`name` is how messages call it), checked; `{}` when absent. */
export function conceptFilter(
  graph: GraphRecord,
  name: string,
  filter: ConceptFilter | null | undefined,
): ConceptCondition {
  if (!filter) return {};
  checkTreeSize(name, filter);
  return conceptCondition(graph, name, filter);
}

/** A `RelationFilter` argument, checked; `{}` when absent. */
export function relationFilter(
  graph: GraphRecord,
  name: string,
  filter: RelationFilter | null | undefined,
): RelationCondition {
  if (!filter) return {};
  checkTreeSize(name, filter);
  return relationCondition(graph, name, filter);
}
