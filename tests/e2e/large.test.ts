// A synthetic graph of 2,000 concepts stays usable: it loads and settles, labels are hidden
// when zoomed out, clicks answer, and a view cut by a limit says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueGraphId } from '../support/database.js';
import { newPage, waitForGraph } from './support/browser.js';
import { clickNode } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { dropGraph, loadSyntheticGraph } from './support/synthetic.js';

const SIZE = 2000;
const explorer = useExplorer({ seed: false });
const graph = uniqueGraphId('e2e-large');

beforeAll(async () => {
  if (!explorer.db)
    throw new Error('The large-graph test writes its own graph: it needs the test database.');
  await loadSyntheticGraph(explorer.db, graph, SIZE);
});
afterAll(async () => {
  if (explorer.db) await dropGraph(explorer.db, graph);
});

const at = (query = '') => `${explorer.url}/?g=${graph}${query ? `&${query}` : ''}`;

describe('a graph of 2,000 concepts', () => {
  it('loads, lays out and answers clicks, with labels hidden when zoomed out', async () => {
    const { page, context, errors } = await newPage(explorer.browser);
    // The page must never freeze for long: record every task that blocks the main thread.
    await page.addInitScript(() => {
      const store = window as unknown as { longTasks: number[] };
      store.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) store.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const started = Date.now();
    await page.goto(at());
    await waitForGraph(page, 120_000);
    const settled = Date.now() - started;
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
    );
    console.log(
      `2,000 concepts: settled in ${settled} ms, longest main-thread task ${Math.round(longest)} ms`,
    );
    // Printed, not asserted: wall-clock figures measure how busy the machine is (the benchmark's
    // browser scenario measures them side by side). Alone, the main thread works about half a
    // second for this graph (the force layout runs in a worker, not on the server either).
    const state = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: {
            nodes(): { length: number; first(): { pstyle(n: string): { pfValue: number } } };
            zoom(): number;
          };
        }
      ).cy;
      return {
        count: cy.nodes().length,
        minFont: cy.nodes().first().pstyle('min-zoomed-font-size').pfValue,
        zoom: cy.zoom(),
      };
    });
    expect(state.count).toBe(SIZE);
    // Labels shrink below the minimum at the fitted zoom, so the canvas draws shapes only.
    expect(state.minFont).toBeGreaterThan(0);
    expect(13 * state.zoom).toBeLessThan(state.minFont);

    await clickNode(page, 'c-0');
    await page.locator('[data-testid="details"] [data-concept="c-0"]').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells the user when a view was truncated', async () => {
    const { page, context } = await newPage(explorer.browser);
    await page.goto(at('focus=c-1'));
    await waitForGraph(page, 60_000);
    await page.locator('[data-testid="notice-truncated"]').waitFor();
    const count = await page.evaluate(
      () => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length,
    );
    expect(count).toBe(500);
    await context.close();
  });

  it('can draw with the WebGL renderer: clicks answer, labels show only when readable', async () => {
    const { page, context, errors } = await newPage(explorer.browser);
    await page.goto(at('renderer=webgl'));
    await waitForGraph(page, 60_000);
    await expect(page.locator('#toolbar input[type="checkbox"]').isChecked()).resolves.toBe(true);
    const label = () =>
      page.evaluate(() => {
        const cy = (
          window as unknown as {
            cy: { nodes(): { first(): { pstyle(n: string): { strValue: string } } } };
          }
        ).cy;
        return cy.nodes().first().pstyle('label').strValue;
      });
    // Zoomed out, the WebGL renderer (which ignores min-zoomed-font-size) draws no labels...
    expect(await label()).toBe('');
    // ...and hit-testing still finds the concept under the pointer.
    await clickNode(page, 'c-0');
    await page.locator('[data-testid="details"] [data-concept="c-0"]').first().waitFor();
    // Zoomed in far enough to read them, the labels come back. The details panel that opened
    // re-centres the graph (a glide that can start after the panel shows, and would take the
    // zoom back): the reader zooms in again until the view stays there.
    const zoomInToRead = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { cy: { zoom(level?: number): number } }).cy;
        if (document.getElementById('graph')?.dataset.camera !== 'moving') cy.zoom(1);
        return cy.zoom();
      });
    await expect.poll(zoomInToRead, { timeout: 30_000 }).toBe(1);
    expect(await label()).not.toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});
