// Helpers for the tests of sections drawn as groups: the seed's section concepts (from the API)
// and an exported SVG laid out by Chromium, so that boxes and labels are measured as drawn.
import type { Browser } from 'playwright-core';
import { newPage } from '../e2e/support/browser.js';

export interface SectionLabel {
  id: string;
  labels: { id: string; en: string };
}

/** The graph's section concepts, with both labels. */
export async function sectionConcepts(url: string, graph: string): Promise<SectionLabel[]> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query($g:ID){concepts(graph:$g,where:{kinds:["Section"]},first:50){nodes{id labels{id en}}}}',
      variables: { g: graph },
    }),
  });
  const body = (await res.json()) as { data: { concepts: { nodes: SectionLabel[] } } };
  return body.data.concepts.nodes;
}

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnSvg {
  parseError: boolean;
  viewBox: Rect;
  groups: { id: string; label: string; box: Rect; text: Rect }[];
  nodes: { id: string; box: Rect; text: Rect }[];
  edgeTypes: string[];
}

/**
 * Opens an SVG file's text as Chromium lays it out (in a page of its own) and measures each
 * group's and concept's box and label in the SVG's own units. Leaves a screenshot at `shot`.
 */
export async function drawSvg(browser: Browser, svg: string, shot?: string): Promise<DrawnSvg> {
  const { page } = await newPage(browser);
  const parseError = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') !== null,
    svg,
  );
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const drawn = await page.evaluate(() => {
    const root = document.querySelector('svg');
    if (!root) throw new Error('no svg');
    const rect = (b: DOMRect) => ({ x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height });
    const bbox = (e: Element | null) =>
      e instanceof SVGGraphicsElement ? rect(e.getBBox()) : { x1: 0, y1: 0, x2: 0, y2: 0 };
    const [x, y, w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const words = (e: Element | null) =>
      [...(e?.querySelectorAll('tspan') ?? [])].map((s) => s.textContent).join(' ');
    return {
      viewBox: { x1: x ?? 0, y1: y ?? 0, x2: (x ?? 0) + (w ?? 0), y2: (y ?? 0) + (h ?? 0) },
      groups: [...root.querySelectorAll('g.group')].map((g) => {
        const id = g.getAttribute('data-id') ?? '';
        const title = [...root.querySelectorAll('g.group-label')].find(
          (t) => t.getAttribute('data-group') === id,
        );
        const text = title?.querySelector('text') ?? null;
        return { id, label: words(text), box: bbox(g.querySelector('rect')), text: bbox(text) };
      }),
      nodes: [...root.querySelectorAll('g.node')].map((g) => ({
        id: g.getAttribute('data-id') ?? '',
        box: bbox(g.querySelector('rect, ellipse')),
        text: bbox(g.querySelector('text')),
      })),
      edgeTypes: [...root.querySelectorAll('g.edge')].map((g) => g.getAttribute('data-type') ?? ''),
    };
  });
  if (shot) await page.locator('svg').screenshot({ path: shot });
  await page.close();
  return { parseError, ...drawn };
}

/** Whether `inner` lies inside `outer`, give or take half a unit of rounding. */
export const inside = (inner: Rect, outer: Rect, margin = 0): boolean =>
  inner.x1 >= outer.x1 + margin - 0.5 &&
  inner.y1 >= outer.y1 + margin - 0.5 &&
  inner.x2 <= outer.x2 - margin + 0.5 &&
  inner.y2 <= outer.y2 - margin + 0.5;

export const words = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');
