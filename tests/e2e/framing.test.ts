// Framing in the explorer, in Chromium at three frame sizes: the whole graph, the details panel
// opening and closing beside (or over) it, Focus, a focus link, a traced path and the three steps
// of a presented story each fill the free part of the canvas, every concept of the subject on
// screen and clear of the panels, notices and the story's caption.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { storyParam } from '../embed/support.js';
import { newPage, waitForGraph, waitForLayout } from './support/browser.js';
import { canvasNodes, clickNode } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { expectFramed, FRAME_SIZES, pathConcepts } from './support/framing.js';
import { KNOWN } from './support/known.js';

const explorer = useExplorer();

/** Everything that can float over the explorer's canvas. */
const OVERLAYS = '#side, #notices, #keys-help, #story-panel, .story-caption';
const PATH = `${KNOWN.pathFrom.id},${KNOWN.pathTo.id}`;

const framed = (page: Page, subject: readonly string[] | null) =>
  expectFramed(page, { subject, overlays: OVERLAYS });

/** The visible concepts now drawn: the subject of a view without a path. */
async function drawnIds(page: Page): Promise<string[]> {
  return (await canvasNodes(page)).filter((n) => n.visible && !n.group).map((n) => n.id);
}

/**
 * Relations drawn between concepts whose boxes leave them no visible length: a layout that packs
 * the concepts this tightly hides the edges, however the view is framed.
 */
async function hiddenEdges(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((min) => {
    interface Box {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
    }
    interface End {
      isParent(): boolean;
      renderedBoundingBox(o: object): Box;
    }
    const cy = (
      window as unknown as {
        cy: {
          edges(s: string): {
            map<T>(f: (e: { id(): string; source(): End; target(): End }) => T): T[];
          };
        };
      }
    ).cy;
    // The gap between two boxes: along the axis where they are apart the most.
    const gap = (a: Box, b: Box) => Math.max(b.x1 - a.x2, a.x1 - b.x2, b.y1 - a.y2, a.y1 - b.y2);
    return cy
      .edges(':visible')
      .map((e) => {
        const s = e.source();
        const t = e.target();
        if (s.isParent() || t.isParent()) return null;
        const g = gap(s.renderedBoundingBox({}), t.renderedBoundingBox({}));
        return g < min ? `${e.id()} (${g.toFixed(1)} px)` : null;
      })
      .filter((x): x is string => x !== null);
  }, minimum);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `tests/artifacts/framing/${name}.png` });

describe.each(FRAME_SIZES)('framing in the explorer at $width×$height', (size) => {
  const tag = `${size.width}x${size.height}`;

  it('frames the whole graph, again when the details panel opens and closes, and after Focus', async () => {
    const { page, errors } = await explorer.open('lang=id', { viewport: size });
    await framed(page, null);

    // A click opens the details: the graph moves clear of the panel (beside it, or over it on a
    // narrow screen), and back when the panel closes.
    await clickNode(page, KNOWN.topic.id);
    await page.getByTestId('details').waitFor();
    await framed(page, null);
    await page.getByTestId('details-close').click();
    await page.getByTestId('details').waitFor({ state: 'hidden' });
    await framed(page, null);

    // Focus from the details panel: the neighbourhood fills the canvas beside the panel.
    await clickNode(page, KNOWN.expandable);
    await page.getByTestId('action-focus').click();
    await waitForLayout(page);
    await framed(page, await drawnIds(page));
    expect(await drawnIds(page)).toContain(KNOWN.expandable);
    await shot(page, `focus-${tag}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('frames a focus link with its relations visible, and a traced path', async () => {
    const { page, errors } = await explorer.open(`focus=${KNOWN.expandable}&lang=id`, {
      viewport: size,
    });
    await framed(page, null);
    expect(await hiddenEdges(page, 6)).toEqual([]);

    await page.goto(explorer.at(`path=${PATH}&lang=id`));
    await waitForGraph(page);
    await waitForLayout(page);
    const path = await pathConcepts(page);
    expect(path).toEqual(expect.arrayContaining([KNOWN.pathFrom.id, KNOWN.pathTo.id]));
    await framed(page, path);
    await shot(page, `path-${tag}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('frames each step of a presented story clear of its caption', async () => {
    const story = storyParam([
      { name: 'Forum kecamatan', query: `g=${explorer.graph}&focus=${KNOWN.expandable}` },
      { name: 'Seluruh graf', query: `g=${explorer.graph}` },
      { name: 'Dari kesetaraan ke forum desa', query: `g=${explorer.graph}&path=${PATH}` },
    ]);
    const { page, errors } = await newPage(explorer.browser, { viewport: size });
    await page.goto(explorer.at(`lang=id&story=${story}`));
    await waitForGraph(page);
    await page.getByTestId('story-present').click();
    for (const step of [0, 1, 2]) {
      await page.waitForFunction(
        (n) => document.documentElement.dataset.storyStep === String(n),
        step,
      );
      await waitForLayout(page);
      const subject = step === 2 ? await pathConcepts(page) : await drawnIds(page);
      if (step === 2) expect(subject).toContain(KNOWN.pathFrom.id);
      await framed(page, subject);
      await shot(page, `present-${step + 1}-${tag}`);
      if (step < 2) await page.keyboard.press('ArrowRight');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
