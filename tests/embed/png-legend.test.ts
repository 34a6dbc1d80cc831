// PNG with its legend and SVG arrowheads, exported from the share dialog in Chromium.
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PNG_MARGIN } from '../../web/src/export/png-frame.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { colourCount, downloaded, pngSize } from './support.js';

const explorer = useExplorer();

interface Cy {
  elements(s: string): { boundingBox(): { w: number; h: number } };
  edges(s: string): { map<T>(f: (e: { style(k: string): string }) => T): T[] };
}

describe('PNG legend and SVG arrowheads', () => {
  it('draws the legend beside the 2× picture, and arrowheads on directed relations', async () => {
    const { page, errors } = await newPage(explorer.browser);
    await page.goto(explorer.at(`focus=${KNOWN.expandable}&lang=en`));
    await waitForGraph(page);
    const box = await page.evaluate(() =>
      (window as unknown as { cy: Cy }).cy.elements(':visible').boundingBox(),
    );
    await page.getByTestId('share-open').click();
    await page.getByTestId('opt-png-legend').check();
    await mkdir('tests/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/artifacts/share-dialog.png' });
    const png = await downloaded(page, () => page.getByTestId('export-png-2').click());
    await writeFile('tests/artifacts/export-legend@2x.png', png);
    const size = pngSize(png);
    // The picture with its margin on each side, then the legend and its own margin.
    const margin = PNG_MARGIN * 2;
    const pictureWidth = Math.round(box.w * 2) + 2 * margin;
    expect(size.width).toBeGreaterThan(pictureWidth + 200);
    expect(size.height).toBeGreaterThanOrEqual(Math.round(box.h * 2) + 2 * margin - 4);
    // Nothing of the picture in its margins: one colour all round the edge.
    const edge = await colourCount(page, png, { fromX: size.width - margin + 2, stride: 1 });
    expect(edge).toBe(1);

    // The legend strip holds the relation type colours and dark text, not an empty panel.
    const strip = await colourCount(page, png, { fromX: pictureWidth + 4, stride: 1 });
    expect(strip).toBeGreaterThan(10);

    const directed = await page.evaluate(
      () =>
        (window as unknown as { cy: Cy }).cy
          .edges(':visible')
          .map((e) => e.style('target-arrow-shape'))
          .filter((shape) => shape !== 'none').length,
    );
    expect(directed).toBeGreaterThan(0);
    const svg = (await downloaded(page, () => page.getByTestId('export-svg').click())).toString();
    await writeFile('tests/artifacts/export-arrows.svg', svg);
    const arrows = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return doc.querySelectorAll('g.edge polygon.arrow').length;
    }, svg);
    expect(arrows).toBe(directed);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
