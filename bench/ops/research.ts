// What researchers ask beyond lookups (issue 15): a page under a combined filter, a grouped
// count, and the k shortest paths. The raw contender runs the Cypher a developer would write by
// hand with the driver; the peer takes part only where its generated API can say it at all.
import type { Plain } from '../../graph/plain.js';
import type { Operation } from '../contenders/types.js';
import { arr, at, text } from './plain.js';

export const FILTERED_PAGE = 50;
export const K_PATHS = 3;
export const K_PATH_LENGTH = 6;

/** Two kinds and page bands: "A from the first tenth of pages, or B not from the first half". */
interface FilteredPageShape {
  first: string;
  second: string;
  firstPages: { min: number; max: number };
  secondNotUpTo: number;
}

const SHAPE = (kinds: readonly string[]): FilteredPageShape => ({
  first: kinds[1] ?? kinds[0] ?? 'Concept',
  second: kinds[4] ?? kinds.at(-1) ?? 'Concept',
  firstPages: { min: 1, max: 30 },
  secondNotUpTo: 150,
});

const RAW_FILTERED_PAGE = `
MATCH (c:Concept {graph: $graph})
WHERE (c.kind = $first AND c.page >= $min AND c.page <= $max)
   OR (c.kind = $second AND NOT c.page <= $notUpTo)
WITH c ORDER BY c.order, c.id
WITH collect(c {.id, .kind, .labelId, .labelEn, .page}) AS matching
RETURN size(matching) AS total, matching[0..toInteger($first_n)] AS nodes`;

const pageCanonical = (total: Plain, nodes: Plain[]): Plain => ({
  total: Number(total ?? -1),
  ids: nodes.map((n) => text(at(n, 'id'))),
});

export function filteredPage(graph: string, kinds: readonly string[]): Operation {
  const s = SHAPE(kinds);
  const peerWhere = `{ graph: { eq: $graph }, OR: [
    { kind: { eq: $first }, page: { gte: $min, lte: $max } },
    { kind: { eq: $second }, NOT: { page: { lte: $notUpTo } } } ] }`;
  const vars = {
    graph,
    first: s.first,
    second: s.second,
    min: s.firstPages.min,
    max: s.firstPages.max,
    notUpTo: s.secondNotUpTo,
  };
  return {
    id: 'filtered-page',
    title: `Page of ${FILTERED_PAGE} under a combined filter (OR, NOT, page ranges)`,
    ours: {
      query: `query($graph: ID, $first: String!, $second: String!, $min: Int, $max: Int, $notUpTo: Int, $n: Int) {
        concepts(graph: $graph, first: $n, where: { OR: [
          { kinds: [$first], pages: { min: $min, max: $max } },
          { kinds: [$second], NOT: { pages: { max: $notUpTo } } } ] }) {
          totalCount nodes { id kind labels { id en } page } } }`,
      variables: { ...vars, n: FILTERED_PAGE },
    },
    peer: {
      query: `query($graph: String!, $first: String!, $second: String!, $min: Int!, $max: Int!, $notUpTo: Int!, $n: Int) {
        concepts(where: ${peerWhere}, limit: $n, sort: [{ order: ASC }, { id: ASC }]) {
          id kind labelId labelEn page }
        conceptsConnection(where: ${peerWhere}) { aggregate { count { nodes } } } }`,
      variables: { ...vars, n: FILTERED_PAGE },
    },
    raw: { cypher: RAW_FILTERED_PAGE, params: { ...vars, first_n: FILTERED_PAGE } },
    canonical: {
      ours: (data) =>
        pageCanonical(at(data, 'concepts', 'totalCount'), arr(at(data, 'concepts', 'nodes'))),
      peer: (data) =>
        pageCanonical(
          at(data, 'conceptsConnection', 'aggregate', 'count', 'nodes'),
          arr(at(data, 'concepts')),
        ),
      raw: (rows) => pageCanonical(at(rows[0] ?? null, 'total'), arr(at(rows[0] ?? null, 'nodes'))),
    },
  };
}

const RAW_GROUPED_COUNT = `
MATCH (:Concept {graph: $graph})-[r]->(:Concept {graph: $graph})
WHERE r.graph = $graph AND type(r) IN $types
RETURN type(r) AS type, toUpper(r.basis) AS basis, count(*) AS count`;

/** Groups as "TYPE|BASIS=count", sorted: both sides order ties their own way. */
const groupsCanonical = (groups: { key: string[]; count: number }[]): Plain =>
  groups.map((g) => `${g.key.join('|')}=${g.count}`).sort();

export function groupedCount(graph: string, types: readonly string[]): Operation {
  return {
    id: 'grouped-count',
    title: 'Relations counted per type and basis',
    ours: {
      query: `query($graph: ID) {
        relationCounts(graph: $graph, groupBy: [TYPE, BASIS]) { key count } }`,
      variables: { graph },
    },
    // @neo4j/graphql counts (aggregate) but cannot group: it would take one query per group.
    raw: { cypher: RAW_GROUPED_COUNT, params: { graph, types: [...types] } },
    canonical: {
      ours: (data) =>
        groupsCanonical(
          arr(at(data, 'relationCounts')).map((g) => ({
            key: arr(at(g, 'key')).map((k) => text(k)),
            count: Number(at(g, 'count')),
          })),
        ),
      raw: (rows) =>
        groupsCanonical(
          rows.map((row) => ({
            key: [text(at(row, 'type')), text(at(row, 'basis'))],
            count: Number(at(row, 'count')),
          })),
        ),
    },
  };
}

// The GQL shortest-path form Neo4j 5.21+ offers; the length bound cannot be a parameter.
const RAW_K_SHORTEST = `
MATCH (a:Concept {graph: $graph, id: $from}), (b:Concept {graph: $graph, id: $to})
MATCH p = SHORTEST ${K_PATHS} (a)(()-[r]-() WHERE r.graph = $graph AND type(r) IN $types){1,${K_PATH_LENGTH}}(b)
RETURN length(p) AS length`;

/** Engines may pick different paths of equal length: compare the sorted lengths. */
const lengthsCanonical = (lengths: number[]): Plain => [...lengths].sort((x, y) => x - y);

export function kShortestPaths(
  graph: string,
  types: readonly string[],
  from: string,
  to: string,
): Operation {
  return {
    id: 'k-shortest-paths',
    title: `The ${K_PATHS} shortest paths`,
    ours: {
      query: `query($graph: ID, $from: ID!, $to: ID!, $k: Int, $max: Int) {
        paths(graph: $graph, from: $from, to: $to, mode: K_SHORTEST, k: $k, maxLength: $max, scope: ALL) {
          length nodes { id kind labels { id en } } relations { id type from { id } to { id } } } }`,
      variables: { graph, from, to, k: K_PATHS, max: K_PATH_LENGTH },
    },
    // The peer has no path type; its users write a @cypher field (as bench/servers does for one).
    raw: { cypher: RAW_K_SHORTEST, params: { graph, from, to, types: [...types] } },
    canonical: {
      ours: (data) => lengthsCanonical(arr(at(data, 'paths')).map((p) => Number(at(p, 'length')))),
      raw: (rows) => lengthsCanonical(rows.map((row) => Number(at(row, 'length')))),
    },
  };
}
