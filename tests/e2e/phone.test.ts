// The explorer on a phone (390×844, touch): a header of one line, a toolbar of one row, the legend's
// filters in a drawer the Filters button opens, details and path as bottom sheets that open and
// close, the canvas taking the rest of the screen with readable labels, and the canvas's own touch
// gestures: one finger pans, two fingers pinch-zoom (real touch events through the DevTools
// protocol, as a phone's browser sends them).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { must, waitForGraph } from './support/browser.js';
import { canvasNodes, viewport } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';
import { chromeFacts, emptySpot, labelPixels } from './support/screens.js';
import { axePage, axeViolations } from './support/text.js';

const explorer = useExplorer();
const PHONE = { width: 390, height: 844 };
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A phone: touch, a mobile viewport, and the page's errors collected. */
async function phone(query = ''): Promise<{ page: Page; errors: string[] }> {
  context = await explorer.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(explorer.at(query));
  await waitForGraph(page);
  return { page, errors };
}

const visible = (page: Page, selector: string) => page.locator(selector).isVisible();

describe('the explorer on a phone', () => {
  it('has a header of one line, a toolbar of one row and the canvas below them', async () => {
    const { page, errors } = await phone();
    const facts = await chromeFacts(page);
    const header = must(facts.header, 'the header');
    const title = must(facts.title, 'the title');
    const prefs = must(facts.prefs, 'the preferences');
    expect(facts.titleLines).toBe(1);
    expect(header.height).toBeLessThanOrEqual(40);
    expect(title.right).toBeLessThanOrEqual(prefs.left);
    expect(prefs.right).toBeLessThanOrEqual(PHONE.width);
    // Compact buttons, full names: "Language: English", "Dark theme", "Text size".
    expect(
      facts.prefNames.every((name) => name.length >= 4),
      facts.prefNames.join(' | '),
    ).toBe(true);
    expect(facts.toolbarRows).toBe(1);
    const toolbar = must(facts.toolbar, 'the toolbar');
    expect(toolbar.height).toBeLessThanOrEqual(50);
    // More actions than fit: the row scrolls, and its edge says there is more.
    expect(facts.toolbarMore).toBe('end');
    const graph = must(facts.graph, 'the canvas');
    expect(graph.top).toBeCloseTo(toolbar.bottom, 0);
    expect(graph.bottom).toBeCloseTo(PHONE.height, 0);
    expect(graph.width).toBeCloseTo(PHONE.width, 0);
    expect(graph.height).toBeGreaterThan(PHONE.height * 0.8);
    // Labels read at the default zoom (the whole graph fitted would make them about 5 px).
    expect((await labelPixels(page)).min).toBeGreaterThanOrEqual(9.9);
    expect(errors).toEqual([]);
  });

  it('opens the legend as a drawer whose filters work, and closes it with Esc or ×', async () => {
    const { page } = await phone('lang=en');
    const filters = page.getByTestId('filters-toggle');
    await expect(visible(page, '#legend')).resolves.toBe(false);
    await expect(filters.getAttribute('aria-expanded')).resolves.toBe('false');
    await filters.tap();
    await expect(visible(page, '#legend')).resolves.toBe(true);
    await expect(filters.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(
      page.evaluate(() => !!document.activeElement?.closest('#legend-drawer')),
    ).resolves.toBe(true);
    // A sheet over the lower part of the screen, the canvas still above it.
    const drawer = must(await page.locator('#legend-drawer').boundingBox(), 'the drawer');
    expect(drawer.y + drawer.height).toBeCloseTo(PHONE.height, 0);
    expect(drawer.y).toBeGreaterThan(PHONE.height * 0.3);

    // A filter: the kind's concepts leave the canvas, and come back.
    const kind = page.getByTestId(`kind-${KNOWN.kind}`);
    await kind.tap();
    await expect(kind.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect
      .poll(
        async () =>
          (await canvasNodes(page)).filter((n) => n.kind === KNOWN.kind && n.visible).length,
      )
      .toBe(0);
    await kind.tap();
    await expect
      .poll(
        async () =>
          (await canvasNodes(page)).filter((n) => n.kind === KNOWN.kind && n.visible).length,
      )
      .toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect(visible(page, '#legend')).resolves.toBe(false);
    await expect(filters.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('filters-toggle');

    await filters.tap();
    await page.locator('#legend-close').tap();
    await expect(visible(page, '#legend')).resolves.toBe(false);
  });

  it('shows details and the path tracer as bottom sheets that open and close', async () => {
    const { page, errors } = await phone(`sel=c:${KNOWN.topic.id}`);
    await page.getByTestId('details').waitFor();
    const sheet = must(await page.locator('#side').boundingBox(), 'the details sheet');
    expect(sheet.width).toBeCloseTo(PHONE.width, 0);
    expect(sheet.y + sheet.height).toBeCloseTo(PHONE.height, 0);
    expect(sheet.y).toBeGreaterThan(PHONE.height * 0.3);
    // The sheet covers nothing of the header and the toolbar.
    const toolbar = must(await page.locator('#toolbar').boundingBox(), 'the toolbar');
    expect(sheet.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
    await page.getByTestId('details-close').tap();
    await expect(visible(page, '#side')).resolves.toBe(false);

    const path = page.getByTestId('path-toggle');
    await path.scrollIntoViewIfNeeded();
    await path.tap();
    await expect(visible(page, '[data-testid="path-panel"]')).resolves.toBe(true);
    const pathSheet = must(await page.locator('#side').boundingBox(), 'the path sheet');
    expect(pathSheet.y + pathSheet.height).toBeCloseTo(PHONE.height, 0);
    await path.tap();
    await expect(visible(page, '#side')).resolves.toBe(false);

    const list = page.getByTestId('list-toggle');
    await list.scrollIntoViewIfNeeded();
    await list.tap();
    await expect(visible(page, '#list-view')).resolves.toBe(true);
    await expect(visible(page, '#graph')).resolves.toBe(false);
    await list.tap();
    await expect(visible(page, '#graph')).resolves.toBe(true);

    const story = page.getByTestId('story-open');
    await story.scrollIntoViewIfNeeded();
    await story.tap();
    await page.getByTestId('story-panel').waitFor();
    const storySheet = must(await page.getByTestId('story-panel').boundingBox(), 'the story');
    expect(storySheet.width).toBeCloseTo(PHONE.width, 0);
    expect(storySheet.y + storySheet.height).toBeCloseTo(PHONE.height, 0);
    await page.getByTestId('story-close').tap();
    await expect(visible(page, '[data-testid="story-panel"]')).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  for (const [name, query, open] of [
    ['with the legend drawer open', 'lang=en', true],
    ['with the details sheet open', `lang=id&theme=dark&sel=c:${KNOWN.topic.id}`, false],
  ] as const) {
    it(`has no axe-core violation ${name}`, async () => {
      const opened = await axePage(explorer.browser, PHONE);
      context = opened.context;
      const { page } = opened;
      await page.goto(explorer.at(query));
      await waitForGraph(page);
      if (open) await page.getByTestId('filters-toggle').click();
      else await page.locator('[data-testid="quote"]').first().waitFor();
      expect(await axeViolations(page, ['body'])).toEqual([]);
    });
  }

  it('pans with one finger and pinch-zooms with two on the canvas', async () => {
    const { page } = await phone();
    const cdp = await page.context().newCDPSession(page);
    const graph = must(await page.locator('#graph').boundingBox(), 'the canvas');
    const spot = await emptySpot(page, {
      x: graph.width / 2,
      y: graph.height / 2,
    });

    const before = await viewport(page);
    await drag(cdp, spot, { x: spot.x + 60, y: spot.y + 80 });
    const panned = await viewport(page);
    expect(panned.zoom).toBeCloseTo(before.zoom, 5);
    expect(panned.pan.x - before.pan.x).toBeGreaterThan(30);
    expect(panned.pan.y - before.pan.y).toBeGreaterThan(40);

    const centre = await emptySpot(page, { x: graph.width / 2, y: graph.height / 2 });
    await pinch(cdp, centre, 30, 110);
    const zoomedIn = await viewport(page);
    expect(zoomedIn.zoom).toBeGreaterThan(panned.zoom * 1.5);
    // Cytoscape reads two fingers that land closer than 200 px as a context tap, which a widening
    // gesture turns into a pinch but a narrowing one does not: zooming out starts wider apart.
    await pinch(cdp, await emptySpot(page, { x: graph.width / 2, y: graph.height / 2 }), 260, 100);
    expect((await viewport(page)).zoom).toBeLessThan(zoomedIn.zoom * 0.7);
  });
});

type Point = { x: number; y: number };
const STEPS = 10;

type TouchType = 'touchStart' | 'touchMove' | 'touchEnd';

async function touch(cdp: CDPSession, type: TouchType, points: Point[]): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
  });
}

/** One finger from `from` to `to`, in small moves as a finger sends them. */
async function drag(cdp: CDPSession, from: Point, to: Point): Promise<void> {
  await touch(cdp, 'touchStart', [from]);
  for (let i = 1; i <= STEPS; i++) {
    const f = i / STEPS;
    await touch(cdp, 'touchMove', [
      { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f },
    ]);
  }
  await touch(cdp, 'touchEnd', []);
}

/** Two fingers either side of `centre`, their distance going from `start` to `end` pixels. */
async function pinch(cdp: CDPSession, centre: Point, start: number, end: number): Promise<void> {
  const at = (d: number): Point[] => [
    { x: centre.x - d / 2, y: centre.y },
    { x: centre.x + d / 2, y: centre.y },
  ];
  await touch(cdp, 'touchStart', at(start));
  for (let i = 1; i <= STEPS; i++)
    await touch(cdp, 'touchMove', at(start + ((end - start) * i) / STEPS));
  await touch(cdp, 'touchEnd', []);
}
