// What the first view needs, asked for by the page's entry script before the rest of the app
// (Cytoscape and its layouts, about 600 kB) has downloaded and compiled: the graph list and,
// for a whole-graph view, the graph itself, in parallel requests. The controller and the loader
// take these answers instead of asking again; a failed one is simply asked again the usual way.
import type { Api, WholeGraph } from '../api/client.js';
import type { GraphInfo } from '../api/model.js';
import type { ViewState } from '../state/view.js';

/** The whole graph is drawn up to this many concepts; a larger graph is cut (and says so). */
export const MAX_WHOLE_GRAPH = 2500;

export interface Landing {
  graphs: Promise<GraphInfo[]>;
  /**
   * The whole graph the first view shows: the one the link names, or (graph null) the only one
   * loaded. Taken at most once.
   */
  whole: { graph: string | null; data: Promise<WholeGraph> } | null;
}

/** Starts the first view's requests (nothing waits on them here). */
export function prefetchLanding(api: Api, view: ViewState): Landing {
  const graphs = api.graphs();
  const whole =
    view.focus === null && view.path === null
      ? { graph: view.graph, data: api.wholeGraph(view.graph, MAX_WHOLE_GRAPH) }
      : null;
  // Whoever takes an answer handles its failure; one nobody takes must not surface as an
  // unhandled rejection.
  graphs.catch(() => undefined);
  whole?.data.catch(() => undefined);
  return { graphs, whole };
}

/**
 * Hands out the prefetched whole graph once, if it is the one asked for: the graph the link
 * named, or the only graph loaded when the link named none.
 */
export function takeWhole(
  landing: Landing | null,
  graph: string,
  graphs: readonly GraphInfo[],
): Promise<WholeGraph> | null {
  const whole = landing?.whole;
  if (!landing || !whole) return null;
  const matches =
    whole.graph === graph ||
    (whole.graph === null && graphs.length === 1 && graphs[0]?.id === graph);
  if (!matches) return null;
  landing.whole = null;
  return whole.data;
}
