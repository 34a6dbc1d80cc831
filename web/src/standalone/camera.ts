// Pan and zoom for the standalone drawing. They move the SVG's viewBox; the drawing itself never
// changes. Wheel zooms at the pointer, a drag pans, + and - zoom, the fit button frames it all.
import { rectOf, unionOf, type Rect } from '../export/groups.js';
import type { StandaloneConcept, StandaloneGroup } from './data.js';

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

const MARGIN = 30;

/** The concepts' and groups' bounds with a margin (an empty view still gets a sensible box). */
function bounds(concepts: StandaloneConcept[], groups: StandaloneGroup[]): ViewBox {
  const r = unionOf([
    ...concepts.map((c) => rectOf({ x: c.x, y: c.y, width: c.w, height: c.h })),
    ...groups,
  ]);
  const w = Math.max(r.x2 - r.x1 + 2 * MARGIN, 100);
  const h = Math.max(r.y2 - r.y1 + 2 * MARGIN, 100);
  return { x: (r.x1 + r.x2) / 2 - w / 2, y: (r.y1 + r.y2) / 2 - h / 2, w, h };
}

export interface Camera {
  /** Frames the whole drawing again (after the drawing's frame changed size). */
  fit(): void;
  /** Pans so that the rectangle (drawing coordinates) stands in view, if it does not yet. */
  reveal(r: Rect): void;
}

/** Wires the camera to the drawing and frames it; call once the page is laid out. */
export function attachCamera(
  svg: SVGSVGElement,
  concepts: StandaloneConcept[],
  groups: StandaloneGroup[],
  controls: CameraControls,
): Camera {
  const home = bounds(concepts, groups);
  /** The whole drawing, but never magnified past 1.25× (a small view would fill the screen). */
  function fitted(): ViewBox {
    const r = svg.getBoundingClientRect();
    const k = Math.max(1, Math.min(r.width / home.w, r.height / home.h) / 1.25);
    const w = home.w * k;
    const h = home.h * k;
    return { x: home.x - (w - home.w) / 2, y: home.y - (h - home.h) / 2, w, h };
  }
  let box = { ...home };
  const apply = () => svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
  function zoomAt(factor: number, cx = box.x + box.w / 2, cy = box.y + box.h / 2): void {
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
  const fit = () => {
    box = fitted();
    apply();
  };

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
      box = { ...box, x: box.x + (x1 + x2) / 2 - cx, y: box.y + (y1 + y2) / 2 - cy };
      apply();
    },
  };
}
