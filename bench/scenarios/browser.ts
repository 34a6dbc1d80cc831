// Scenario 4: in Debian's Chromium, the time from navigation to a laid-out, painted graph, and
// the frame rate during a scripted pan and zoom, per graph size and renderer; and the landing
// view of the Keserasian Sosial graph.
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../browser/chromium.js';
import { panAndZoom } from '../browser/gestures.js';
import { PROBE_SCRIPT, waitRendered } from '../browser/probe.js';
import { errorLine } from '../errors.js';
import { round } from '../load/stats.js';

export type Renderer = 'canvas' | 'webgl';

export interface BrowserRow {
  /** Graph id and the concepts it holds (the landing view: the real graph). */
  graph: string;
  size: number;
  renderer: Renderer;
  /** Navigation start to the first frame showing the laid-out graph. */
  renderedMs: number | null;
  /** Concepts on the canvas (the explorer may cut very large graphs). */
  nodesShown: number;
  fps: number | null;
  drawsPerSecond: number | null;
  error: string | null;
}

export interface BrowserTarget {
  graph: string;
  size: number;
}

// bypassCSP: the probe polls with evaluated text, which the app's CSP (rightly) forbids.
const VIEWPORT = { width: 1280, height: 720 };
/** A view that is not on screen by then counts as failed (and the run moves on). */
const RENDER_TIMEOUT_MS = 60_000;

async function measureOne(
  browser: Browser,
  baseUrl: string,
  target: BrowserTarget,
  renderer: Renderer,
  gestureMs: number,
  shared?: BrowserContext,
): Promise<BrowserRow> {
  const context = shared ?? (await browser.newContext({ viewport: VIEWPORT, bypassCSP: true }));
  const row: BrowserRow = {
    ...target,
    renderer,
    renderedMs: null,
    nodesShown: 0,
    fps: null,
    drawsPerSecond: null,
    error: null,
  };
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE_SCRIPT);
    const query = new URLSearchParams({
      g: target.graph,
      ...(renderer === 'webgl' ? { renderer: 'webgl' } : {}),
    });
    await page.goto(`${baseUrl}/?${query.toString()}`);
    const rendered = await waitRendered(page, RENDER_TIMEOUT_MS);
    row.renderedMs = round(rendered.ms, 0);
    row.nodesShown = rendered.nodes;
    if (gestureMs > 0) {
      const rate = await panAndZoom(page, gestureMs);
      row.fps = round(rate.fps, 1);
      row.drawsPerSecond = round(rate.drawsPerSecond, 1);
    }
  } catch (error) {
    row.error = errorLine(error);
  } finally {
    if (shared) await Promise.all(context.pages().map((p) => p.close()));
    else await context.close();
  }
  return row;
}

export async function runBrowserScenario(
  baseUrl: string,
  targets: BrowserTarget[],
  landing: BrowserTarget | null,
  options: { gestureMs: number; renderers: Renderer[] },
  log: (line: string) => void,
): Promise<{ rows: BrowserRow[]; landing: BrowserRow[] }> {
  const browser = await launchChromium();
  const rows: BrowserRow[] = [];
  const landingRows: BrowserRow[] = [];
  try {
    if (landing) {
      // One untimed visit first, in a context of its own: the server just started, and its first
      // requests pay for Neo4j planning the statements, which no later visitor does.
      await measureOne(browser, baseUrl, landing, 'canvas', 0);
      // The first visit pays for a cold browser cache; a returning visitor's second one does not.
      const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
      for (const visit of ['cold', 'warm']) {
        const row = await measureOne(browser, baseUrl, landing, 'canvas', 0, context);
        landingRows.push(row);
        log(
          `  landing ${landing.graph} (${visit} cache): ${row.renderedMs} ms${row.error ? ` (${row.error})` : ''}`,
        );
      }
      await context.close();
    }
    for (const target of targets) {
      for (const renderer of options.renderers) {
        const row = await measureOne(browser, baseUrl, target, renderer, options.gestureMs);
        rows.push(row);
        log(
          `  ${target.size} ${renderer}: rendered ${row.renderedMs} ms, ${row.nodesShown} nodes, ${row.fps} fps${row.error ? ` (${row.error})` : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return { rows, landing: landingRows };
}
