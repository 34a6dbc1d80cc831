// The graph view: the one place that creates and drives Cytoscape. The explorer feeds it
// elements, filters and emphasis; the embed view can feed it the same way without any panel.
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type EventObject,
  type SingularElementArgument,
} from 'cytoscape';
import { nodeData } from './elements.js';
import { fitViewport } from './fit.js';
import { applyEmphasis, applyFilters, type Emphasis } from './highlight.js';
import { attachKeyboard } from './keyboard.js';
import { registerBaseExtensions } from './layout/extensions.js';
import { growsInPlace } from './layout/layout-options.js';
import { computeLayout, LARGE_GRAPH, separated } from './layout/layouts.js';
import type { LayoutName } from './layout/registry.js';
import { ANIMATION_MS, moveTo, placeNear } from './motion.js';
import { followResizes } from './resize.js';
import { pngOf, snapshotOf, type DrawnView } from './snapshot.js';
import { syncElements } from './sync.js';
import { graphStyle } from './style.js';
import { PALETTES } from './theme.js';
import type {
  EdgeInput,
  Filters,
  GraphViewEvents,
  NodeInput,
  ThemeName,
  Viewport,
} from './types.js';
import { trackUserViewport } from './viewport.js';
import { tuneWebgl, webglLabelsAt } from './webgl.js';

/**
 * Cytoscape injects a <style> giving its container `position: relative` unless an element with
 * its stylesheet id exists. The page's CSP forbids inline styles (the injection would be refused
 * with a console error), and our CSS already positions the container, so we claim the id.
 */
