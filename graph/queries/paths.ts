// Paths between two concepts, over declared relation types of one graph only, searched in one of
// four modes (one shortest, all shortest, the k shortest, all simple paths up to a length).
import { LIMITS } from '../../common/limits.js';
import type { Database } from '../db.js';
import {
  compact,
  isObject,
  toConcept,
  toRelation,
  type Basis,
  type ConceptRecord,
  type DirectionName,
  type RelationRecord,
} from './model.js';

/** Upper bound of the shortest-path searches (a length bound cannot be a parameter); `$maxLength` cuts lower. */
export const MAX_PATH_LENGTH = LIMITS.pathLength;
/** Most paths returned by ALL_SHORTEST, and the most K_SHORTEST may ask for. */
export const MAX_PATHS = LIMITS.pathK;

export type PathModeName = 'SHORTEST' | 'ALL_SHORTEST' | 'K_SHORTEST' | 'ALL_SIMPLE';

export interface PathRecord {
  nodes: ConceptRecord[];
  relations: RelationRecord[];
}

export interface PathRequest {
  graph: string;
  from: string;
  to: string;
  /** 1..LIMITS.pathLength, or 1..LIMITS.simplePathLength for ALL_SIMPLE. */
  maxLength: number;
  mode: PathModeName;
  /** Paths K_SHORTEST returns (1..LIMITS.pathK); ignored by the other modes. */
  k: number;
  types: string[];
  direction: DirectionName;
  /** Stored basis every relation must have, null for any. */
  basis: Basis | null;
  /** Works every relation must be quoted from, null for any. */
  sources: string[] | null;
  /** Kinds every concept between the ends must have, null for any. */
  viaKinds: string[] | null;
  /** Concepts no path may pass through (the ends excepted), null for none. */
  avoid: string[] | null;
}

/** The shape of a request: all the statement's text depends on, never a user's value. */
type PathShape = Pick<PathRequest, 'mode' | 'direction'> & {
  bound: number;
  basis: boolean;
  sources: boolean;
  viaKinds: boolean;
  avoid: boolean;
};

const HOPS: Record<DirectionName, string> = {
  OUT: '(x)-[r]->(y)',
  IN: '(x)<-[r]-(y)',
  BOTH: '(x)-[r]-(y)',
};

// K_SHORTEST always asks Neo4j for the cap (a path count cannot be a parameter in this Neo4j),
// sorts them and keeps `$k`: ties at the k-th length are then broken the same way every time.
const SELECTORS: Record<PathModeName, string> = {
  SHORTEST: 'ANY SHORTEST',
  ALL_SHORTEST: 'ALL SHORTEST',
  K_SHORTEST: `SHORTEST ${MAX_PATHS}`,
  ALL_SIMPLE: '',
};

const LIMIT: Record<PathModeName, string> = {
  SHORTEST: '1',
  ALL_SHORTEST: String(MAX_PATHS),
  K_SHORTEST: 'toInteger($k)',
  ALL_SIMPLE: String(LIMITS.simplePaths),
};

/** No concept twice: a walk that comes back to a concept is not an answer to "how are they linked". */
const SIMPLE = 'all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])';

/** Whether the step's relation may be followed and the concept it reaches may be passed through. */
function hopPredicate(shape: PathShape): string {
  const relation = ['r.graph = $graph', 'type(r) IN $types'];
  if (shape.basis) relation.push('r.basis = $basis');
  if (shape.sources) relation.push('r.source IN $sources');
  const via: string[] = [];
  if (shape.viaKinds) via.push('y.kind IN $viaKinds');
  if (shape.avoid) via.push('NOT y.id IN $avoid');
  // The end is reached through the same step as any other concept, so it is let through by name.
  if (via.length > 0) relation.push(`(y = b OR (${via.join(' AND ')}))`);
  return relation.join(' AND ');
}

