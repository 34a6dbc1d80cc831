// Framing in /embed, in Chromium at three frame sizes: the whole graph beside its legend (both
// languages; the legend fits, scrolls within its box, has a backing on a transparent page and
// takes the keyboard), a story stepped by postMessage (ks:next, ks:goto) after the viewer zoomed,
// and the frame resized: each time every concept of the subject is on screen, clear of the
// legend and of the link to the explorer, and the subject fills its room.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storyParam } from '../embed/support.js';
import { newPage, waitForGraph, waitForLayout } from './support/browser.js';
import { canvasNodes } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { expectFramed, FRAME_SIZES, pathConcepts } from './support/framing.js';
import { KNOWN } from './support/known.js';
import { axeViolations } from './support/text.js';

const explorer = useExplorer();

const OVERLAYS = '#embed-legend, #open-explorer';
const PATH = `${KNOWN.pathFrom.id},${KNOWN.pathTo.id}`;

const framed = (page: Page, subject: readonly string[] | null) =>
  expectFramed(page, { subject, overlays: OVERLAYS });

const drawnIds = async (page: Page) =>
  (await canvasNodes(page)).filter((n) => n.visible && !n.group).map((n) => n.id);

/** The legend as a reader meets it: inside the frame, its rows reachable, its backing opaque enough. */
async function legendFacts(page: Page) {
  return page.evaluate(() => {
    const legend = document.getElementById('embed-legend');
    if (!legend) return null;
    const box = legend.getBoundingClientRect();
    const alpha = (colour: string) => {
      const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
      if (colour.startsWith('rgba')) return parts[3] ?? 0;
      return colour.startsWith('rgb') ? 1 : 0;
    };
    return {
      inside:
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= window.innerWidth + 0.5 &&
        box.bottom <= window.innerHeight + 0.5,
      /** Every row is shown, or the legend scrolls to it. */
      scrolls:
        legend.scrollHeight <= legend.clientHeight + 1 ||
        getComputedStyle(legend).overflowY === 'auto',
      overflowing: legend.scrollHeight > legend.clientHeight + 1,
      tabIndex: legend.tabIndex,
      name: legend.getAttribute('aria-label') ?? '',
      backing: alpha(getComputedStyle(legend).backgroundColor),
      rows: legend.querySelectorAll('li').length,
    };
  });
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `tests/artifacts/framing/${name}.png` });

describe.each(FRAME_SIZES)('framing in /embed at $width×$height', (size) => {
  const tag = `${size.width}x${size.height}`;
  const embed = (query: string) => `${explorer.url}/embed?g=${explorer.graph}&${query}`;

  it('keeps the whole graph clear of its legend, in both languages, on a transparent page', async () => {
    const { page, errors } = await newPage(explorer.browser, { viewport: size });
    for (const lang of ['id', 'en'] as const) {
      await page.goto(embed(`lang=${lang}&legend=1&bg=transparent`));
      await waitForGraph(page);
      await page.waitForFunction(
        () => (document.getElementById('embed-legend')?.querySelectorAll('li').length ?? 0) > 0,
      );
      await framed(page, null);
      const legend = await legendFacts(page);
      expect(legend).toMatchObject({ inside: true, scrolls: true });
      expect(legend?.backing).toBeGreaterThanOrEqual(0.8);
      // A legend longer than its box scrolls, so the keyboard must reach it to scroll it.
      if (legend?.overflowing) expect(legend.tabIndex).toBe(0);
      expect(legend?.name).not.toBe('');
      await shot(page, `embed-legend-${lang}-${tag}`);
    }
    expect(errors).toEqual([]);
    await page.close();

    // The legend (scrolling or not) adds nothing axe-core objects to (axe runs as an inline script).
    const checked = await explorer.browser.newContext({ viewport: size, bypassCSP: true });
    checked.setDefaultTimeout(90_000);
    const axePage = await checked.newPage();
    await axePage.goto(embed('lang=id&legend=1&bg=transparent'));
    await waitForGraph(axePage);
    await axePage.waitForFunction(
      () => (document.getElementById('embed-legend')?.querySelectorAll('li').length ?? 0) > 0,
    );
    expect(await axeViolations(axePage, ['#embed-legend'])).toEqual([]);
    await checked.close();
  });

  it('frames every story step after ks:next, ks:goto and keys, even after the viewer zoomed', async () => {
    const story = storyParam([
      { name: 'Whole graph', query: `g=${explorer.graph}` },
      { name: 'Forum', query: `g=${explorer.graph}&focus=${KNOWN.expandable}` },
      { name: 'A path', query: `g=${explorer.graph}&path=${PATH}` },
      { name: 'The topic', query: `g=${explorer.graph}&sel=c:${KNOWN.topic.id}` },
    ]);
    const { page, errors } = await newPage(explorer.browser, { viewport: size });
    await page.goto(embed(`lang=en&story=${story}`));
    await waitForGraph(page);
    await framed(page, null);
    const post = (message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message);
    const at = async (step: number) => {
      await page.waitForFunction(
        (n) => document.documentElement.dataset.storyStep === String(n),
        step,
      );
      await waitForLayout(page);
    };
    // The viewer zooms in on the canvas; the next step is framed all the same.
    const zoom = () =>
      page.evaluate(() => (window as unknown as { cy: { zoom(): number } }).cy.zoom());
    // A few notches of the wheel (Cytoscape zooms a little per notch).
    // The view's own glide to a frame (a late overlay or resize on a busy machine) would take the
    // zoom back while the wheel turns: the viewer zooms once the camera is still, as a person does.
    const still = () =>
      page.waitForFunction(() => document.getElementById('graph')?.dataset.camera !== 'moving');
    const zoomIn = async () => {
      await still();
      const before = await zoom();
      await page.mouse.move(size.width / 2, size.height / 2);
      for (let notch = 0; notch < 12 && (await zoom()) < before * 1.3; notch++) {
        await page.mouse.wheel(0, -200);
        await still();
      }
      expect(await zoom()).toBeGreaterThan(before * 1.3);
    };
    await zoomIn();
    await post({ type: 'ks:next' });
    await at(1);
    await framed(page, await drawnIds(page));
    await zoomIn();
    await post({ type: 'ks:goto', step: 2 });
    await at(2);
    const path = await pathConcepts(page);
    expect(path).toContain(KNOWN.pathTo.id);
    await framed(page, path);
    await shot(page, `embed-story-step-3-${tag}`);
    // The same concepts as step 3 drew, another subject: framed again.
    await zoomIn();
    await post({ type: 'ks:goto', step: 0 });
    await at(0);
    await framed(page, null);
    // Only the selection differs: nothing is loaded or laid out, the step is framed all the same.
    await zoomIn();
    await post({ type: 'ks:goto', step: 3 });
    await at(3);
    await framed(page, null);
    // And by the presenter's keys.
    await zoomIn();
    await page.keyboard.press('ArrowLeft');
    await at(2);
    await framed(page, path);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('frames the graph again when the frame is resized', async () => {
    const { page, errors } = await newPage(explorer.browser, { viewport: size });
    await page.goto(embed(`focus=${KNOWN.expandable}&lang=id&legend=1`));
    await waitForGraph(page);
    await framed(page, null);
    // The slide's frame grows wider and shorter, then back.
    await page.setViewportSize({
      width: Math.round(size.width * 1.3),
      height: Math.round(size.height * 0.7),
    });
    await framed(page, null);
    await page.setViewportSize(size);
    await framed(page, null);
    expect(errors).toEqual([]);
    await page.close();
  });
});
