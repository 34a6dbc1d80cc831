// Shortest paths between two concepts, over declared relation types of one graph only.
import { LIMITS } from '../../common/limits.js';
import type { Database } from '../db.js';
import {
  compact,
  isObject,
  toConcept,
  toRelation,
  type ConceptRecord,
  type DirectionName,
  type RelationRecord,
} from './model.js';

/** Upper bound baked into the pattern (a length bound cannot be a parameter); `$maxLength` cuts lower. */
export const MAX_PATH_LENGTH = LIMITS.pathLength;
/** Most paths returned by `all`. */
export const MAX_PATHS = 25;

export interface PathRecord {
  nodes: ConceptRecord[];
  relations: RelationRecord[];
}

export interface PathRequest {
  graph: string;
  from: string;
  to: string;
  maxLength: number;
  types: string[];
  direction: DirectionName;
  all: boolean;
}

const patterns: Record<DirectionName, string> = {
  OUT: `(a)-[*..${MAX_PATH_LENGTH}]->(b)`,
  IN: `(a)<-[*..${MAX_PATH_LENGTH}]-(b)`,
  BOTH: `(a)-[*..${MAX_PATH_LENGTH}]-(b)`,
};

// One statement finds both ends and the paths, so a request is one round-trip. The ends come back
// even when no path does (null when a concept is missing), which tells "no path" from "no such
// concept". The search runs only for two distinct ends: Neo4j refuses a shortest path from a
// node to itself. The all() predicate is checked while the search expands, so other graphs are
// never crossed. The length cut comes after WITH: a path predicate the search cannot check as it
// goes would make Neo4j fall back to an exhaustive search.
function pathQuery(fn: 'shortestPath' | 'allShortestPaths', direction: DirectionName): string {
  return `
OPTIONAL MATCH (a:Concept {graph: $graph, id: $from})
OPTIONAL MATCH (b:Concept {graph: $graph, id: $to})
CALL {
  WITH a, b
  MATCH p = ${fn}(${patterns[direction]})
  WHERE a <> b AND all(r IN relationships(p) WHERE r.graph = $graph AND type(r) IN $types)
  WITH p WHERE length(p) <= $maxLength
  WITH p LIMIT ${MAX_PATHS}
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

export const SHORTEST_PATH = {
  OUT: pathQuery('shortestPath', 'OUT'),
  IN: pathQuery('shortestPath', 'IN'),
  BOTH: pathQuery('shortestPath', 'BOTH'),
};

export const ALL_SHORTEST_PATHS = {
  OUT: pathQuery('allShortestPaths', 'OUT'),
  IN: pathQuery('allShortestPaths', 'IN'),
  BOTH: pathQuery('allShortestPaths', 'BOTH'),
};

/** The paths, or null when either end does not exist. A path from a concept to itself is empty. */
export async function readPaths(db: Database, request: PathRequest): Promise<PathRecord[] | null> {
  const query = (request.all ? ALL_SHORTEST_PATHS : SHORTEST_PATH)[request.direction];
  const [row] = await db.readRows(query, { ...request });
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
