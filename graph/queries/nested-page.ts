// A page of concepts with each concept's nested lists (relations, relation pages, neighbours,
// degrees), in one statement. The per-concept bodies are built of the same parts as the batched
// statements in adjacent.ts (which relations are followed, in which order, how many), so a nested
// list read here is the list its own statement reads; only the parameter names differ, since every
// nested field brings its own filters, and lists that follow the same relations walk them once.
import type { Database } from '../db.js';
import type { Plain } from '../plain.js';
import {
  BY_ID,
  degreeCount,
  followedCount,
  followedInOrder,
  followedPairs,
  inOrder,
  NEIGHBOR_ORDER,
  neighborCondition,
  neighborsInOrder,
  PATTERNS,
  type DegreesRequest,
  type NeighborsRequest,
  type ParamNames,
  type RelationPageRequest,
  type RelationsRequest,
} from './adjacent.js';
import { BY_TYPE_THEN_OTHER, orderExpressions } from './adjacent-order.js';
import {
  count,
  matchConcepts,
  pageParameters,
  pageRows,
  type ConceptPageRequest,
} from './concepts.js';
import { FilterParams } from './filter.js';
import {
  compact,
  conceptColumn,
  isObject,
  relationColumn,
  toConcept,
  toRelation,
  type ConceptProjection,
  type ConceptRecord,
  type CountedPage,
  type RelationRecord,
} from './model.js';

/** A nested field's request: what its batched statement takes, less the ids (the page's). */
type Nested<T> = Omit<T, 'ids'>;

/** A `CALL` that binds `column` for concept `c`, naming its parameters with `p`. */
type Subquery = (column: string, p: ParamNames) => string;

/**
 * Lists that follow the same relations of a concept (one direction, the same filters) can share
 * one walk over them: `pairs` collects the followed pairs `[r, o]` once (followedPairs), and each
 * list then reads them from that collection with `fromPairs(column, pairs, p)` instead of walking
 * again. A page with relations and neighbours asks this of every concept on it.
 */
interface Walk {
  key: string;
  pairs: (p: ParamNames) => string;
  fromPairs: (column: string, pairs: string, p: ParamNames) => string;
}

/** One nested list of every concept on the page: its subquery, its values and how to read them. */
export interface NestedList<V> {
  subquery: Subquery;
  /** Its parameters, unprefixed. */
  parameters: Record<string, unknown>;
  decode(value: Plain | undefined): V;
  /** Absent: the list walks its own way (a degree counts matches, not pairs). */
  walk?: Walk;
}

/** A nested list with what to do with each concept's value, whatever its type. */
export interface NestedRead {
  subquery: Subquery;
  parameters: Record<string, unknown>;
  walk?: Walk;
  /** Decodes concept `conceptId`'s value as its column holds it, and hands it on. */
  take(conceptId: string, value: Plain | undefined): void;
}

export function nestedRead<V>(
  list: NestedList<V>,
  each: (conceptId: string, value: V) => void,
): NestedRead {
  return {
    subquery: list.subquery,
    parameters: list.parameters,
    walk: list.walk,
    take: (id, value) => each(id, list.decode(value)),
  };
}

function filters(request: Nested<RelationsRequest | NeighborsRequest | DegreesRequest>) {
  return { types: request.types, basis: request.basis, sources: request.sources };
}

/** The walk over the relations a request follows, keyed by all that decides which they are. */
function walkOf(
  request: Nested<RelationsRequest | NeighborsRequest>,
  fromPairs: Walk['fromPairs'],
): Walk {
  const pattern = PATTERNS[request.direction];
  return {
    key: JSON.stringify([request.direction, filters(request)]),
    pairs: (p) => followedPairs(pattern, p),
    fromPairs,
  };
}

/** The pairs of a shared walk as rows of `r` and `o`, as followedPairs leaves them. */
const unwound = (pairs: string) => `UNWIND ${pairs} AS pair
  WITH pair[0] AS r, pair[1] AS o`;

// Brief relations and concepts travel as lists, not maps: a map repeats its keys in each of a
// page's hundreds of nested items, and the driver unpacks every key as a new string. On the
// benchmark's nested page of 50 (10k graph) that took our server from 16 to 11 ms of CPU per
// request. Their graph is the page's (every pattern here requires it). The decoders rebuild the
// rows the batched statements return, so one mapping (model.ts) reads both.
const BRIEF_RELATION = `[r.id, r.basis, type(r), a.id, b.id]`;
const BRIEF_CONCEPT = ['id', 'kind', 'labelId', 'labelEn', 'section'] as const;

