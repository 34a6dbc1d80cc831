// What a user sees of the page's frame at a screen size, read from the DOM and from `window.cy`:
// the header on one line, the toolbar in one row, the canvas's place, the labels' size on screen,
// concepts hidden under the chrome, and the layout shifts the page made (PerformanceObserver).
import type { Page } from 'playwright-core';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface ChromeFacts {
  header: Rect | null;
  title: Rect | null;
  /** Lines the title takes (its client rects): 1 when it fits on one line, cut or not. */
  titleLines: number;
  prefs: Rect | null;
  toolbar: Rect | null;
  /** 1 when the toolbar's shown controls sit in one row, 2 when any sits below another. */
  toolbarRows: number;
  /** The toolbar scrolls sideways and says so (data-more, panels/scroll-hint.ts). */
  toolbarMore: string | null;
  graph: Rect | null;
  legend: Rect | null;
  /** Accessible names of the header's buttons (the compact ones keep their full names). */
  prefNames: string[];
}

export async function chromeFacts(page: Page): Promise<ChromeFacts> {
  return page.evaluate(() => {
    const rect = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const r = element.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return null;
      return {
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
        width: r.width,
        height: r.height,
      };
    };
    const toolbar = document.getElementById('toolbar');
    const shown = [...(toolbar?.children ?? [])].filter((c) => c.getBoundingClientRect().width > 0);
    // One row: every control shares some height with every other (no control below another).
    const boxes = shown.map((c) => c.getBoundingClientRect());
    const rows =
      boxes.length === 0
        ? 0
        : Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom))
          ? 1
          : 2;
    return {
      header: rect('#header'),
      title: rect('.title'),
      titleLines: document.querySelector('.title')?.getClientRects().length ?? 0,
      prefs: rect('.prefs'),
      toolbar: rect('#toolbar'),
      toolbarRows: rows,
      toolbarMore: toolbar?.dataset.more ?? null,
      graph: rect('#graph'),
      legend: rect('#legend-drawer'),
      prefNames: [...document.querySelectorAll('.prefs button, .prefs select')].map(
        (b) => b.getAttribute('aria-label') ?? b.textContent ?? '',
      ),
    };
  });
}

/** The smallest and the median font size of concept labels on screen (font size × zoom). */
export async function labelPixels(page: Page): Promise<{ min: number; median: number }> {
  return page.evaluate(() => {
    interface N {
      isParent(): boolean;
      visible(): boolean;
      numericStyle(name: string): number;
    }
    const cy = (
      window as unknown as {
        cy: { nodes(): N[] & { filter(f: (n: N) => boolean): N[] }; zoom(): number };
      }
    ).cy;
    const sizes = cy
      .nodes()
      .filter((n) => !n.isParent() && n.visible())
      .map((n) => n.numericStyle('font-size') * cy.zoom())
      .sort((a, b) => a - b);
    return { min: sizes[0] ?? 0, median: sizes[Math.floor(sizes.length / 2)] ?? 0 };
  });
}

/**
 * Concepts (not boxes) whose label box, on the page, reaches under one of `selectors` or out of
 * the canvas: a user would find them cut or covered.
 */
export async function conceptsHidden(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((under) => {
    interface N {
      id(): string;
      isParent(): boolean;
      visible(): boolean;
      renderedBoundingBox(o: { includeLabels: boolean }): {
        x1: number;
        y1: number;
        x2: number;
        y2: number;
      };
    }
    const cy = (
      window as unknown as { cy: { nodes(): N[] & { filter(f: (n: N) => boolean): N[] } } }
    ).cy;
    const canvas = document.getElementById('graph')?.getBoundingClientRect();
    if (!canvas) return ['no canvas'];
    const covers = under
      .map((s) => document.querySelector(s)?.getBoundingClientRect())
      .filter((r): r is DOMRect => !!r && r.width > 0 && r.height > 0);
    const problems: string[] = [];
    for (const n of cy.nodes().filter((node) => !node.isParent() && node.visible())) {
      const b = n.renderedBoundingBox({ includeLabels: true });
      const box = {
        left: canvas.left + b.x1,
        top: canvas.top + b.y1,
        right: canvas.left + b.x2,
        bottom: canvas.top + b.y2,
      };
      if (
        box.left < canvas.left - 0.5 ||
        box.top < canvas.top - 0.5 ||
        box.right > canvas.right + 0.5 ||
        box.bottom > canvas.bottom + 0.5
      ) {
        problems.push(`${n.id()} leaves the canvas`);
        continue;
      }
      const hit = covers.find(
        (c) => box.left < c.right && c.left < box.right && box.top < c.bottom && c.top < box.bottom,
      );
      if (hit) problems.push(`${n.id()} is under an overlay`);
    }
    return problems;
  }, selectors);
}

/**
 * Sums every layout shift from the start of the page's life (entries with recent input left out,
 * as the Web Vitals' CLS does). Install before the page loads; read with `layoutShift`.
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: { total: number; sources: string[] } };
    w.__shift = { total: 0, sources: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__shift.total += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          const name =
            node instanceof Element
              ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')}`
              : String(node?.nodeName);
          w.__shift.sources.push(`${name} ${entry.value.toFixed(4)}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export async function layoutShift(page: Page): Promise<{ total: number; sources: string[] }> {
  return page.evaluate(
    () => (window as unknown as { __shift: { total: number; sources: string[] } }).__shift,
  );
}

/** An empty spot of the canvas (no concept or box under it), in page coordinates, near `near`. */
export async function emptySpot(
  page: Page,
  near: { x: number; y: number },
): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    interface Box {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    const cy = (
      window as unknown as {
        cy: { nodes(): { map<T>(f: (n: { renderedBoundingBox(o: object): Box }) => T): T[] } };
      }
    ).cy;
    const canvas = document.getElementById('graph')?.getBoundingClientRect();
    if (!canvas) throw new Error('no canvas');
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: true }));
    const free = (x: number, y: number) =>
      boxes.every((b) => x < b.x1 - 12 || x > b.x2 + 12 || y < b.y1 - 12 || y > b.y2 + 12);
    let best: { x: number; y: number; d: number } | null = null;
    for (let x = 20; x < canvas.width - 20; x += 8) {
      for (let y = 20; y < canvas.height - 20; y += 8) {
        if (!free(x, y)) continue;
        const d = Math.hypot(x - wanted.x, y - wanted.y);
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    if (!best) throw new Error('no empty spot on the canvas');
    return { x: canvas.left + best.x, y: canvas.top + best.y };
  }, near);
}
