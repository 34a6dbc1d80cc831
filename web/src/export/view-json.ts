// The current view as JSON: the view's settings, what it shows (concepts and relations with
// their labels), where the canvas drew them, and where the source text says each of them
// (`evidence`: offsets into the graph's `Document.text`, as the API's `Span`), for other tools.
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import type { Provenance, ViewEvidence } from '../standalone/data.js';
import type { AppState } from '../state/app-state.js';
import { queryFromView } from '../state/url.js';

/** An item's spans; null when they could not be fetched (the view is exported without them). */
function spansOf(found: Provenance | undefined, evidence: ViewEvidence | null) {
  if (!evidence) return null;
  return (found?.evidence ?? []).map(({ start, end, line }) => ({ start, end, line }));
}

export function viewJson(
  state: AppState,
  snapshot: ViewSnapshot | null,
  evidence: ViewEvidence | null = null,
) {
  const at = new Map<string, { x: number; y: number; fill: string; parent?: string }>([
    // A section drawn as a group is placed at its box's centre.
    ...(snapshot?.groups ?? []).map(
      (g) => [g.id, { x: (g.x1 + g.x2) / 2, y: (g.y1 + g.y2) / 2, fill: g.fill }] as const,
    ),
    ...(snapshot?.nodes ?? []).map((n) => [n.id, n] as const),
  ]);
  // A section drawn as a group is shown too: as its box.
  const shown = snapshot ? new Set([...snapshot.nodes, ...snapshot.groups].map((n) => n.id)) : null;
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
        group: p?.parent ?? null,
        evidence: spansOf(evidence?.concepts.get(n.id), evidence),
      };
    }),
    // Sections drawn as boxes around their concepts (none when sections are drawn as relations).
    groups: (snapshot?.groups ?? []).map((g) => ({
      id: g.id,
      label: g.label,
      box: { x1: g.x1, y1: g.y1, x2: g.x2, y2: g.y2 },
    })),
    relations: state.elements.relations
      .filter((r) => ids.has(r.from.id) && ids.has(r.to.id))
      .map((r) => ({
        id: r.id,
        type: r.type,
        basis: r.basis,
        from: r.from.id,
        to: r.to.id,
        evidence: spansOf(evidence?.relations.get(r.id), evidence),
      })),
  };
}
