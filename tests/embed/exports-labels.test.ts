// The SVG export's labels as the canvas draws them, checked with Chromium's own font measurement:
// exported from the share dialog in each language, laid out in a page of its own, every concept's
// label has the canvas's lines, size and weight, and every label (sections' titles too) lies
// inside its box. A rendering of each export is left in tests/artifacts.
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { drawnLabels, spilled } from './label-fit.js';
import { downloaded } from './support.js';

const explorer = useExplorer();

interface CanvasLabel {
  id: string;
  lines: string[];
  fontSize: number;
  bold: boolean;
}

interface Cy {
  nodes(s: string): {
    filter(f: (n: { isParent(): boolean }) => boolean): {
      map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[];
    };
  };
}

const views = [
  { name: 'landing', query: '' },
  { name: 'focus', query: `focus=${KNOWN.expandable}` },
];

describe('SVG labels as on the canvas', () => {
  for (const lang of ['id', 'en'] as const) {
    for (const view of views) {
      it(`fits every label of the ${view.name} view inside its box (${lang})`, async () => {
        const { page, errors } = await newPage(explorer.browser);
        await page.goto(explorer.at([view.query, `lang=${lang}`].filter(Boolean).join('&')));
        await waitForGraph(page);
        // The canvas's own wrapping, size and weight of each concept's label.
        const canvas = await page.evaluate(() =>
          (window as unknown as { cy: Cy }).cy
            .nodes(':visible')
            .filter((n) => !n.isParent())
            .map((n) => ({
              id: n.id(),
              lines: String(n.data('label')).split('\n'),
              fontSize: Number(n.data('fontSize')),
              bold: n.data('fontWeight') === 'bold',
            })),
        );
        expect(canvas.length).toBeGreaterThan(1);
        await page.getByTestId('share-open').click();
        const svg = (
          await downloaded(page, () => page.getByTestId('export-svg').click())
        ).toString();
        await page.close();

        // The file alone in a page, drawn with the machine's real fonts.
        const drawn = await newPage(explorer.browser);
        await drawn.page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
        await drawn.page.evaluate(() => document.fonts.ready.then(() => true));
        const measured = await drawnLabels(drawn.page);
        await mkdir('tests/artifacts', { recursive: true });
        await writeFile(`tests/artifacts/export-${view.name}-${lang}.svg`, svg);
        await drawn.page
          .locator('svg')
          .screenshot({ path: `tests/artifacts/export-${view.name}-${lang}.svg.png` });
        await drawn.page.close();

        expect(spilled(measured)).toEqual([]);
        const byId = new Map(measured.filter((l) => l.part === 'node').map((l) => [l.id, l]));
        const asCanvas = (c: CanvasLabel) => ({
          id: c.id,
          lines: c.lines,
          fontSize: c.fontSize,
          bold: c.bold,
        });
        const asDrawn = (c: CanvasLabel) => {
          const l = byId.get(c.id);
          return {
            id: c.id,
            lines: l?.lines,
            fontSize: l?.fontSize,
            bold: Number(l?.fontWeight) >= 600,
          };
        };
        expect(canvas.map(asDrawn)).toEqual(canvas.map(asCanvas));
        expect(errors).toEqual([]);
      }, 300_000);
    }
  }
});
