// Shortest paths between two concepts, over declared relation types of one graph only.
import type { Database } from '../db.js';
import { CONCEPTS_BY_ID } from './concepts.js';
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
export const MAX_PATH_LENGTH = 8;
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

// The all() predicate is checked while the search expands, so other graphs are never crossed. The
// length cut comes after WITH: a path predicate the search cannot check as it goes would make
// Neo4j fall back to an exhaustive search.
function pathQuery(fn: 'shortestPath' | 'allShortestPaths', direction: DirectionName): string {
  return `
MATCH (a:Concept {graph: $graph, id: $from}), (b:Concept {graph: $graph, id: $to})
MATCH p = ${fn}(${patterns[direction]})
WHERE all(r IN relationships(p) WHERE r.graph = $graph AND type(r) IN $types)
WITH p WHERE length(p) <= $maxLength
WITH p LIMIT ${MAX_PATHS}
RETURN [n IN nodes(p) | n] AS nodes,
  [r IN relationships(p) | {
    rel: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id},
    fromNode: startNode(r), toNode: endNode(r)
  }] AS relations`;
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
  return db.read(async (tx) => {
    const ends = await tx.run(CONCEPTS_BY_ID, {
      graph: request.graph,
      ids: [request.from, request.to],
    });
    const found = compact(ends.map((row) => toConcept(row.concept)));
    const start = found.find((c) => c.id === request.from);
    if (!start || !found.some((c) => c.id === request.to)) return null;
    if (request.from === request.to) return [{ nodes: [start], relations: [] }];
    const query = (request.all ? ALL_SHORTEST_PATHS : SHORTEST_PATH)[request.direction];
    const rows = await tx.run(query, { ...request });
    return rows.map((row) => ({
      nodes: compact((Array.isArray(row.nodes) ? row.nodes : []).map(toConcept)),
      relations: compact(
        (Array.isArray(row.relations) ? row.relations : []).map((r) =>
          isObject(r) ? toRelation(r) : null,
        ),
      ),
    }));
  });
}
