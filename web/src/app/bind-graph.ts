// Keeps the graph view in step with the state, and turns its events into controller actions.
import { createGraphView, type GraphView } from '../graph-view/view.js';
import { pick, t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';
import type { Store } from '../state/store.js';
import type { Controller } from './controller.js';
import { edgeInputs, nodeInputs, relationLabel } from './inputs.js';
import type { PresetSource } from './presets.js';
import { onReframeRequest } from './reframe.js';
import { sectionBoxes } from './sections.js';

export interface BindOptions {
  /** CSS selector of what floats over the canvas: the frame keeps clear of it. */
  overlays?: string;
  /** The server's layout of a whole view, when it has one (presets.ts). */
  presets?: PresetSource;
}

/** What the view is about: a traced path's concepts, else (null) everything drawn. */
function subjectOf(s: AppState): string[] | null {
  if (!s.view.path || !s.paths.results.length) return null;
  return [...new Set(s.paths.results.flatMap((p) => p.nodes.map((n) => n.id)))];
}

/** The view's data is on its way: a frame now would frame the previous view. */
const loading = (s: AppState) => s.status === 'loading' || s.paths.status === 'loading';

export function bindGraphView(
  container: HTMLElement,
  store: Store<AppState>,
  controller: Controller,
  options: BindOptions = {},
): GraphView {
  const initial = store.get().view;
  // The link's zoom is restored once, after the first layout; later layouts fit the screen.
  let pendingViewport =
    initial.zoom !== null && initial.pan ? { zoom: initial.zoom, pan: initial.pan } : null;

  const view = createGraphView({
    container,
    theme: initial.theme,
    renderer: initial.renderer,
    // In every build, not only under test: the end-to-end suites and the benchmark's probe run
    // against production bundles, and `window.cy` is the hook Cytoscape itself recommends for
    // them. It exposes nothing the page does not already draw.
    exposeForTests: true,
    overlays: options.overlays,
    events: {
      select: (selection) => controller.select(selection),
      viewport: ({ zoom, pan }) => controller.setViewport(zoom, pan),
      cursor: ({ centerId, neighbourId, edgeId, index, count }) => {
        const s = store.get();
        const node = s.elements.nodes.find((n) => n.id === neighbourId);
        // No edge drawn: the neighbour is the box the concept sits in, or a concept in its box.
        const joins = (r: { from: { id: string }; to: { id: string } }) =>
          (r.from.id === centerId && r.to.id === neighbourId) ||
          (r.to.id === centerId && r.from.id === neighbourId);
        const edge = edgeId
          ? s.elements.relations.find((r) => r.id === edgeId)
          : s.elements.relations.find(joins);
        controller.announce(
          t(s.view.lang, 'neighbourCursor', {
            n: index + 1,
            count,
            label: node ? pick(node.labels, s.view.lang) : neighbourId,
            relation: edge ? relationLabel(s.graph, edge.type, s.view.lang) : '',
          }),
        );
      },
    },
  });

  const show = (s: AppState) => {
    // Nothing loaded yet (the graph list arrived first): keep the link's zoom for the real data.
    if (s.elements.nodes.length === 0 && s.status !== 'ready') return;
    const viewport = pendingViewport;
    pendingViewport = null;
    // A traced path's steps and a selected relation are drawn even where a box stands for them.
    const shown = new Set(
      s.view.path ? s.paths.results.flatMap((p) => p.relations.map((r) => r.id)) : [],
    );
    if (s.view.selection?.type === 'relation') shown.add(s.view.selection.id);
    const boxes = sectionBoxes(s.elements.nodes, s.elements.relations, s.view.sections, shown);
    void view
      .show(
        nodeInputs(s.elements, s.graph, s.view.lang, boxes),
        edgeInputs(s.elements.relations, s.graph, s.view.lang, boxes),
        {
          layout: s.view.layout,
          viewport,
          subject: subjectOf(s),
          filters: s.view,
          preset: options.presets?.(s) ?? null,
        },
      )
      .then(() => {
        // Filters and emphasis apply to elements the layout may just have added.
        const now = store.get();
        view.setFilters(now.view);
        view.emphasize(emphasisOf(now));
        if (now.centerRequest) view.center(now.centerRequest.id);
      });
  };

  // A story step asked for its frame: once its data is in, after the layout it brings.
  let wanted: (() => Promise<void>) | null = null;
  function frameIfSettled(s: AppState): void {
    if (!wanted || loading(s)) return;
    const frame = wanted;
    wanted = null;
    void frame();
  }
  onReframeRequest(() => {
    wanted ??= view.expectFrame();
    frameIfSettled(store.get());
  });

  store.subscribe((s, prev) => {
    const v = s.view;
    const p = prev.view;
    const relationSelected = (view: typeof v) =>
      view.selection?.type === 'relation' ? view.selection.id : null;
    if (
      s.elements !== prev.elements ||
      relationSelected(v) !== relationSelected(p) ||
      v.lang !== p.lang ||
      v.layout !== p.layout ||
      v.sections !== p.sections ||
      s.graph !== prev.graph
    ) {
      show(s);
    }
    if (v.theme !== p.theme) view.setTheme(v.theme);
    // Cytoscape picks its renderer when it is created; the URL already holds the new choice.
    if (v.renderer !== p.renderer) window.location.reload();
    if (
      v.hiddenKinds !== p.hiddenKinds ||
      v.hiddenTypes !== p.hiddenTypes ||
      v.showStated !== p.showStated ||
      v.showInferred !== p.showInferred
    ) {
      view.setFilters(v);
    }
    if (
      v.selection !== p.selection ||
      s.paths !== prev.paths ||
      s.text.hover !== prev.text.hover ||
      s.text.active !== prev.text.active ||
      s.text.document !== prev.text.document
    )
      view.emphasize(emphasisOf(s));
    if (s.centerRequest !== prev.centerRequest && s.centerRequest) view.center(s.centerRequest.id);
    frameIfSettled(s);
  });

  return view;
}

/**
 * What a passage of the text evidences (the one under the pointer, else the one clicked), as
 * far as the canvas draws it: its concepts, its relations and their ends.
 */
function textLight(s: AppState): { nodes: string[]; edges: string[] } | null {
  const index = s.text.hover ?? s.text.active;
  const passage = index === null || !s.view.text ? undefined : s.text.document?.passages[index];
  if (!passage) return null;
  const drawnNodes = new Set(s.elements.nodes.map((n) => n.id));
  const drawnEdges = new Set(s.elements.relations.map((r) => r.id));
  const nodes = new Set(passage.concepts.map((c) => c.id));
  for (const r of passage.relations) nodes.add(r.from).add(r.to);
  const shown = [...nodes].filter((id) => drawnNodes.has(id));
  // Nothing of it on the canvas (a focused view): leave the canvas as it is rather than fade it all.
  if (!shown.length) return null;
  return {
    nodes: shown,
    edges: passage.relations.map((r) => r.id).filter((id) => drawnEdges.has(id)),
  };
}

function emphasisOf(s: AppState) {
  const results = s.view.path ? s.paths.results : [];
  const light = textLight(s);
  if (light) return { selection: s.view.selection, path: light };
  return {
    selection: s.view.selection,
    path: results.length
      ? {
          nodes: results.flatMap((p) => p.nodes.map((n) => n.id)),
          edges: results.flatMap((p) => p.relations.map((r) => r.id)),
        }
      : null,
  };
}
