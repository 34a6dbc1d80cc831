// The view's camera: every viewport the view sets itself goes through here, so the rule of
// framing.ts holds everywhere (after a layout, on Fit, on a story step, when the canvas or what
// floats over it changes), and the view's own moves are told apart from the user's.
import type { Core } from 'cytoscape';
import { subjectExtent } from './fit.js';
import { freeArea, frameSubject, type FrameOptions } from './framing.js';
import type { Rect } from './groups.js';
import { ANIMATION_MS } from './motion.js';
import { overlayRects } from './overlays.js';
import type { CanvasResize } from './resize.js';
import { labelScale } from './style.js';
import type { Viewport } from './types.js';

/** Space kept around the subject, from the canvas's edges and from every overlay. */
export const FIT_PADDING = 30;
/**
 * A fit zooms in no further than this on a 1280×720 canvas, and proportionally further on a
 * larger one (up to twice): a few concepts stay readable, not blown up, and a projector's full
 * screen shows them as large as a laptop's window does.
 */
export const MAX_FIT_ZOOM = 1.4;
export const fitZoomCap = (width: number, height: number): number =>
  MAX_FIT_ZOOM * Math.min(2, Math.max(1, Math.min(width / 1280, height / 720)));

/** A canvas this narrow is a phone's (styles/main.css switches to the phone layout there too). */
export const PHONE_CANVAS_WIDTH = 600;
/** At a text size above 1 (a projector), the smallest label reads at this many pixels times it. */
export const PROJECTOR_LABEL_PX = 12;

/**
 * The zoom below which the explorer's frame does not go, so that its smallest concept label reads
 * at a size: on a phone the page's `data-min-label-px` (the explorer's canvas carries it), and at
 * a text size s > 1 (`?scale=`) PROJECTOR_LABEL_PX × s on any screen. A whole graph that would
 * only fit as a blur is shown around its middle, readable, the rest a pan or pinch away. Fitting
 * the whole graph cannot do it: larger labels make larger boxes and a larger layout, and the fit
 * shrinks it back. An embed (no such attribute) always shows all of its subject.
 */
function readableZoom(cy: Core, container: HTMLElement, width: number): number {
  const phonePx = Number(container.dataset.minLabelPx);
  if (!(phonePx > 0)) return 0;
  const scale = labelScale();
  const px = Math.max(
    width <= PHONE_CANVAS_WIDTH ? phonePx : 0,
    scale > 1 ? PROJECTOR_LABEL_PX * scale : 0,
  );
  if (px === 0) return 0;
  let smallest = Infinity;
  cy.nodes().forEach((n) => {
    const size = Number(n.data('fontSize'));
    if (!n.isParent() && size > 0) smallest = Math.min(smallest, size);
  });
  return Number.isFinite(smallest) ? px / smallest : 0;
}

export interface CameraOptions {
  /** CSS selector of what floats over the canvas (overlays.ts). */
  overlays?: string;
  /** A layout is under way: it frames its result when it ends. */
  laying: () => boolean;
}

export interface Camera {
  /** Frames the subject: animated (and checked again when the animation ends), or at once. */
  frame(animate: boolean): Promise<void>;
  /** Sets a viewport (a link's zoom): the picture is no longer the framed one. */
  restore(viewport: Viewport): void;
  /** Brings a concept into the middle of the free area, zoomed in enough to read it. */
  center(id: string): void;
  /** The subject: these concepts, or null for everything drawn. True when it changed. */
  setSubject(ids: readonly string[] | null): boolean;
  /** The user panned or zoomed: from now on the canvas's changes keep their picture. */
  release(): void;
  /** The viewport is still the one the camera framed. */
  isFramed(): boolean;
  /** The view is moving the viewport itself (not the user). */
  own(): boolean;
  /** The canvas was resized (null: an overlay appeared, went or changed size). */
  canvasChanged(change: CanvasResize | null): void;
  /** Width / height of the free area, the shape a layout should fill. */
  freeAspect(): number;
}

