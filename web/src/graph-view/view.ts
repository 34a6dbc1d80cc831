// The graph view: the one place that creates and drives Cytoscape. The explorer feeds it
// elements, filters and emphasis; the embed view can feed it the same way without any panel.
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type EventObject,
  type Position,
  type SingularElementArgument,
} from 'cytoscape';
import { nodeData } from './elements.js';
import { registerBaseExtensions } from './extensions.js';
import { fitViewport } from './fit.js';
import { applyEmphasis, applyFilters, type Emphasis } from './highlight.js';
import { attachKeyboard } from './keyboard.js';
import { computeLayout, LARGE_GRAPH } from './layouts.js';
import { removeOverlaps } from './overlap.js';
import { seededRandom, seedFrom } from './seeded-random.js';
import { followResizes } from './resize.js';
import { registerCore } from './snapshot.js';
import { syncElements } from './sync.js';
import { graphStyle } from './style.js';
import { PALETTES } from './theme.js';
import type {
  EdgeInput,
  Filters,
  GraphViewEvents,
  LayoutName,
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
  /** False for a static picture (embeds): no panning, zooming or clicking. */
  interactive?: boolean;
  events?: GraphViewEvents;
  /** Sets `window.cy` so end-to-end tests can inspect the canvas. */
  exposeForTests?: boolean;
}

export interface ShowOptions {
  layout: LayoutName;
  /** Restore this viewport instead of fitting (a shared link's zoom). */
  viewport?: Viewport | null;
}

export interface GraphView {
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
const ANIMATION_MS = 450;

export function createGraphView(options: GraphViewOptions): GraphView {
  registerBaseExtensions();
  markContainerStyleProvided();
  const { container, events = {} } = options;
  const interactive = options.interactive ?? true;
  let palette = PALETTES[options.theme];
  let large = false;
  let currentLayout: LayoutName | null = null;
  let queue: Promise<void> = Promise.resolve();
  let emphasis: Emphasis = { selection: null, path: null };

  const cyOptions: CytoscapeOptions = {
    container,
    style: graphStyle({ palette, large }),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
    userPanningEnabled: interactive,
    userZoomingEnabled: interactive,
    autoungrabify: !interactive,
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
  registerCore(container, cy);
  if (options.exposeForTests) (window as unknown as { cy?: Core }).cy = cy;
  container.dataset.layoutState = 'idle';

  const stopTracking = trackUserViewport(cy, container, (v) => events.viewport?.(v));
  const detachKeyboard = interactive
    ? attachKeyboard(
        cy,
        container,
        () => (emphasis.selection?.type === 'concept' ? emphasis.selection.id : null),
        events,
      )
    : () => undefined;
  const stopFollowing = followResizes(
    cy,
    container,
    () => emphasis.selection?.id ?? null,
    ANIMATION_MS,
    () => fitNow(),
  );

  if (interactive) {
    const idOf = (e: EventObject) => (e.target as SingularElementArgument).id();
    cy.on('tap', 'node', (e) => events.select?.({ type: 'concept', id: idOf(e) }));
    cy.on('tap', 'edge', (e) => events.select?.({ type: 'relation', id: idOf(e) }));
    cy.on('tap', (e) => {
      if (e.target === cy) events.select?.(null);
    });
  }

  const fitted = () =>
    fitViewport(cy, container.clientWidth, container.clientHeight, FIT_PADDING, MAX_FIT_ZOOM);

  function fitNow(): void {
    const viewport = fitted();
    if (viewport) cy.viewport(viewport);
  }

  /** New concepts start beside their neighbours already on screen, so expansions grow in place. */
  function placeNear(ids: readonly string[]): void {
    for (const id of ids) {
      const node = cy.getElementById(id);
      const placed: Position[] = [];
      node
        .neighborhood()
        .nodes()
        .forEach((n) => {
          if (!ids.includes(n.id())) placed.push(n.position());
        });
      const random = seededRandom(seedFrom([id]));
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      const base: Position = placed.length
        ? { x: mean(placed.map((p) => p.x)), y: mean(placed.map((p) => p.y)) }
        : { x: 0, y: 0 };
      node.position({ x: base.x + (random() - 0.5) * 120, y: base.y + (random() - 0.5) * 120 });
    }
  }

  async function moveTo(positions: Map<string, Position>, animate: boolean, fit: boolean) {
    if (!animate) {
      // Direct, batched moves: a preset layout would emit an event per node.
      cy.batch(() =>
        cy.nodes().forEach((n) => {
          const p = positions.get(n.id());
          if (p) n.position(p);
        }),
      );
      if (fit) fitNow();
      return;
    }
    const layout = cy.layout({
      name: 'preset',
      positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? node.position(),
      animate,
      animationDuration: ANIMATION_MS,
      fit: false,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    const viewport = fit ? fitted() : null;
    if (viewport)
      await cy
        .animation({ ...viewport, duration: ANIMATION_MS })
        .play()
        .promise();
  }

  function setLarge(next: boolean): void {
    if (next === large) return;
    large = next;
    labelsForZoom();
    restyle();
  }

  async function show(nodes: readonly NodeInput[], edges: readonly EdgeInput[], opts: ShowOptions) {
    const first = cy.nodes().empty();
    const { added, resized: relabelled } = syncElements(cy, nodes, edges, palette);
    setLarge(cy.nodes().length > LARGE_GRAPH);
    applyEmphasis(cy, emphasis);
    const structural = first || added.length > 0 || currentLayout !== opts.layout;
    if (!structural && !relabelled) {
      container.dataset.layoutState = 'done';
      return;
    }
    container.dataset.layoutState = 'running';
    try {
      if (structural) {
        const incremental =
          !first &&
          currentLayout === opts.layout &&
          opts.layout === 'fcose' &&
          cy.nodes().length <= LARGE_GRAPH;
        if (incremental) placeNear(added);
        // A first layout may take a while (a worker, ELK): meanwhile every node sits at the
        // origin, and drawing that pile with its labels would cost seconds. Zoomed far out,
        // labels are skipped and the pile is a dot.
        if (first) cy.zoom(cy.minZoom());
        currentLayout = opts.layout;
        // Rounded: a remembered layout (layout-cache.ts) serves a screen of nearly the same shape.
        const ratio = container.clientWidth / Math.max(1, container.clientHeight);
        const aspect = Math.round(Math.max(0.5, ratio) * 100) / 100;
        const positions = await computeLayout(cy, { name: opts.layout, incremental, aspect });
        const animate = !first && cy.nodes().length <= LARGE_GRAPH;
        await moveTo(positions, animate, !opts.viewport);
      } else {
        // A language switch changed label sizes: nudge boxes apart where they now touch.
        const boxes = cy.nodes().map((n) => ({
          id: n.id(),
          ...n.position(),
          w: Number(n.data('w')),
          h: Number(n.data('h')),
        }));
        removeOverlaps(boxes, 10);
        await moveTo(new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y }])), true, false);
      }
      if (opts.viewport) cy.viewport({ zoom: opts.viewport.zoom, pan: opts.viewport.pan });
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
          n.data('fill', nodeData(input, palette).fill);
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
      void cy.animation({ center: { eles: node }, zoom, duration: ANIMATION_MS }).play();
    },
    fit: fitNow,
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    focus: () => container.focus(),
    destroy() {
      stopTracking();
      detachKeyboard();
      stopFollowing();
      cy.destroy();
    },
  };
}
