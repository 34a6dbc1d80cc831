// The standalone HTML file of the landing view, exported in each language and opened from disk on
// a projector-sized and a phone-sized screen: at the zoom it opens with, every label stands at
// least MIN_LABEL_PX tall on screen and inside its box (measured with Chromium's real fonts), no
// two boxes overlap, and the legend lies inside the window, apart from the drawing, every entry
// reachable. The same holds after switching to the other language, whose labels are longer or
// shorter than the ones the explorer measured.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MIN_LABEL_PX } from '../../web/src/standalone/camera.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { drawnLabels, overlapping, spilled } from './label-fit.js';
import { openOffline } from './offline.js';
import { downloaded } from './support.js';

const explorer = useExplorer();

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

/** The landing view's standalone file, exported with the explorer in `lang`. */
async function exported(lang: 'id' | 'en'): Promise<string> {
  const { page } = await newPage(explorer.browser);
  await page.goto(explorer.at(`lang=${lang}`));
  await waitForGraph(page);
  await page.getByTestId('share-open').click();
  const file = await downloaded(page, () => page.getByTestId('export-html').click());
  await page.close();
  const path = join(await mkdtemp(join(tmpdir(), 'ks-legible-')), `landing-${lang}.html`);
  await writeFile(path, file);
  await mkdir('tests/artifacts', { recursive: true });
  await writeFile(`tests/artifacts/standalone-legible-${lang}.html`, file);
  return path;
}

/** Where the legend stands against the window and the drawing, and whether its last entry shows. */
function legendPlace(page: Page) {
  return page.evaluate(() => {
    const legend = document.querySelector<HTMLDetailsElement>('details.legend');
    const svg = document.querySelector('svg.graph');
    if (!legend || !svg) throw new Error('Expected the legend and the drawing');
    const r = legend.getBoundingClientRect();
    const g = svg.getBoundingClientRect();
    const last = [...legend.querySelectorAll('li')].at(-1);
    last?.scrollIntoView({ block: 'nearest' });
    const l = last?.getBoundingClientRect();
    legend.scrollTop = 0;
    return {
      open: legend.open,
      inWindow:
        r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5,
      apart: r.right <= g.left || r.left >= g.right || r.bottom <= g.top || r.top >= g.bottom,
      // Folded, only its title shows; open, its last entry scrolls into the legend's own box.
      lastShows: !legend.open || (!!l && l.top >= r.top - 0.5 && l.bottom <= r.bottom + 0.5),
    };
  });
}

/** The smallest label's size on screen, in CSS pixels. */
const smallestOnScreen = async (page: Page) =>
  Math.min(...(await drawnLabels(page, 'svg.graph')).map((l) => l.screenPx));

/** Labels legible at the zoom shown, each inside its box, no boxes on top of each other. */
async function expectLegible(page: Page, what: string): Promise<void> {
  const labels = await drawnLabels(page, 'svg.graph');
  expect(labels.length, what).toBeGreaterThan(50);
  expect(spilled(labels), what).toEqual([]);
  expect(overlapping(labels), what).toEqual([]);
  const smallest = Math.min(...labels.map((l) => l.screenPx));
  expect(smallest, `${what}: smallest label on screen`).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
}

describe('the standalone file, legible at its first zoom', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`opens the landing view with readable labels and a legend that fits (${lang})`, async () => {
      const path = await exported(lang);
      const other = lang === 'id' ? 'en' : 'id';
      for (const screen of SCREENS) {
        const { page, errors, requests, url } = await openOffline(explorer.browser, path, screen);
        const at = `${screen.width}×${screen.height}`;
        await expectLegible(page, `${lang} at ${at}`);
        const wide = screen.width > 700;
        // Beside the drawing where there is room; folded below it on a phone, opened on a tap.
        expect(await legendPlace(page)).toEqual({
          open: wide,
          inWindow: true,
          apart: true,
          lastShows: true,
        });
        await page.screenshot({
          path: `tests/artifacts/standalone-legible-${screen.width}-${lang}.png`,
        });
        if (!wide) {
          await page.locator('details.legend summary').click();
          // The drawing's frame is smaller now: it shows less, at the same scale.
          await expect
            .poll(() => smallestOnScreen(page), { timeout: 30_000 })
            .toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
          expect(await legendPlace(page)).toEqual({
            open: true,
            inWindow: true,
            apart: true,
            lastShows: true,
          });
          await page.screenshot({
            path: `tests/artifacts/standalone-legible-${screen.width}-${lang}-legend.png`,
          });
          await page.locator('details.legend summary').click();
        }
        // The other language: boxes sized for its labels, at the same zoom.
        await page.locator(`button[data-lang="${other}"]`).click();
        await expectLegible(page, `${lang} file shown in ${other} at ${at}`);
        expect((await legendPlace(page)).inWindow).toBe(true);
        await page.screenshot({
          path: `tests/artifacts/standalone-legible-${screen.width}-${lang}-as-${other}.png`,
        });
        expect(requests).toEqual([url]);
        expect(errors).toEqual([]);
        await page.close();
      }
    }, 300_000);
  }
});
