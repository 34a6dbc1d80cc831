// The first view a visitor sees: the default graph (the server's DEFAULT_GRAPH, else the seed's),
// drawn from the layout the server computed for its version, with no layout run in the browser,
// no overlapping boxes and the graph framed in the canvas. A second graph whose id sorts first
// does not change what a visitor without a link lands on; the switcher opens it and the address
// says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../graph/db.js';
import { dropGraph, loadMiniGraph } from '../api/support/mini-graph.js';
import { testDatabase, uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { launchBrowser, newPage, waitForGraph, waitForLayout } from './support/browser.js';
import { loadExplorerGraph } from './support/seed.js';
import type { Browser } from 'playwright-core';

vi.setConfig({ testTimeout: 180_000 });

let db: Database;
let browser: Browser;
let seeded: string;
/** Sorts before every other graph id, as a second graph loaded later might. */
const early = uniqueGraphId('aaa-first');
let server: TestServer;
let otherDefault: TestServer;

beforeAll(async () => {
  db = testDatabase();
  seeded = await loadExplorerGraph(db);
  await loadMiniGraph(db, early);
  server = await startTestServer(db, { defaultGraph: seeded });
  otherDefault = await startTestServer(db, { defaultGraph: early });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await otherDefault?.close();
  await dropGraph(db, early);
  await db?.close();
});

interface Drawn {
  source: string | undefined;
  nodes: number;
  overlaps: number;
  outside: number;
  graph: string | null;
}

/** What the canvas drew: where its layout came from, overlaps, and nodes outside the view. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    interface Box {
      x1: number;
      x2: number;
      y1: number;
      y2: number;
    }
    interface Node {
      isParent(): boolean;
      boundingBox(o: object): Box;
    }
    const cy = (
      window as unknown as {
        cy: { nodes(): { toArray(): Node[] }; extent(): Box };
      }
    ).cy;
    const leaves = cy
      .nodes()
      .toArray()
      .filter((n) => !n.isParent())
      .map((n) => n.boundingBox({ includeLabels: false, includeOverlays: false }));
    let overlaps = 0;
    leaves.forEach((a, i) => {
      for (const b of leaves.slice(i + 1)) {
        if (a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5)
          overlaps++;
      }
    });
    const view = cy.extent();
    const outside = leaves.filter(
      (b) => b.x1 < view.x1 || b.x2 > view.x2 || b.y1 < view.y1 || b.y2 > view.y2,
    ).length;
    return {
      source: document.getElementById('graph')?.dataset.layoutSource,
      nodes: cy.nodes().toArray().length,
      overlaps,
      outside,
      graph: new URL(window.location.href).searchParams.get('g'),
    };
  });
}

async function land(url: string, query = '') {
  const opened = await newPage(browser);
  /** Script files the page fetched: the layout code (fcose) is not among them on landing. */
  const scripts: string[] = [];
  opened.page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await opened.page.goto(`${url}/${query}`);
  await waitForGraph(opened.page);
  return { ...opened, scripts };
}

const layoutCode = (scripts: string[]) => scripts.filter((s) => /fcose|elk/.test(s));

describe('the first view', () => {
  it.each([
    ['id', ''],
    ['en', '?lang=en'],
  ])('lands on the default graph, drawn from the server layout (%s)', async (_lang, query) => {
    const { page, context, errors, scripts } = await land(server.url, query);
    const result = await drawn(page);
    expect(result.graph).toBe(seeded);
    expect(result.source).toBe('server');
    expect(result.nodes).toBeGreaterThan(50);
    expect(result.overlaps).toBe(0);
    expect(result.outside).toBe(0);
    expect(layoutCode(scripts)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an embed of the whole graph is drawn from the server layout too, without layout code', async () => {
    const { page, context, errors, scripts } = await land(server.url, 'embed?legend=1');
    const result = await drawn(page);
    expect(result.source).toBe('server');
    expect(result.nodes).toBeGreaterThan(50);
    expect(result.overlaps).toBe(0);
    expect(layoutCode(scripts)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the configured DEFAULT_GRAPH, and the switcher opens another graph', async () => {
    const { page, context } = await land(otherDefault.url);
    expect((await drawn(page)).graph).toBe(early);
    await page.selectOption('select.graph-select', seeded);
    await waitForLayout(page);
    await page.waitForFunction(
      (g) => new URL(window.location.href).searchParams.get('g') === g,
      seeded,
    );
    const result = await drawn(page);
    expect(result.graph).toBe(seeded);
    expect(result.nodes).toBeGreaterThan(50);
    expect(result.source).toBe('server');
    expect(result.overlaps).toBe(0);
    await context.close();
  });
});
