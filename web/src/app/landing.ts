// What the first view needs, asked for by the page's entry script before the rest of the app
// (Cytoscape and its layouts, about 600 kB) has downloaded and compiled: the graph list (with
// the graph a visitor lands on) and, for a whole-graph view, the graph itself and the server's
// layout of it, in parallel requests. The controller, the loader and the graph view take these
// answers instead of asking again; a failed one is simply asked again the usual way.
import type { Api, ServerLayout, WholeGraph } from '../api/client.js';
import type { GraphInfo } from '../api/model.js';
import type { ViewState } from '../state/view.js';

/** The whole graph is drawn up to this many concepts; a larger graph is cut (and says so). */
export const MAX_WHOLE_GRAPH = 2500;

/** The layouts the server computes (the others are shaped to the screen at once in the browser). */
export const SERVER_LAYOUTS: readonly string[] = ['fcose', 'elk'];
/** The graph view's margin around a framed picture (graph-view/camera.ts FIT_PADDING). */
const FRAME_MARGIN = 30;

export interface GraphList {
  graphs: GraphInfo[];
  /** The graph a visitor lands on (the server's DEFAULT_GRAPH or seed); null: the first. */
  defaultGraph: string | null;
}

export interface Landing {
  graphs: Promise<GraphList>;
  /**
   * The whole graph the first view shows: the one the link names, or (graph null) the default
   * one. Taken at most once.
   */
  whole: { graph: string | null; data: Promise<WholeGraph> } | null;
  /** The server's layout of that view, for its layout and language. Taken at most once. */
  layout: {
    graph: string | null;
    name: string;
    lang: string;
    data: Promise<ServerLayout | null>;
  } | null;
}

/** The first view is the whole graph as the server lays it out (no focus, path or edits). */
export function isServerLaidOut(view: ViewState): boolean {
  return (
    view.focus === null &&
    view.path === null &&
    view.expanded.length === 0 &&
    view.hidden.length === 0 &&
    view.sections === 'groups' &&
    SERVER_LAYOUTS.includes(view.layout)
  );
}

/** The shape of the canvas, less the frame's margin: what the layout is fitted to. */
export function canvasAspect(): number {
  const canvas = document.getElementById('graph');
  const width = (canvas?.clientWidth || window.innerWidth) - 2 * FRAME_MARGIN;
  const height = (canvas?.clientHeight || window.innerHeight) - 2 * FRAME_MARGIN;
  return Math.round(Math.max(0.5, width / Math.max(1, height)) * 100) / 100;
}

/** Starts the first view's requests (nothing waits on them here). */
export function prefetchLanding(api: Api, view: ViewState): Landing {
  const graphs = api.graphList();
  const wholeView = view.focus === null && view.path === null;
  const whole = wholeView
    ? { graph: view.graph, data: api.wholeGraph(view.graph, MAX_WHOLE_GRAPH) }
    : null;
  const layout = isServerLaidOut(view)
    ? {
        graph: view.graph,
        name: view.layout,
        lang: view.lang,
        data: api.layout(view.graph, view.layout, view.lang, canvasAspect()),
      }
    : null;
  // Whoever takes an answer handles its failure; one nobody takes must not surface as an
  // unhandled rejection.
  graphs.catch(() => undefined);
  whole?.data.catch(() => undefined);
  layout?.data.catch(() => undefined);
  return { graphs, whole, layout };
}

/** The graph a visitor without a graph in the link lands on. */
export function landingGraph(list: GraphList): GraphInfo | null {
  return list.graphs.find((g) => g.id === list.defaultGraph) ?? list.graphs[0] ?? null;
}

/** A request for the link's graph, or (null) for the default one, asks for `graph`. */
function asksFor(asked: string | null, graph: string, list: GraphList): boolean {
  if (asked !== null) return asked === graph;
  const meant = list.defaultGraph ?? (list.graphs.length === 1 ? list.graphs[0]?.id : undefined);
  return meant === graph;
}

/**
 * Hands out the prefetched whole graph once, if it is the one asked for: the graph the link
 * named, or the default graph when the link named none.
 */
export function takeWhole(
  landing: Landing | null,
  graph: string,
  list: GraphList,
): Promise<WholeGraph> | null {
  const whole = landing?.whole;
  if (!landing || !whole || !asksFor(whole.graph, graph, list)) return null;
  landing.whole = null;
  return whole.data;
}

/** Hands out the prefetched layout once, if it is of this graph, layout and language. */
export function takeLayout(
  landing: Landing | null,
  graph: string,
  name: string,
  lang: string,
): Promise<ServerLayout | null> | null {
  const layout = landing?.layout;
  if (!landing || !layout || layout.name !== name || layout.lang !== lang) return null;
  landing.layout = null;
  // Asked with no graph: the answer names the graph the server chose.
  return layout.data.then((l) => (l?.graph === graph ? l : null));
}
