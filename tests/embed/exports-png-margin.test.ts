// PNG exports keep a margin of background around the drawing: exported from the share dialog at
// 1× and 2× in each language, decoded in Chromium, the outer band of pixels, as wide as the
// margin, holds the background's colour only, and the drawing starts right inside it. On a HiDPI
// screen a 2× export is still twice the graph's size, in a margin of the same proportion.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PNG_MARGIN } from '../../web/src/export/png-frame.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { downloaded, pngSize } from './support.js';

const explorer = useExplorer();

interface Decoded {
  width: number;
  height: number;
  /** The corner pixel's colour (r, g, b, a): the background. */
  background: number[];
  /** The smallest rectangle around every pixel that differs from the background. */
  drawn: { x1: number; y1: number; x2: number; y2: number };
}

/** Decodes a PNG in the page (a canvas reads its pixels) and finds what is drawn on it. */
function decode(page: Page, png: Buffer): Promise<Decoded> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
    const background = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0, data[3] ?? 0];
    const drawn = { x1: width, y1: height, x2: -1, y2: -1 };
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const same = background.every((v, k) => data[i + k] === v);
        if (same) continue;
        drawn.x1 = Math.min(drawn.x1, x);
        drawn.y1 = Math.min(drawn.y1, y);
        drawn.x2 = Math.max(drawn.x2, x);
        drawn.y2 = Math.max(drawn.y2, y);
      }
    }
    return { width, height, background, drawn };
  }, png.toString('base64'));
}

/** The band of background on each side, in pixels, and how far in the drawing starts. */
function expectMargin(picture: Decoded, margin: number, what: string): void {
  const { drawn, width, height } = picture;
  const bands = [drawn.x1, drawn.y1, width - 1 - drawn.x2, height - 1 - drawn.y2];
  // Nothing but the background in a band as wide as the margin...
  for (const band of bands) expect(band, `${what}: band`).toBeGreaterThanOrEqual(margin);
  // ...and the drawing right inside it: a margin, not a small picture in a wide empty frame.
  for (const band of bands) expect(band, `${what}: drawing`).toBeLessThanOrEqual(2 * margin);
}

describe('PNG exports with a margin', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`leaves a band of background all round the landing view (${lang})`, async () => {
      const { page, errors } = await newPage(explorer.browser);
      await page.goto(explorer.at(`lang=${lang}`));
      await waitForGraph(page);
      await page.getByTestId('share-open').click();
      await mkdir('tests/artifacts', { recursive: true });
      for (const scale of [1, 2]) {
        const png = await downloaded(page, () => page.getByTestId(`export-png-${scale}`).click());
        await writeFile(`tests/artifacts/export-landing-${lang}@${scale}x.png`, png);
        const picture = await decode(page, png);
        expect(pngSize(png)).toEqual({ width: picture.width, height: picture.height });
        // An opaque background, and nothing but it all round the drawing.
        expect(picture.background[3]).toBe(255);
        expectMargin(picture, PNG_MARGIN * scale, `${lang} at ${scale}×`);
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }

  it('keeps the asked scale and its margin on a HiDPI screen', async () => {
    const context = await explorer.browser.newContext({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 2,
    });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    await page.goto(explorer.at(`focus=${KNOWN.expandable}&lang=en`));
    await waitForGraph(page);
    const box = await page.evaluate(() =>
      (
        window as unknown as {
          cy: { elements(s: string): { boundingBox(): { w: number; h: number } } };
        }
      ).cy
        .elements(':visible')
        .boundingBox(),
    );
    await page.getByTestId('share-open').click();
    const png = await downloaded(page, () => page.getByTestId('export-png-2').click());
    await writeFile('tests/artifacts/export-hidpi@2x.png', png);
    // Twice the graph's size (not four times on a screen of pixel ratio 2), inside its margin.
    const size = pngSize(png);
    expect(Math.abs(size.width - box.w * 2 - 4 * PNG_MARGIN)).toBeLessThanOrEqual(4);
    expect(Math.abs(size.height - box.h * 2 - 4 * PNG_MARGIN)).toBeLessThanOrEqual(4);
    expectMargin(await decode(page, png), 2 * PNG_MARGIN, 'pixel ratio 2 at 2×');
    await context.close();
  }, 300_000);
});
