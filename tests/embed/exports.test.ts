// Exports from the share dialog in Chromium: PNG size at 2× and not blank, SVG with real text.
import { describe, expect, it } from 'vitest';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { colourCount, downloaded, pngSize } from './support.js';

const explorer = useExplorer();

describe('exports of the current view', () => {
  it('gives the embed link, a 2× PNG, an SVG with labels as text, and JSON', async () => {
    const { page } = await newPage(explorer.browser);
    await page.goto(explorer.at(`focus=${KNOWN.expandable}&lang=en`));
    await waitForGraph(page, 150_000);
    await page.getByTestId('share-open').click();
    const embedLink = await page.getByTestId('embed-link').inputValue();
    expect(embedLink).toContain(`/embed?g=${explorer.graph}`);
    expect(embedLink).toContain(`focus=${KNOWN.expandable}`);
    expect(await page.getByTestId('embed-snippet').inputValue()).toMatch(/^<iframe src="/);

    const box = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { elements(s: string): { boundingBox(): { w: number; h: number } } };
        }
      ).cy;
      return cy.elements(':visible').boundingBox();
    });
    const png = await downloaded(page, () => page.getByTestId('export-png-2').click());
    const size = pngSize(png);
    expect(Math.abs(size.width - box.w * 2)).toBeLessThanOrEqual(4);
    expect(Math.abs(size.height - box.h * 2)).toBeLessThanOrEqual(4);
    expect(await colourCount(page, png)).toBeGreaterThan(3);
    await import('node:fs/promises').then((fs) =>
      fs.writeFile('tests/artifacts/export@2x.png', png),
    );

    const svg = (await downloaded(page, () => page.getByTestId('export-svg').click())).toString();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        texts: [...doc.querySelectorAll('text')].map((t) =>
          [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
        ),
      };
    }, svg);
    expect(parsed.error).toBe(false);
    const labels = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] } };
        }
      ).cy;
      return cy.nodes(':visible').map((n) => String(n.data('rawLabel')));
    });
    expect(labels.length).toBeGreaterThan(1);
    expect([...parsed.texts].sort()).toEqual(labels.map((l) => l.split(/\s+/).join(' ')).sort());

    const json = JSON.parse(
      (await downloaded(page, () => page.getByTestId('export-json').click())).toString(),
    ) as {
      concepts: { id: string; position: unknown }[];
    };
    expect(json.concepts.map((c) => c.id)).toContain(KNOWN.expandable);
    expect(json.concepts.every((c) => c.position !== null)).toBe(true);
    await page.close();
  }, 300_000);
});
