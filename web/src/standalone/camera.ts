// Pan and zoom for the standalone drawing. They move the SVG's viewBox; the drawing itself never
// changes. Wheel zooms at the pointer, a drag pans, + and - zoom, the fit button frames it again.
// A frame shows the whole drawing when its labels can be read that way; otherwise it zooms in
// until the smallest label stands at MIN_LABEL_PX on screen, centred, and the reader pans. A frame
// that changes size keeps the scale.
import type { Rect } from '../export/groups.js';

interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface CameraControls {
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
  /** A click on the empty background (not one that ends a drag). */
  onBackground(): void;
  /** A panel open over the drawing's right side (the details), which hides what is under it. */
  cover?(): HTMLElement | null;
}

/** The smallest size (CSS pixels) a label is shown at when the file opens or is framed again. */
export const MIN_LABEL_PX = 11;
/** A small view is not magnified past this (it would fill the screen with a few boxes). */
const MAX_MAGNIFICATION = 1.25;
const MARGIN = 30;

/** The drawing's extent with a margin (an empty view still gets a sensible box). */
function bounds(r: Rect): ViewBox {
  const w = Math.max(r.x2 - r.x1 + 2 * MARGIN, 100);
  const h = Math.max(r.y2 - r.y1 + 2 * MARGIN, 100);
  return { x: (r.x1 + r.x2) / 2 - w / 2, y: (r.y1 + r.y2) / 2 - h / 2, w, h };
}

/** The smallest font size a label is drawn at, in the drawing's units (Infinity: no label). */
function smallestLabel(svg: SVGSVGElement): number {
  let smallest = Infinity;
  for (const text of svg.querySelectorAll('text')) {
    const size = Number(text.getAttribute('font-size'));
    if (size > 0) smallest = Math.min(smallest, size);
  }
  return smallest;
}

export interface Camera {
  /** Frames the whole drawing again (after the drawing's frame changed size). */
  fit(): void;
  /** The drawing changed (the other language): framed again, unless the reader has moved it. */
  redrawn(): void;
  /** Pans so that the rectangle (drawing coordinates) stands in view, if it does not yet. */
  reveal(r: Rect): void;
}

/**
 * Wires the camera to the drawing and frames it; call once the page is laid out. `extent` is what
 * the drawing covers now (it changes with the language shown).
 */