/** The relation rows of a relation list: with the end concepts when `ends` (see relationsOf). */
function relationRows(request: Nested<RelationsRequest>): string {
  const row =
    request.projection === 'brief'
      ? BRIEF_RELATION
      : `{rel: ${relationColumn(request.projection)}}`;
  const ends = request.ends ? ', a, b' : ', null, null';
  return `WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect([${row}${ends}])`;
}

function decodeRelations(graph: string, value: Plain | undefined): RelationRecord[] {
  const rows = Array.isArray(value) ? value : [];
  return compact(
    rows.map((item) => {
      if (!Array.isArray(item)) return null;
      const [row = null, fromNode = null, toNode = null] = item;
      if (isObject(row)) return toRelation({ ...row, fromNode, toNode });
      if (!Array.isArray(row)) return null;
      const [id = null, basis = null, type = null, from = null, to = null] = row;
      return toRelation({ rel: { id, graph, basis, type, from, to }, fromNode, toNode });
    }),
  );
}

/** Concept `variable` as the page's lists return it: a list when brief (see BRIEF_CONCEPT). */
function conceptItem(variable: string, projection: ConceptProjection): string {
  return projection === 'brief'
    ? `[${BRIEF_CONCEPT.map((key) => `${variable}.${key}`).join(', ')}]`
    : conceptColumn(variable, projection);
}

function decodeConcepts(graph: string, value: Plain | undefined): ConceptRecord[] {
  const items = Array.isArray(value) ? value : [];
  return compact(
    items.map((item) =>
      toConcept(
        Array.isArray(item)
          ? { graph, ...Object.fromEntries(BRIEF_CONCEPT.map((key, i) => [key, item[i] ?? null])) }
          : item,
      ),
    ),
  );
}

/** `Concept.relations`, as RELATIONS_OF reads it. */
export function relationList(request: Nested<RelationsRequest>): NestedList<RelationRecord[]> {
  const order = orderExpressions(request.order, BY_TYPE_THEN_OTHER);
  return {
    subquery: (column, p) => `CALL {
  WITH c
  ${followedInOrder(PATTERNS[request.direction], order, false, p)}
  ${relationRows(request)} AS ${column}
}`,
    parameters: { ...filters(request), first: request.first },
    decode: (value) => decodeRelations(request.graph, value),
    walk: walkOf(
      request,
      (column, pairs, p) => `CALL {
  WITH ${pairs}
  ${unwound(pairs)}
  ${inOrder(order, false, p)}
  ${relationRows(request)} AS ${column}
}`,
    ),
  };
}

/** `Concept.relationsConnection`, as RELATION_PAGE_OF reads it. */
export function relationPage(
  request: Nested<RelationPageRequest>,
): NestedList<CountedPage<RelationRecord>> {
  const pattern = PATTERNS[request.direction];
  const order = orderExpressions(request.order, BY_ID);
  return {
    subquery: (column, p) => `CALL {
  WITH c
  CALL {
    WITH c
    ${followedCount(pattern, p)}
  }
  CALL {
    WITH c
    ${followedInOrder(pattern, order, true, p)}
    ${relationRows(request)} AS items
  }
  RETURN {total: total, items: items} AS ${column}
}`,
    parameters: { ...filters(request), first: request.first, skip: request.skip },
    decode: (value) => ({
      total: isObject(value) ? Number(value.total ?? 0) : 0,
      items: isObject(value) ? decodeRelations(request.graph, value.items) : [],
    }),
    walk: walkOf(
      request,
      (column, pairs, p) => `CALL {
  WITH ${pairs}
  CALL {
    WITH ${pairs}
    ${unwound(pairs)}
    RETURN count(DISTINCT r) AS total
  }
  CALL {
    WITH ${pairs}
    ${unwound(pairs)}
    ${inOrder(order, true, p)}
    ${relationRows(request)} AS items
  }
  RETURN {total: total, items: items} AS ${column}
}`,
    ),
  };
}

/** `Concept.neighbors`, as NEIGHBORS_OF reads it. */
export function neighborList(request: Nested<NeighborsRequest>): NestedList<ConceptRecord[]> {
  const returned = (column: string) =>
    `RETURN collect(${conceptItem('o', request.projection)}) AS ${column}`;
  return {
    subquery: (column, p) => `CALL {
  WITH c
  ${neighborsInOrder(PATTERNS[request.direction], p)}
  ${returned(column)}
}`,
    parameters: { ...filters(request), first: request.first, kinds: request.kinds },
    decode: (value) => decodeConcepts(request.graph, value),
    walk: walkOf(
      request,
      (column, pairs, p) => `CALL {
  WITH c, ${pairs}
  UNWIND ${pairs} AS pair
  WITH c, pair[1] AS o
  WHERE ${neighborCondition(p)}
  WITH DISTINCT o
  ${inOrder(NEIGHBOR_ORDER, false, p)}
  ${returned(column)}
}`,
    ),
  };
}