function markContainerStyleProvided(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

export interface GraphViewOptions {
  container: HTMLElement;
  theme: ThemeName;
  renderer?: 'canvas' | 'webgl';
  events?: GraphViewEvents;
  /**
   * Sets `window.cy`: end-to-end tests and the benchmark read the canvas through it, as
   * Cytoscape's own documentation advises (a canvas has no DOM to query).
   */
  exposeForTests?: boolean;
}

export interface ShowOptions {
  layout: LayoutName;
  /** Restore this viewport instead of fitting (a shared link's zoom). */
  viewport?: Viewport | null;
}

/** What the explorer and the embed drive. Exports are handed it as a DrawnView (snapshot, png). */
export interface GraphView extends DrawnView {
  /** Shows exactly these elements; runs the layout when the set of concepts changed. */
  show(
    nodes: readonly NodeInput[],
    edges: readonly EdgeInput[],
    options: ShowOptions,
  ): Promise<void>;
  setTheme(theme: ThemeName): void;
  setFilters(filters: Filters): void;
  emphasize(emphasis: Emphasis): void;
  /** Brings a concept into the middle, zooming in enough to read it. */
  center(id: string): void;
  fit(): void;
  viewport(): Viewport;
  focus(): void;
  destroy(): void;
}

const FIT_PADDING = 30;
const MAX_FIT_ZOOM = 1.4;

export function createGraphView(options: GraphViewOptions): GraphView {
  registerBaseExtensions();
  markContainerStyleProvided();
  const { container, events = {} } = options;
  let palette = PALETTES[options.theme];
  let large = false;
  let currentLayout: LayoutName | null = null;
  let queue: Promise<void> = Promise.resolve();
  let emphasis: Emphasis = { selection: null, path: null };
  let destroyed = false;

  const cyOptions: CytoscapeOptions = {
    container,
    style: graphStyle({ palette, large }),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
    webgl: options.renderer === 'webgl',
  };
  const cy: Core = cytoscape(cyOptions);
  const webgl = options.renderer === 'webgl';
  if (webgl) tuneWebgl(cy);
  /** Large graphs under WebGL hide their labels while too small to read (webgl.ts). */
  let labels = true;
  const restyle = () => cy.style(graphStyle({ palette, large, labels }));
  const labelsForZoom = () => {
    const next = !(webgl && large) || webglLabelsAt(cy.zoom());
    if (next === labels) return false;
    labels = next;
    return true;
  };
  if (webgl)
    cy.on('zoom', () => {
      if (labelsForZoom()) restyle();
    });
  if (options.exposeForTests) (window as unknown as { cy?: Core }).cy = cy;
  container.dataset.layoutState = 'idle';

  /** The viewport is the one this view fitted (no user gesture or link zoom since). */
  let fittedView = false;
  const stopTracking = trackUserViewport(cy, container, (v) => {
    fittedView = false;
    events.viewport?.(v);
  });
  const detachKeyboard = attachKeyboard(
    cy,
    container,
    () => (emphasis.selection?.type === 'concept' ? emphasis.selection.id : null),
    events,
  );
  const stopFollowing = followResizes(
    cy,
    container,
    () => emphasis.selection?.id ?? null,
    ANIMATION_MS,
    () => fitNow(),
    () => fittedView,
  );

  const idOf = (e: EventObject) => (e.target as SingularElementArgument).id();
  cy.on('tap', 'node', (e) => events.select?.({ type: 'concept', id: idOf(e) }));
  cy.on('tap', 'edge', (e) => events.select?.({ type: 'relation', id: idOf(e) }));
  cy.on('tap', (e) => {
    if (e.target === cy) events.select?.(null);
  });

  const fitted = () =>
    fitViewport(cy, container.clientWidth, container.clientHeight, FIT_PADDING, MAX_FIT_ZOOM);

  function fitNow(): void {
    const viewport = fitted();
    if (viewport) cy.viewport(viewport);
    fittedView = viewport !== null;
  }

  function setLarge(next: boolean): void {
    if (next === large) return;
    large = next;
    labelsForZoom();
    restyle();
  }

  async function show(nodes: readonly NodeInput[], edges: readonly EdgeInput[], opts: ShowOptions) {
    const first = cy.nodes().empty();
    const { added, resized: relabelled, regrouped } = syncElements(cy, nodes, edges, palette);
    setLarge(cy.nodes().length > LARGE_GRAPH);
    applyEmphasis(cy, emphasis);
    const structural = first || added.length > 0 || regrouped || currentLayout !== opts.layout;
    if (!structural && !relabelled) {
      container.dataset.layoutState = 'done';
      return;
    }
    container.dataset.layoutState = 'running';
    try {
      if (structural) {
        // Boxes drawn or undrawn change the whole picture: lay it out afresh.
        const incremental =
          !first &&
          !regrouped &&
          currentLayout === opts.layout &&
          growsInPlace(opts.layout) &&
          cy.nodes().length <= LARGE_GRAPH;
        if (incremental) placeNear(cy, added);
        // A first layout may take a while (a worker, ELK): meanwhile every node sits at the
        // origin, and drawing that pile with its labels would cost seconds. Zoomed far out,
        // labels are skipped and the pile is a dot.
        if (first) cy.zoom(cy.minZoom());
        currentLayout = opts.layout;
        // Rounded: a remembered layout (layout/layout-cache.ts) serves a screen of nearly the same shape.
        // The shape of the area the fit fills (the screen less its margin).
        const ratio =
          (container.clientWidth - 2 * FIT_PADDING) /
          Math.max(1, container.clientHeight - 2 * FIT_PADDING);
        const aspect = Math.round(Math.max(0.5, ratio) * 100) / 100;
        const positions = await computeLayout(cy, { name: opts.layout, incremental, aspect });
        const animate = !first && cy.nodes().length <= LARGE_GRAPH;
        await moveTo(cy, positions, animate, opts.viewport ? null : fitted);
        fittedView = !opts.viewport;
      } else {
        // A language switch changed label sizes: nudge boxes apart where they now touch.
        await moveTo(cy, separated(cy), true, null);
      }
      if (opts.viewport) {
        cy.viewport({ zoom: opts.viewport.zoom, pan: opts.viewport.pan });
        fittedView = false;
      }
    } finally {
      container.dataset.layoutState = 'done';
    }
  }

  return {
    show(nodes, edges, opts) {
      // Pending from the call on, so nobody mistakes the previous layout's "done" for this one.
      container.dataset.layoutState = 'pending';
      queue = queue
        .then(() => show(nodes, edges, opts))
        .catch((error: unknown) => {
          container.dataset.layoutState = 'error';
          console.error('Layout failed', error);
        });
      return queue;
    },
    setTheme(theme) {
      palette = PALETTES[theme];
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          const input = {
            id: n.id(),
            label: String(n.data('rawLabel')),
            kind: String(n.data('kind')),
            color: String(n.data('color')),
            rank: 2 as const,
            kindOrder: Number(n.data('kindOrder')),
          };
          const { fill, groupFill } = nodeData(input, palette);
          n.data({ fill, groupFill });
        });
      });
      restyle();
    },
    setFilters: (filters: Filters) => applyFilters(cy, filters),
    emphasize(next) {
      emphasis = next;
      applyEmphasis(cy, emphasis);
    },
    center(id) {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      const zoom = Math.max(cy.zoom(), 1);
      fittedView = false;
      void cy.animation({ center: { eles: node }, zoom, duration: ANIMATION_MS }).play();
    },
    fit: fitNow,
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    focus: () => container.focus(),
    snapshot: () => (destroyed ? null : snapshotOf(cy, container)),
    png: (o) =>
      destroyed ? Promise.reject(new Error('The view is gone')) : pngOf(cy, container, o),
    destroy() {
      destroyed = true;
      stopTracking();
      detachKeyboard();
      stopFollowing();
      cy.destroy();
    },
  };
}
