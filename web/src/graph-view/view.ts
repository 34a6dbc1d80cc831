// The graph view: the one place that creates and drives Cytoscape. The explorer feeds it
// elements, filters and emphasis; the embed view can feed it the same way without any panel.
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type EventObject,
  type SingularElementArgument,
} from 'cytoscape';
import { nodeData } from './elements.js';
import { createCamera } from './camera.js';
import { applyEmphasis, applyFilters, type Emphasis } from './highlight.js';
import { attachKeyboard } from './keyboard.js';
import { growsInPlace } from './layout/layout-options.js';
import { computeLayout, LARGE_GRAPH, separated } from './layout/layouts.js';
import type { PresetLayout } from './layout/preset.js';

export type { PresetLayout };
import type { LayoutName } from './layout/registry.js';
import { moveTo, placeNear } from './motion.js';
import { watchOverlays } from './overlays.js';
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
  /**
   * CSS selector of what floats over the canvas (a legend, a caption, a panel, notices): the
   * view frames its subject clear of them, and again when they come, go or change size.
   */
  overlays?: string;
}

export interface ShowOptions {
  layout: LayoutName;
  /** Restore this viewport instead of fitting (a shared link's zoom). */
  viewport?: Viewport | null;
  /**
   * The subject of the view, what the frame is about (a path's concepts); left out or null,
   * everything drawn. A new subject is framed even when nothing else changed.
   */
  subject?: readonly string[] | null;
  /** Applied to the new elements before they are framed, so what they hide is not framed. */
  filters?: Filters;
  /**
   * Positions laid out ahead (the server's layout of the whole graph), asked for when a fresh
   * layout is due, for the shape of the area it will fill, and used instead of running the
   * layout when they fit what is drawn (layout/preset.ts); null or a failure: laid out here.
   */
  preset?: ((aspect: number) => Promise<PresetLayout | null> | null) | null;
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
  /** Frames the subject (after any layout under way): it fills the free area with a margin. */
  frame(): Promise<void>;
  /**
   * A frame is coming once the view's data has arrived (a story step): the canvas counts as busy
   * until the returned function has framed it.
   */
  expectFrame(): () => Promise<void>;
  /** frame(), for buttons. */
  fit(): void;
  viewport(): Viewport;
  focus(): void;
  destroy(): void;
}

export function createGraphView(options: GraphViewOptions): GraphView {
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

  let laying = false;
  const camera = createCamera(cy, container, { overlays: options.overlays, laying: () => laying });
  const stopTracking = trackUserViewport(
    cy,
    container,
    (v) => {
      camera.release();
      events.viewport?.(v);
    },
    () => camera.own(),
  );
  const detachKeyboard = attachKeyboard(
    cy,
    container,
    () => (emphasis.selection?.type === 'concept' ? emphasis.selection.id : null),
    events,
  );
  const stopFollowing = followResizes(cy, container, (change) => camera.canvasChanged(change));
  const stopWatching = watchOverlays(options.overlays, () => camera.canvasChanged(null));

  const idOf = (e: EventObject) => (e.target as SingularElementArgument).id();
  cy.on('tap', 'node', (e) => events.select?.({ type: 'concept', id: idOf(e) }));
  cy.on('tap', 'edge', (e) => events.select?.({ type: 'relation', id: idOf(e) }));
  cy.on('tap', (e) => {
    if (e.target === cy) events.select?.(null);
  });

  function setLarge(next: boolean): void {
    if (next === large) return;
    large = next;
    labelsForZoom();
    restyle();
  }

  async function show(nodes: readonly NodeInput[], edges: readonly EdgeInput[], opts: ShowOptions) {
    const first = cy.nodes().empty();
    const before = cy.nodes().length;
    const {
      added,
      removed,
      resized: relabelled,
      regrouped,
    } = syncElements(cy, nodes, edges, palette);
    setLarge(cy.nodes().length > LARGE_GRAPH);
    if (opts.filters) applyFilters(cy, opts.filters);
    applyEmphasis(cy, emphasis);
    const newSubject = camera.setSubject(opts.subject ?? null);
    // Most of the picture gone (Focus from the whole graph): what is left is laid out afresh,
    // not left in the gaps and the spacing of a drawing many times its size.
    const thinned = removed > 0 && removed * 4 >= before;
    const structural =
      first || added.length > 0 || regrouped || thinned || currentLayout !== opts.layout;
    if (!structural && !relabelled) {
      // The same drawing about something else (a path traced through the concepts on screen),
      // or less of it (a hidden concept): framed again, unless the user has moved the picture.
      if (opts.viewport) camera.restore(opts.viewport);
      else if (newSubject || (removed > 0 && camera.isFramed())) await camera.frame(true);
      return;
    }
    laying = true;
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
        if (first) camera.restore({ zoom: cy.minZoom(), pan: { ...cy.pan() } });
        currentLayout = opts.layout;
        // The shape of the area the frame fills (the free part of the canvas, less its margin).
        // Rounded: a remembered layout (layout/layout-cache.ts) serves a screen of nearly the same shape.
        const aspect = Math.round(Math.max(0.5, camera.freeAspect()) * 100) / 100;
        const asked = incremental ? null : (opts.preset?.(aspect) ?? null);
        const preset = asked && (await asked.catch(() => null));
        const request = { name: opts.layout, incremental, aspect, preset };
        const { positions, source } = await computeLayout(cy, request);
        // Tests and the benchmark tell a drawing from the server's layout from one made here.
        container.dataset.layoutSource = source;
        const animate = !first && cy.nodes().length <= LARGE_GRAPH;
        await moveTo(cy, positions, animate);
      } else {
        // A language switch changed label sizes: nudge boxes apart where they now touch.
        await moveTo(cy, separated(cy), true);
      }
      laying = false;
      if (opts.viewport) camera.restore(opts.viewport);
      else if (structural || camera.isFramed()) await camera.frame(!first);
    } finally {
      laying = false;
    }
  }

  /**
   * Runs after whatever the view is doing (a layout), the canvas marked busy from the call until
   * the last queued work is done, so nobody mistakes an earlier "done" for this one.
   */
  let queued = 0;
  let expected = 0;
  function enqueue(work: () => Promise<void>, what: string): Promise<void> {
    queued++;
    container.dataset.layoutState = 'pending';
    queue = queue.then(work).then(
      () => {
        if (--queued === 0 && expected === 0) container.dataset.layoutState = 'done';
      },
      (error: unknown) => {
        queued--;
        container.dataset.layoutState = 'error';
        console.error(`${what} failed`, error);
      },
    );
    return queue;
  }
  const frame = () => enqueue(() => camera.frame(true), 'Framing');

  return {
    show: (nodes, edges, opts) => enqueue(() => show(nodes, edges, opts), 'Layout'),
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
    center: (id) => camera.center(id),
    frame,
    expectFrame() {
      expected++;
      container.dataset.layoutState = 'pending';
      let done = false;
      return () => {
        if (!done) expected--;
        done = true;
        return frame();
      };
    },
    fit: () => void frame(),
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
      stopWatching();
      cy.destroy();
    },
  };
}
