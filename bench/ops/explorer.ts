// A scripted explorer session on the bench graph: the requests the web app sends, with the
// documents of web/src/api/operations.ts and the transport of its client (a GET when the request
// fits in a URL), in the order a visitor causes them. Where a hand-written statement says the
// same (search, neighbourhoods, paths), the step carries it for the raw driver; the detail
// panels and the landing pages have none.
import { LIMITS } from '../../common/limits.js';
import { httpRequest } from '../../web/src/api/client.js';
import * as explorer from '../../web/src/api/operations.js';
import type { GraphQLCall, Operation } from '../contenders/types.js';
import type { Picks } from '../data/pick.js';
import { neighborhood } from './neighborhood.js';
import { arr, at, obj, sortedKeys } from './plain.js';
import { allShortestPaths } from './path.js';
import { search } from './search.js';

/** Hits the explorer's search box asks for (web/src/api/client.ts `search`). */
const SEARCH_FIRST = 8;

/** The explorer's request for `text` with `variables`, as its client sends it. */
export function explorerCall(text: string, variables: Record<string, unknown>): GraphQLCall {
  const [url, init] = httpRequest('/graphql', text, variables, 60_000);
  return { query: text, variables, ...(init.method === 'GET' ? { get: url } : {}) };
}

/**
 * A step with no raw equivalent: ours and ours-cached must return the very same data (fields
 * compared by name: the field order is not what this checks).
 */
function oursOnly(id: string, title: string, call: GraphQLCall): Operation {
  return { id, title, ours: call, canonical: { ours: sortedKeys } };
}

/**
 * The graph list, as the explorer asks for it. The answer lists every graph in the database, and
 * other graphs come and go with whoever else shares it (other test files, a load in progress), so
 * ours and ours-cached are compared on the bench graph's own entry: the part this run owns.
 */
function graphListStep(graph: string): Operation {
  return {
    id: 'explorer-graphs',
    title: 'Graph list',
    ours: explorerCall(explorer.GRAPHS.text, {}),
    canonical: {
      ours: (answer) => sortedKeys(arr(at(answer, 'graphs')).filter((g) => obj(g).id === graph)),
    },
  };
}

/** A bench operation asked with the explorer's document instead (the peer sits out). */
function asExplorer(base: Operation, id: string, title: string, call: GraphQLCall): Operation {
  return { ...base, id, title, ours: call, peer: undefined };
}

export function explorerSession(graph: string, picks: Picks): Operation[] {
  const g = { graph };
  const pageVars = { ...g, first: LIMITS.page, after: null };
  const neighborhoodCall = (id: string, depth: 1 | 2) =>
    explorerCall(explorer.NEIGHBORHOOD.text, {
      ...g,
      id,
      depth,
      types: null,
      limit: LIMITS.neighborhoodNodes,
    });
  const searchStep = (id: string, title: string, text: string) =>
    asExplorer(
      search(graph, text, SEARCH_FIRST),
      id,
      title,
      explorerCall(explorer.SEARCH.text, { ...g, text, first: SEARCH_FIRST }),
    );
  const t = picks.relationTypes;
  const firstWord = picks.searchText.split(/\s+/)[0] ?? picks.searchText;
  return [
    // Landing on the graph's whole view: the graph list, then the first page of concepts and of
    // relations side by side (the explorer follows both cursors on; one page of each stands
    // for them here, so that one pass of the script is a visit, not a download).
    graphListStep(graph),
    oursOnly(
      'explorer-concepts-page',
      'Whole view: first page of concepts',
      explorerCall(explorer.CONCEPTS_PAGE.text, pageVars),
    ),
    oursOnly(
      'explorer-relations-page',
      'Whole view: first page of relations',
      explorerCall(explorer.RELATIONS_PAGE.text, pageVars),
    ),
    // Typing in the search box: a debounced search on the first word, then on the whole label.
    searchStep('explorer-search-typing', 'Search while typing', firstWord),
    searchStep('explorer-search', 'Search', picks.searchText),
    // Focusing the hit: its neighbourhood and its details.
    asExplorer(
      neighborhood(graph, t, picks.medium, 1, 'medium'),
      'explorer-focus',
      'Focus: depth-1 neighbourhood',
      neighborhoodCall(picks.medium, 1),
    ),
    oursOnly(
      'explorer-concept-detail',
      'Concept details',
      explorerCall(explorer.CONCEPT_DETAIL.text, { ...g, id: picks.medium }),
    ),
    asExplorer(
      neighborhood(graph, t, picks.medium, 2, 'medium'),
      'explorer-depth-2',
      'Focus widened to depth 2',
      neighborhoodCall(picks.medium, 2),
    ),
    oursOnly(
      'explorer-relation-detail',
      'Relation details',
      explorerCall(explorer.RELATION.text, { ...g, id: picks.relation }),
    ),
    // Tracing a path: the two ends typed into the path panel, then the paths.
    searchStep('explorer-path-from', 'Path panel: search for the start', picks.labels.low),
    searchStep('explorer-path-to', 'Path panel: search for the end', picks.labels.high),
    asExplorer(
      allShortestPaths(graph, picks.meaningTypes, picks.pathFrom, picks.pathTo),
      'explorer-paths',
      'Paths between the two',
      explorerCall(explorer.PATHS.text, {
        ...g,
        from: picks.pathFrom,
        to: picks.pathTo,
        scope: 'MEANING',
      }),
    ),
    // The end of the path: its details, then a focus on it.
    oursOnly(
      'explorer-path-end-detail',
      'Details of the path’s end',
      explorerCall(explorer.CONCEPT_DETAIL.text, { ...g, id: picks.high }),
    ),
    asExplorer(
      neighborhood(graph, t, picks.high, 1, 'high'),
      'explorer-focus-end',
      'Focus on the path’s end',
      neighborhoodCall(picks.high, 1),
    ),
  ];
}