// One statement finds both ends and the paths, so a request is one round-trip. The ends come back
// even when no path does (null when a concept is missing), which tells "no path" from "no such
// concept". The search runs only for two distinct ends (the path to itself is made by the caller).
// Every filter sits inside the quantified step, so the shortest-path searches check it as they
// expand (other graphs are never crossed) and select among the allowed paths only. The simple-path
// check of K_SHORTEST is inside the parenthesised pattern: a pre-filter, applied before the k are
// chosen. ALL_SIMPLE has no selector: it enumerates up to its (small) length and keeps the first
// paths in a stable order, shortest first. Ties are broken by the concepts' then the relations'
// ids, so the same question gets the same list.
function pathQuery(shape: PathShape): string {
  const step = `(${HOPS[shape.direction]} WHERE ${hopPredicate(shape)}){1,${shape.bound}}`;
  const pattern = `(a)${step}(b)`;
  let match: string;
  if (shape.mode === 'K_SHORTEST') {
    match = `MATCH ${SELECTORS.K_SHORTEST} (p = ${pattern} WHERE ${SIMPLE})`;
  } else if (shape.mode === 'ALL_SIMPLE') {
    match = `MATCH p = ${pattern} WHERE ${SIMPLE}`;
  } else {
    match = `MATCH p = ${SELECTORS[shape.mode]} ${pattern}`;
  }
  const order =
    shape.mode === 'SHORTEST'
      ? ''
      : `ORDER BY length(p), [n IN nodes(p) | n.id], [r IN relationships(p) | r.id]\n  `;
  return `
OPTIONAL MATCH (a:Concept {graph: $graph, id: $from})
OPTIONAL MATCH (b:Concept {graph: $graph, id: $to})
CALL (a, b) {
  WITH a, b WHERE a <> b
  ${match}
  WITH p WHERE length(p) <= $maxLength
  ${order}LIMIT ${LIMIT[shape.mode]}
  RETURN collect({
    nodes: nodes(p),
    relations: [r IN relationships(p) | {
      rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id},
      fromNode: startNode(r), toNode: endNode(r)
    }]
  }) AS paths
}
RETURN a AS start, b AS end, paths`;
}

function shapeOf(request: PathRequest): PathShape {
  // The enumerating modes stop at the asked length; a value validated to a small range picks one
  // of a few fixed texts. The shortest-path searches stop at the first length found anyway.
  const exhaustive = request.mode === 'K_SHORTEST' || request.mode === 'ALL_SIMPLE';
  const cap = request.mode === 'ALL_SIMPLE' ? LIMITS.simplePathLength : MAX_PATH_LENGTH;
  if (!Number.isInteger(request.maxLength) || request.maxLength < 1 || request.maxLength > cap) {
    throw new RangeError(`maxLength ${request.maxLength} is outside 1..${cap}`);
  }
  return {
    mode: request.mode,
    direction: request.direction,
    bound: exhaustive ? request.maxLength : MAX_PATH_LENGTH,
    basis: request.basis !== null,
    sources: request.sources !== null,
    viaKinds: request.viaKinds !== null,
    avoid: request.avoid !== null,
  };
}

/** One shortest path with no filter but the types: parameters graph, from, to, maxLength, types (the bench's raw query). */
export const SHORTEST_PATH: Record<DirectionName, string> = {
  OUT: pathQuery(plainShape('OUT')),
  IN: pathQuery(plainShape('IN')),
  BOTH: pathQuery(plainShape('BOTH')),
};

function plainShape(direction: DirectionName): PathShape {
  const none = { basis: false, sources: false, viaKinds: false, avoid: false };
  return { mode: 'SHORTEST', direction, bound: MAX_PATH_LENGTH, ...none };
}

/** The statement for a request (exported for tests and plan checks). */
export function pathStatement(request: PathRequest): string {
  return pathQuery(shapeOf(request));
}

/** The paths, or null when either end does not exist. A path from a concept to itself is empty. */
export async function readPaths(db: Database, request: PathRequest): Promise<PathRecord[] | null> {
  const [row] = await db.readRows(pathStatement(request), { ...request });
  const start = toConcept(row?.start);
  if (!start || !toConcept(row?.end)) return null;
  if (request.from === request.to) return [{ nodes: [start], relations: [] }];
  return (Array.isArray(row?.paths) ? row.paths : []).filter(isObject).map((path) => ({
    nodes: compact((Array.isArray(path.nodes) ? path.nodes : []).map(toConcept)),
    relations: compact(
      (Array.isArray(path.relations) ? path.relations : []).map((r) =>
        isObject(r) ? toRelation(r) : null,
      ),
    ),
  }));
}
