// Labels as Chromium lays them out, for the tests of exports that must match the canvas: each
// concept's box and section's box with its label, measured in the drawing's own units with the
// page's real fonts (getBBox, getComputedTextLength), and how large the label stands on screen.
import type { Page } from 'playwright-core';

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnLabel {
  id: string;
  /** A concept's label, or a section's title. */
  part: 'node' | 'group';
  box: Rect;
  text: Rect;
  lines: string[];
  /** Each line's advance (getComputedTextLength), in the drawing's units. */
  widths: number[];
  fontSize: number;
  fontWeight: string;
  /** The font size in CSS pixels as the screen shows it now (the drawing's scale applied). */
  screenPx: number;
}

/** Every concept's and section's label under `root` (an <svg>), as drawn now. */
export function drawnLabels(page: Page, root = 'svg'): Promise<DrawnLabel[]> {
  return page.$eval(root, (svg) => {
    const rect = (b: DOMRect) => ({ x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height });
    const measure = (
      id: string,
      part: 'node' | 'group',
      shape: Element | null,
      text: SVGTextElement | null,
    ) => {
      if (!(shape instanceof SVGGraphicsElement) || !text) return [];
      const spans = [...text.querySelectorAll('tspan')];
      const size = Number(text.getAttribute('font-size'));
      return [
        {
          id,
          part,
          box: rect(shape.getBBox()),
          text: rect(text.getBBox()),
          lines: spans.map((s) => s.textContent ?? ''),
          widths: spans.map((s) => s.getComputedTextLength()),
          fontSize: size,
          fontWeight: getComputedStyle(text).fontWeight,
          screenPx: size * (text.getScreenCTM()?.a ?? 0),
        },
      ];
    };
    const nodes = [...svg.querySelectorAll('g.node')].flatMap((g) =>
      measure(
        g.getAttribute('data-id') ?? '',
        'node',
        g.querySelector('rect, ellipse'),
        g.querySelector('text'),
      ),
    );
    const groups = [...svg.querySelectorAll('g.group')].flatMap((g) => {
      const id = g.getAttribute('data-id') ?? '';
      const title = [...svg.querySelectorAll('g.group-label')].find(
        (t) => t.getAttribute('data-group') === id,
      );
      return measure(id, 'group', g.querySelector('rect'), title?.querySelector('text') ?? null);
    });
    return [...nodes, ...groups];
  });
}

/** Whether `inner` lies inside `outer`, give or take half a unit of rounding. */
export const inside = (inner: Rect, outer: Rect): boolean =>
  inner.x1 >= outer.x1 - 0.5 &&
  inner.y1 >= outer.y1 - 0.5 &&
  inner.x2 <= outer.x2 + 0.5 &&
  inner.y2 <= outer.y2 + 0.5;

/** The labels whose text is not inside their box, by the real font's measure (for a message). */
export function spilled(labels: readonly DrawnLabel[]): string[] {
  return labels
    .filter(
      (l) =>
        !inside(l.text, l.box) ||
        l.widths.some((w) => w > l.box.x2 - l.box.x1 + 0.5) ||
        l.lines.length === 0,
    )
    .map(
      (l) =>
        `${l.id}: "${l.lines.join(' / ')}" ${JSON.stringify(l.text)} in ${JSON.stringify(l.box)}`,
    );
}

/** Pairs of concept boxes that overlap (a label drawn over another). */
export function overlapping(labels: readonly DrawnLabel[]): string[] {
  const boxes = labels.filter((l) => l.part === 'node');
  const found: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
        found.push(`${a.id} × ${b.id}`);
  return found;
}
