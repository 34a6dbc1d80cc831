// Framing, the one rule every view follows: the subject of the view (a focused neighbourhood, a
// path, a story step's concepts, else everything drawn) fills the part of the canvas nothing
// floats over (a legend, a caption, a panel, a notice), with a margin. Pure geometry: overlays in
// the canvas's pixels (its top left corner is 0,0), the subject in the graph's model units.
import type { Rect } from './groups.js';
import type { Viewport } from './types.js';

export interface FrameOptions {
  /** Space kept between the subject and the free area's edges (the canvas's or an overlay's). */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

const widthOf = (r: Rect) => r.x2 - r.x1;
const heightOf = (r: Rect) => r.y2 - r.y1;
const areaOf = (r: Rect) => widthOf(r) * heightOf(r);

/** The overlays' parts over the canvas; a box beside the canvas (a panel in the page's flow) covers nothing. */
export function overlaysOnCanvas(width: number, height: number, overlays: readonly Rect[]): Rect[] {
  return overlays
    .map((o) => ({
      x1: Math.max(0, o.x1),
      y1: Math.max(0, o.y1),
      x2: Math.min(width, o.x2),
      y2: Math.min(height, o.y2),
    }))
    .filter((o) => widthOf(o) > 0 && heightOf(o) > 0);
}

const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/**
 * Every rectangle of the canvas that no overlay covers and whose sides lie on the canvas's or an
 * overlay's edges (the maximal free rectangles are among them). A few overlays make a few
 * hundred candidates at most.
 */
export function freeRects(width: number, height: number, overlays: readonly Rect[]): Rect[] {
  const covers = overlaysOnCanvas(width, height, overlays);
  const xs = sortedUnique([0, width, ...covers.flatMap((o) => [o.x1, o.x2])]);
  const ys = sortedUnique([0, height, ...covers.flatMap((o) => [o.y1, o.y2])]);
  const free: Rect[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++) {
        for (let l = k + 1; l < ys.length; l++) {
          const r = { x1: xs[i] ?? 0, x2: xs[j] ?? 0, y1: ys[k] ?? 0, y2: ys[l] ?? 0 };
          const hit = covers.some((o) => o.x1 < r.x2 && r.x1 < o.x2 && o.y1 < r.y2 && r.y1 < o.y2);
          // A taller or wider one would have been free too: the inner loops stop at the first hit.
          if (hit) break;
          free.push(r);
        }
      }
    }
  }
  return free;
}

/** The zoom at which `subject` (model units) fits `area` (pixels) with `padding` on every side. */
export function zoomInto(subject: Rect, area: Rect, options: FrameOptions): number {
  const fitted = Math.min(
    (widthOf(area) - 2 * options.padding) / Math.max(1, widthOf(subject)),
    (heightOf(area) - 2 * options.padding) / Math.max(1, heightOf(subject)),
  );
  return Math.max(options.minZoom, Math.min(options.maxZoom, fitted));
}

/** Zooms this close count as equal: then the larger area wins, then the one nearer the middle. */
const SAME_ZOOM = 0.02;

/**
 * The free area the subject goes in: of the rectangles no overlay covers (and wide and tall
 * enough for the margin), the one that shows the subject largest. Without a subject (a layout
 * asks for the screen's shape before anything is placed), the largest. When overlays leave no
 * room, the whole canvas: something drawn under a panel beats nothing drawn.
 */
export function freeArea(
  width: number,
  height: number,
  overlays: readonly Rect[],
  subject: Rect | null,
  options: FrameOptions,
): Rect {
  const canvas = { x1: 0, y1: 0, x2: width, y2: height };
  const roomy = freeRects(width, height, overlays).filter(
    (r) => widthOf(r) > 2 * options.padding + 1 && heightOf(r) > 2 * options.padding + 1,
  );
  let best: Rect | null = null;
  let bestZoom = -Infinity;
  const offCentre = (r: Rect) => Math.hypot((r.x1 + r.x2 - width) / 2, (r.y1 + r.y2 - height) / 2);
  for (const r of roomy) {
    const zoom = subject ? zoomInto(subject, r, options) : areaOf(r);
    const better =
      best === null ||
      zoom > bestZoom * (1 + SAME_ZOOM) ||
      (zoom >= bestZoom * (1 - SAME_ZOOM) &&
        (areaOf(r) > areaOf(best) ||
          (areaOf(r) === areaOf(best) && offCentre(r) < offCentre(best))));
    if (better) {
      best = r;
      bestZoom = Math.max(bestZoom, zoom);
    }
  }
  return best ?? canvas;
}

/**
 * The viewport that shows `subject` as large as the free area allows (up to `maxZoom`: a single
 * concept is not blown up), centred in it. Null when the canvas has no size.
 */
export function frameSubject(
  subject: Rect,
  width: number,
  height: number,
  overlays: readonly Rect[],
  options: FrameOptions,
): Viewport | null {
  if (width <= 0 || height <= 0 || !Number.isFinite(subject.x1 + subject.x2)) return null;
  const area = freeArea(width, height, overlays, subject, options);
  const zoom = zoomInto(subject, area, options);
  return {
    zoom,
    pan: {
      x: (area.x1 + area.x2) / 2 - (zoom * (subject.x1 + subject.x2)) / 2,
      y: (area.y1 + area.y2) / 2 - (zoom * (subject.y1 + subject.y2)) / 2,
    },
  };
}

/** Where the subject lands on the canvas (pixels) under a viewport. */
export function renderedRect(subject: Rect, viewport: Viewport): Rect {
  const { zoom, pan } = viewport;
  return {
    x1: subject.x1 * zoom + pan.x,
    x2: subject.x2 * zoom + pan.x,
    y1: subject.y1 * zoom + pan.y,
    y2: subject.y2 * zoom + pan.y,
  };
}
