// Loads what a view needs and merges it: the whole graph or a focus neighbourhood, expansions
// and traced paths. Results are cached per graph, so undo, redo and back/forward are instant.
import { LIMITS } from '../../../common/limits.js';
import type { Api, WholeGraph } from '../api/client.js';
import type {
  ConceptSummary,
  PathResult,
  RelationScope,
  RelationSummary,
  Subgraph,
} from '../api/model.js';
import type { ViewElements } from '../state/app-state.js';
import type { Expansion, ViewState } from '../state/view.js';
import { MAX_WHOLE_GRAPH } from './landing.js';

/** The API's own cap on a neighbourhood. */
export const NEIGHBORHOOD_LIMIT = LIMITS.neighborhoodNodes;

export interface Loader {
  elements(view: ViewState, paths: readonly PathResult[]): Promise<ViewElements>;
  paths(graph: string, from: string, to: string, scope: RelationScope): Promise<PathResult[]>;
  /** A whole graph already on its way (the entry script asked for it); asked again if it fails. */
  prime(graph: string, data: Promise<WholeGraph>): void;
  clear(): void;
}

type Part = { nodes: ConceptSummary[]; relations: RelationSummary[]; truncated: boolean };

export function createLoader(api: Api): Loader {
  const whole = new Map<string, Promise<WholeGraph>>();
  const neighborhoods = new Map<string, Promise<Subgraph>>();
  const paths = new Map<string, Promise<PathResult[]>>();
  /** Every relation seen: shown whenever both its ends are in the view. */
  const relationPool = new Map<string, RelationSummary>();

  // A failed request is forgotten so that "retry" really asks again.
  function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) {
    let promise = map.get(key);
    if (!promise) {
      promise = load();
      map.set(key, promise);
      promise.catch(() => map.delete(key));
    }
    return promise;
  }

  const neighborhood = (graph: string, e: Expansion) =>
    cached(neighborhoods, `${graph}|${e.id}|${e.depth}|${e.types.join('+')}`, () =>
      api.neighborhood(graph, e.id, e.depth, e.types, NEIGHBORHOOD_LIMIT),
    );

  return {
    async elements(view, pathResults) {
      const graph = view.graph;
      if (!graph) return { nodes: [], relations: [], truncated: false };
      const parts: Part[] = [];
      parts.push(
        view.focus
          ? await neighborhood(graph, { id: view.focus, depth: view.focusDepth, types: [] })
          : await cached(whole, graph, () => api.wholeGraph(graph, MAX_WHOLE_GRAPH)),
      );
      const expansions = await Promise.all(view.expanded.map((e) => neighborhood(graph, e)));
      parts.push(...expansions);
      for (const p of pathResults) parts.push({ ...p, truncated: false });
      return merge(parts, new Set(view.hidden), relationPool);
    },
    paths(graph, from, to, scope) {
      return cached(paths, `${graph}|${from}|${to}|${scope}`, () =>
        api.paths(graph, from, to, scope),
      );
    },
    prime(graph, data) {
      if (whole.has(graph)) return;
      void cached(whole, graph, () => data.catch(() => api.wholeGraph(graph, MAX_WHOLE_GRAPH)));
    },
    clear() {
      whole.clear();
      neighborhoods.clear();
      paths.clear();
      relationPool.clear();
    },
  };
}

export function merge(
  parts: readonly Part[],
  hidden: ReadonlySet<string>,
  pool: Map<string, RelationSummary> = new Map(),
): ViewElements {
  const nodes = new Map<string, ConceptSummary>();
  for (const part of parts) {
    for (const node of part.nodes) if (!hidden.has(node.id)) nodes.set(node.id, node);
    for (const relation of part.relations) pool.set(relation.id, relation);
  }
  const relations = [...pool.values()].filter((r) => nodes.has(r.from.id) && nodes.has(r.to.id));
  return {
    nodes: [...nodes.values()],
    relations,
    truncated: parts.some((p) => p.truncated),
  };
}