/** `Concept.degree`, as DEGREES_OF counts it. */
export function degree(request: Nested<DegreesRequest>): NestedList<number> {
  return {
    subquery: (column, p) => `CALL {
  WITH c
  RETURN ${degreeCount(request.direction, p)} AS ${column}
}`,
    parameters: filters(request),
    decode: (value) => (typeof value === 'number' ? value : Number(value ?? 0)),
  };
}

/** A nested read's column and how it names its parameters. */
interface Column {
  name: string;
  read: NestedRead;
}

const namesOf =
  (column: string): ParamNames =>
  (param) =>
    `$${column}_${param}`;

/**
 * The subqueries of every column: lists that follow the same relations walk them once (the walk
 * named after the first of them, with its parameters, which the others' equal), the rest alone.
 */
function subqueries(columns: readonly Column[]): string[] {
  const walks = new Map<string, Column[]>();
  for (const column of columns) {
    const key = column.read.walk?.key;
    if (key !== undefined) walks.set(key, [...(walks.get(key) ?? []), column]);
  }
  const out: string[] = [];
  const walked = new Map<string, string>();
  for (const { name, read } of columns) {
    const walk = read.walk;
    const sharing = walk ? (walks.get(walk.key) ?? []) : [];
    if (!walk || sharing.length < 2) {
      out.push(read.subquery(name, namesOf(name)));
      continue;
    }
    let pairs = walked.get(walk.key);
    if (pairs === undefined) {
      pairs = `${name}_pairs`;
      walked.set(walk.key, pairs);
      out.push(`CALL {
  WITH c
  ${walk.pairs(namesOf(name))}
  RETURN collect([r, o]) AS ${pairs}
}`);
    }
    out.push(walk.fromPairs(name, pairs, namesOf(name)));
  }
  return out;
}

/**
 * The page statement of concepts.ts with every nested list of each concept on it. The page is
 * numbered before the subqueries run and sorted by that number after, so its order never rests on
 * how the planner schedules them.
 */
export function conceptPageWith(
  filter: string,
  direction: 'ASC' | 'DESC',
  request: ConceptPageRequest,
  columns: readonly Column[],
): string {
  const names = columns.map(({ name }) => name);
  return `
CALL {${count(filter)}
}
CALL {${pageRows(filter, direction)}
  WITH collect(c) AS page
  UNWIND range(0, size(page) - 1) AS rank
  WITH rank, page[rank] AS c
  ${subqueries(columns).join('\n  ')}
  WITH rank, c, [${names.join(', ')}] AS nested
  ORDER BY rank
  RETURN collect({concept: ${conceptColumn('c', request.projection)}, nested: nested}) AS concepts
}
RETURN total, concepts`;
}

/**
 * A page of concepts as readConceptPage reads it, handing each nested list's value for each
 * concept on the page to its read (an empty list, an empty page or 0 where there is none).
 */
export async function readConceptPageWith(
  db: Database,
  request: ConceptPageRequest,
  reads: readonly NestedRead[],
): Promise<{ total: number; concepts: ConceptRecord[] }> {
  const filterParams = new FilterParams();
  const filter = matchConcepts(request.filter, filterParams);
  const columns: Column[] = reads.map((read, i) => ({ name: `n${i}`, read }));
  const statement = conceptPageWith(filter, request.descending ? 'DESC' : 'ASC', request, columns);
  const params: Record<string, unknown> = pageParameters(request, filterParams);
  for (const { name, read } of columns)
    for (const [key, value] of Object.entries(read.parameters)) params[`${name}_${key}`] = value;
  const [row] = await db.readRows(statement, params);
  const concepts: ConceptRecord[] = [];
  const values: Plain[][] = [];
  for (const entry of Array.isArray(row?.concepts) ? row.concepts : []) {
    const concept = isObject(entry) ? toConcept(entry.concept) : null;
    if (!concept || !isObject(entry)) continue;
    concepts.push(concept);
    values.push(Array.isArray(entry.nested) ? entry.nested : []);
  }
  reads.forEach((read, i) => {
    concepts.forEach((concept, k) => read.take(concept.id, values[k]?.[i]));
  });
  return { total: Number(row?.total ?? 0), concepts };
}