export function createCamera(cy: Core, container: HTMLElement, options: CameraOptions): Camera {
  let subject: ReadonlySet<string> | null = null;
  let subjectKey = '';
  /** The viewport is the one the camera framed (no user gesture or link zoom since). */
  let framed = false;
  let moving = 0;
  let animating = 0;

  const size = () => ({ width: container.clientWidth, height: container.clientHeight });
  const frameOptions = (): FrameOptions => {
    const { width, height } = size();
    const maxZoom = Math.min(fitZoomCap(width, height), cy.maxZoom());
    return {
      padding: FIT_PADDING,
      minZoom: Math.min(maxZoom, Math.max(cy.minZoom(), readableZoom(cy, container, width))),
      maxZoom,
    };
  };
  const overlays = () => overlayRects(container, options.overlays);

  function target(): Viewport | null {
    const box = subjectExtent(cy, subject);
    const { width, height } = size();
    return box ? frameSubject(box, width, height, overlays(), frameOptions()) : null;
  }

  function set(viewport: Viewport): void {
    moving++;
    try {
      cy.viewport({ zoom: viewport.zoom, pan: { ...viewport.pan } });
    } finally {
      moving--;
    }
  }

  // Lets tests (and the curious) tell a camera on its way from one at rest.
  container.dataset.camera = 'still';
  async function animate(viewport: Viewport): Promise<void> {
    animating++;
    container.dataset.camera = 'moving';
    try {
      await cy
        .animation({ zoom: viewport.zoom, pan: { ...viewport.pan }, duration: ANIMATION_MS })
        .play()
        .promise();
    } finally {
      if (--animating === 0) container.dataset.camera = 'still';
    }
  }

  const differs = (a: Viewport, b: Viewport) =>
    Math.abs(a.zoom - b.zoom) > 1e-3 * a.zoom ||
    Math.abs(a.pan.x - b.pan.x) > 0.5 ||
    Math.abs(a.pan.y - b.pan.y) > 0.5;
  const current = (): Viewport => ({ zoom: cy.zoom(), pan: { ...cy.pan() } });

  async function frame(animated: boolean): Promise<void> {
    const viewport = target();
    if (!viewport) return;
    framed = true;
    if (!animated) {
      set(viewport);
      return;
    }
    await animate(viewport);
    // The canvas or an overlay may have changed while the camera moved (the page going full
    // screen, a panel opening): the changes waited for the animation, which now catches up.
    const again = framed ? target() : null;
    if (again && differs(again, current())) set(again);
  }

  /** The free area, in the canvas's pixels. */
  function free(): Rect {
    const { width, height } = size();
    return freeArea(width, height, overlays(), null, frameOptions());
  }

  /**
   * Brings the selection back into the free area when a change left it off the canvas or under
   * an overlay (it was clicked where a panel now is).
   */
  function reveal(): void {
    const selected = cy.$('.selected').first();
    if (selected.empty()) return;
    const area = free();
    const box = selected.renderedBoundingBox({});
    if (box.x1 >= area.x1 && box.y1 >= area.y1 && box.x2 <= area.x2 && box.y2 <= area.y2) return;
    center(selected.id(), cy.zoom());
  }

  function center(id: string, zoom = Math.max(cy.zoom(), 1)): void {
    const element = cy.getElementById(id);
    if (element.empty()) return;
    const area = free();
    const box = element.boundingBox({});
    const x = (box.x1 + box.x2) / 2;
    const y = (box.y1 + box.y2) / 2;
    framed = false;
    void animate({
      zoom,
      pan: { x: (area.x1 + area.x2) / 2 - zoom * x, y: (area.y1 + area.y2) / 2 - zoom * y },
    });
  }

  return {
    frame,
    restore(viewport) {
      set(viewport);
      framed = false;
    },
    center: (id) => center(id),
    setSubject(ids) {
      const key = ids ? [...ids].sort().join('\n') : '';
      if (key === subjectKey) return false;
      subjectKey = key;
      subject = ids ? new Set(ids) : null;
      return true;
    },
    release() {
      framed = false;
    },
    isFramed: () => framed,
    own: () => moving > 0 || animating > 0,
    canvasChanged(change) {
      // A layout frames its result when it ends; an animation checks again when it ends.
      if (cy.nodes().empty() || options.laying() || animating > 0) return;
      const { width, height } = size();
      if (width === 0 || height === 0) return;
      if (framed || change?.wasHidden) {
        // A resized canvas jumps anyway: frame at once. An overlay coming or going glides.
        void frame(change === null);
        return;
      }
      if (change) {
        moving++;
        try {
          cy.panBy({ x: change.dx, y: change.dy });
        } finally {
          moving--;
        }
      }
      reveal();
    },
    freeAspect() {
      const area = free();
      return (
        (area.x2 - area.x1 - 2 * FIT_PADDING) / Math.max(1, area.y2 - area.y1 - 2 * FIT_PADDING)
      );
    },
  };
}