export function attachCamera(
  svg: SVGSVGElement,
  extent: () => Rect,
  controls: CameraControls,
): Camera {
  let home = bounds(extent());
  /** The whole drawing if its labels stay legible so, else legible and centred; at most 1.25×. */
  function fitted(): ViewBox {
    home = bounds(extent());
    const r = svg.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return { ...home };
    const whole = Math.min(r.width / home.w, r.height / home.h, MAX_MAGNIFICATION);
    const scale = Math.max(whole, MIN_LABEL_PX / smallestLabel(svg));
    const w = r.width / scale;
    const h = r.height / scale;
    return { x: home.x + home.w / 2 - w / 2, y: home.y + home.h / 2 - h / 2, w, h };
  }
  let box = { ...home };
  const apply = () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
  /** Whether the view is still as a fit left it (the reader has not zoomed or panned since). */
  let framed = false;
  function zoomAt(factor: number, cx = box.x + box.w / 2, cy = box.y + box.h / 2): void {
    framed = false;
    const w = Math.min(Math.max(box.w / factor, home.w / 20), home.w * 10);
    const k = w / box.w;
    box = { x: cx - (cx - box.x) * k, y: cy - (cy - box.y) * k, w, h: box.h * k };
    apply();
  }
  /** The drawing's coordinates under a pointer (the SVG keeps its aspect ratio, centred). */
  function toGraph(clientX: number, clientY: number): [number, number] {
    const r = svg.getBoundingClientRect();
    const scale = Math.max(box.w / r.width, box.h / r.height);
    const ox = box.x + box.w / 2 - (r.width * scale) / 2;
    const oy = box.y + box.h / 2 - (r.height * scale) / 2;
    return [ox + (clientX - r.left) * scale, oy + (clientY - r.top) * scale];
  }
  /** The frame's size the view box was last set for. */
  let sized = { w: 0, h: 0 };
  const measureFrame = () => {
    const r = svg.getBoundingClientRect();
    sized = { w: r.width, h: r.height };
  };
  const fit = () => {
    box = fitted();
    framed = true;
    measureFrame();
    apply();
  };
  // When the frame changes size (the legend unfolds on a phone, the window turns), a framed view
  // is framed again; one the reader moved keeps its scale and centre: a smaller frame shows less
  // of it, never smaller labels.
  new ResizeObserver(() => {
    const r = svg.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || (r.width === sized.w && r.height === sized.h)) return;
    if (framed || sized.w <= 0 || sized.h <= 0) {
      fit();
      return;
    }
    const scale = Math.min(sized.w / box.w, sized.h / box.h);
    const w = r.width / scale;
    const h = r.height / scale;
    box = { x: box.x + box.w / 2 - w / 2, y: box.y + box.h / 2 - h / 2, w, h };
    measureFrame();
    apply();
  }).observe(svg);

  controls.zoomIn.addEventListener('click', () => zoomAt(1.25));
  controls.zoomOut.addEventListener('click', () => zoomAt(0.8));
  controls.fit.addEventListener('click', fit);
  svg.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const [gx, gy] = toGraph(e.clientX, e.clientY);
      zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, gx, gy);
    },
    { passive: false },
  );
  let drag: { x: number; y: number; moved: boolean } | null = null;
  svg.addEventListener('pointerdown', (e) => {
    drag = { x: e.clientX, y: e.clientY, moved: false };
  });
  window.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const [ax, ay] = toGraph(drag.x, drag.y);
    const [bx, by] = toGraph(e.clientX, e.clientY);
    // A few pixels of jitter is still a click, not a pan.
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) drag.moved = true;
    if (!drag.moved) return;
    framed = false;
    box = { ...box, x: box.x - (bx - ax), y: box.y - (by - ay) };
    drag = { ...drag, x: e.clientX, y: e.clientY };
    svg.classList.add('panning');
    apply();
  });
  let panned = false;
  window.addEventListener('pointerup', () => {
    panned = drag?.moved ?? false;
    drag = null;
    svg.classList.remove('panning');
  });
  // The click that ends a drag is not a choice (captured here, before a concept sees it).
  svg.addEventListener(
    'click',
    (e) => {
      if (panned) e.stopPropagation();
      else if (e.target === svg) controls.onBackground();
      panned = false;
    },
    true,
  );
  window.addEventListener('keydown', (e) => {
    if (e.key === '+' || e.key === '=') zoomAt(1.25);
    else if (e.key === '-') zoomAt(0.8);
  });
  fit();
  return {
    fit,
    redrawn() {
      if (framed) fit();
    },
    reveal({ x1, y1, x2, y2 }) {
      // The part of the frame a reader sees: left of a panel over its right side (on a phone
      // the panel covers it all, and then the whole frame counts).
      const frame = svg.getBoundingClientRect();
      const cover = controls.cover?.();
      const edge = cover && !cover.hidden ? cover.getBoundingClientRect().left : frame.right;
      const right = edge > frame.left + frame.width / 3 ? Math.min(edge, frame.right) : frame.right;
      const [gx1, gy1] = toGraph(frame.left, frame.top);
      const [gx2, gy2] = toGraph(right, frame.bottom);
      if (x1 >= gx1 && x2 <= gx2 && y1 >= gy1 && y2 <= gy2) return;
      // Pan so that the rectangle's centre stands in the middle of that part.
      const [cx, cy] = toGraph((frame.left + right) / 2, (frame.top + frame.bottom) / 2);
      framed = false;
      box = { ...box, x: box.x + (x1 + x2) / 2 - cx, y: box.y + (y1 + y2) / 2 - cy };
      apply();
    },
  };
}
