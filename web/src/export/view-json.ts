// The current view as JSON: the view's settings, what it shows (concepts and relations with
// their labels) and where the canvas drew them, for other tools and for the standalone file.
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import type { AppState } from '../state/app-state.js';
import { queryFromView } from '../state/url.js';

export function viewJson(state: AppState, snapshot: ViewSnapshot | null) {
  const at = new Map((snapshot?.nodes ?? []).map((n) => [n.id, n]));
  const shown = snapshot ? new Set(snapshot.nodes.map((n) => n.id)) : null;
  const nodes = state.elements.nodes.filter((n) => !shown || shown.has(n.id));
  const ids = new Set(nodes.map((n) => n.id));
  return {
    format: 'keserasian-view',
    version: 1,
    graph: state.view.graph,
    query: queryFromView(state.view),
    view: state.view,
    concepts: nodes.map((n) => {
      const p = at.get(n.id);
      return {
        id: n.id,
        kind: n.kind,
        labels: n.labels,
        position: p ? { x: p.x, y: p.y } : null,
        color: p?.fill ?? null,
      };
    }),
    relations: state.elements.relations
      .filter((r) => ids.has(r.from.id) && ids.has(r.to.id))
      .map((r) => ({ id: r.id, type: r.type, basis: r.basis, from: r.from.id, to: r.to.id })),
  };
}
