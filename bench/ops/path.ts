// Shortest path between two concepts over the declared relation types, direction ignored.
import type { Plain } from '../../graph/plain.js';
import { LIMITS } from '../../common/limits.js';
import { pathStatement, SHORTEST_PATH, type PathRequest } from '../../graph/queries/paths.js';
import type { Operation } from '../contenders/types.js';
import { arr, at, text } from './plain.js';

export const MAX_LENGTH = 6;

// Engines may pick different paths of the same length: compare the length and both ends.
function canonical(length: number, nodes: Plain[]): Plain {
  const ids = nodes.map((n) => text(at(n, 'id')));
  return { length, from: ids[0] ?? null, to: ids[ids.length - 1] ?? null };
}

export function shortestPath(
  graph: string,
  types: readonly string[],
  from: string,
  to: string,
): Operation {
  return {
    id: 'shortest-path',
    title: 'Shortest path',
    // Every declared type, like the peer and the raw query (paths default to meaning relations).
    ours: {
      query: `query($graph: ID, $from: ID!, $to: ID!, $max: Int) {
        paths(graph: $graph, from: $from, to: $to, maxLength: $max, scope: ALL) {
          length nodes { id kind labels { id en } } relations { id type from { id } to { id } } } }`,
      variables: { graph, from, to, max: MAX_LENGTH },
    },
    peer: {
      query: `query($graph: String!, $from: ID!, $to: ID!, $max: Int!, $types: [String!]!) {
        shortestPath(graph: $graph, from: $from, to: $to, maxLength: $max, types: $types) {
          length nodes { id kind labelId labelEn } relations { id type from to } } }`,
      variables: { graph, from, to, max: MAX_LENGTH, types: [...types] },
    },
    raw: {
      cypher: SHORTEST_PATH.BOTH,
      params: { graph, from, to, maxLength: MAX_LENGTH, types: [...types] },
    },
    canonical: {
      ours: (data) => {
        const p = arr(at(data, 'paths'))[0] ?? null;
        return canonical(Number(at(p, 'length') ?? -1), arr(at(p, 'nodes')));
      },
      peer: (data) => {
        const p = arr(at(data, 'shortestPath'))[0] ?? null;
        return canonical(Number(at(p, 'length') ?? -1), arr(at(p, 'nodes')));
      },
      raw: (rows) => {
        const nodes = arr(at(arr(at(rows[0] ?? null, 'paths'))[0] ?? null, 'nodes'));
        return canonical(nodes.length > 0 ? nodes.length - 1 : -1, nodes);
      },
    },
  };
}

/**
 * Every shortest path over the relations of meaning, as the explorer's path panel asks
 * (`mode: ALL_SHORTEST`, `scope: MEANING`). Raw runs the same statement our server sends for it
 * (graph/queries/paths.ts), so both return the same paths in the same order.
 */
export function allShortestPaths(
  graph: string,
  meaningTypes: readonly string[],
  from: string,
  to: string,
): Operation {
  const request: PathRequest = {
    graph,
    from,
    to,
    maxLength: LIMITS.pathLength,
    mode: 'ALL_SHORTEST',
    k: 1,
    types: [...meaningTypes],
    direction: 'BOTH',
    basis: null,
    sources: null,
    viaKinds: null,
    avoid: null,
  };
  const routes = (paths: Plain[]) =>
    paths.map((p) =>
      arr(at(p, 'nodes'))
        .map((n) => text(at(n, 'id')))
        .join(' '),
    );
  return {
    id: 'all-shortest-paths',
    title: 'All shortest paths over relations of meaning',
    ours: {
      query: `query($graph: ID, $from: ID!, $to: ID!, $max: Int) {
        paths(graph: $graph, from: $from, to: $to, maxLength: $max, mode: ALL_SHORTEST, scope: MEANING) {
          length nodes { id kind labels { id en } } relations { id type from { id } to { id } } } }`,
      variables: { graph, from, to, max: request.maxLength },
    },
    raw: { cypher: pathStatement(request), params: { ...request } },
    canonical: {
      ours: (data) => routes(arr(at(data, 'paths'))),
      raw: (rows) => routes(arr(at(rows[0] ?? null, 'paths'))),
    },
  };
}
