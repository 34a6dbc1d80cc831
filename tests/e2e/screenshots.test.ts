// Screenshots for people to look at (tests/artifacts/screenshots/): the landing view at a phone's
// 390×844, a laptop's 1280×720 and a projector's 1920×1080, in both themes and both languages;
// /embed?legend=1 on the whole graph in both languages; the phone's legend drawer and details
// sheet; a concept with its evidence. Each shot also checks what a user would check on it: the
// header on one line, the toolbar in one row, labels large enough to read, no concept cut by the
// canvas's edge or under the legend or a panel, no labels on top of each other, the theme and the
// language asked for. UPDATE_SCREENSHOT=1 also refreshes docs/screenshot.png.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { must, newPage, waitForGraph } from './support/browser.js';
import { canvasNodes, overlappingPairs } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';
import { chromeFacts, conceptsHidden, labelPixels } from './support/screens.js';

const explorer = useExplorer();
const DIR = 'tests/artifacts/screenshots';

const SIZES = [
  // A phone frames the whole graph no smaller than 10 px labels (graph-view/camera.ts): the rest
  // is a pan away, so its concepts may run past the canvas's edge.
  { width: 390, height: 844, minLabel: 10, headerMax: 40, whole: false },
  { width: 1280, height: 720, minLabel: 9, headerMax: 50, whole: true },
  { width: 1920, height: 1080, minLabel: 14, headerMax: 50, whole: true },
] as const;

const LANGS = ['id', 'en'] as const;
const THEMES = ['light', 'dark'] as const;
const LEGEND_HEADING = { id: 'Legenda', en: 'Legend' } as const;

/** The page's background is dark or light, as the theme says (relative luminance). */
async function backgroundIsDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (
      getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []
    ).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  });
}

async function shoot(page: Page, name: string): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  // The camera may still glide to its frame after the layout's "done".
  await page.waitForFunction(() => document.getElementById('graph')?.dataset.camera !== 'moving');
  // Cytoscape redraws labels sharp over a few frames after the camera stops (its element
  // textures are made progressively): a picture taken at once shows some of them blurred.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  await page.waitForTimeout(700);
  const path = `${DIR}/${name}.png`;
  await page.screenshot({ path });
  expect(statSync(path).size).toBeGreaterThan(30_000);
  return path;
}

describe.each(SIZES)('the landing view at $width×$height', (size) => {
  for (const theme of THEMES) {
    for (const lang of LANGS) {
      it(`${theme} theme, ${lang === 'id' ? 'Indonesian' : 'English'}`, async () => {
        const { page, context, errors } = await explorer.open(`lang=${lang}&theme=${theme}`, {
          viewport: { width: size.width, height: size.height },
          colorScheme: theme,
        });
        const path = await shoot(page, `landing-${size.width}x${size.height}-${lang}-${theme}`);
        if (
          process.env.UPDATE_SCREENSHOT &&
          size.width === 1280 &&
          lang === 'en' &&
          theme === 'light'
        ) {
          copyFileSync(path, 'docs/screenshot.png');
        }

        // The language and the theme asked for.
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
        await expect(backgroundIsDark(page)).resolves.toBe(theme === 'dark');
        await expect(page.locator('#legend h2').textContent()).resolves.toBe(LEGEND_HEADING[lang]);

        // The header on one line, the title clear of the preferences; the toolbar in one row.
        const facts = await chromeFacts(page);
        const header = must(facts.header, 'the header');
        expect(facts.titleLines).toBe(1);
        expect(header.height).toBeLessThanOrEqual(size.headerMax);
        expect(must(facts.title, 'the title').right).toBeLessThanOrEqual(
          must(facts.prefs, 'the preferences').left,
        );
        expect(must(facts.prefs, 'the preferences').right).toBeLessThanOrEqual(size.width);
        expect(facts.toolbarRows).toBe(1);
        // The canvas below the chrome, down to the window's bottom edge.
        const graph = must(facts.graph, 'the canvas');
        expect(graph.top).toBeGreaterThanOrEqual(must(facts.toolbar, 'the toolbar').bottom - 0.5);
        expect(graph.bottom).toBeCloseTo(size.height, 0);

        // Labels readable, apart, and (where the whole graph is framed) none cut or covered.
        expect((await labelPixels(page)).min).toBeGreaterThanOrEqual(size.minLabel - 0.01);
        expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
        const hidden = await conceptsHidden(page, [
          '#legend-drawer',
          '#side',
          '#notices',
          '#keys-help',
        ]);
        if (size.whole) expect(hidden).toEqual([]);
        else {
          expect(hidden.filter((p) => p.includes('under'))).toEqual([]);
          const shown = (await canvasNodes(page)).filter((n) => n.visible && !n.group).length;
          expect(hidden.length).toBeLessThan(shown - 10);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('/embed?legend=1 on the whole graph at 1280×720', () => {
  for (const lang of LANGS) {
    it(lang === 'id' ? 'Indonesian' : 'English', async () => {
      const { page, context, errors } = await newPage(explorer.browser);
      await page.goto(
        `${explorer.url}/embed?g=${encodeURIComponent(explorer.graph)}&legend=1&lang=${lang}`,
      );
      await waitForGraph(page);
      await page.waitForFunction(
        () => (document.getElementById('embed-legend')?.querySelectorAll('li').length ?? 0) > 0,
      );
      await shoot(page, `embed-legend-${lang}`);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
      await expect(page.locator('#embed-legend').isVisible()).resolves.toBe(true);
      // Every concept on the canvas, none under the legend or the link, none on another.
      expect(await conceptsHidden(page, ['#embed-legend', '#open-explorer'])).toEqual([]);
      expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe("the phone's drawer and sheet", () => {
  it('the legend drawer open over the canvas', async () => {
    const { page, context, errors } = await explorer.open('lang=en', {
      viewport: { width: 390, height: 844 },
    });
    await page.getByTestId('filters-toggle').click();
    await page.locator('#legend h2').waitFor();
    await shoot(page, 'phone-legend-en-light');
    const drawer = must(await page.locator('#legend-drawer').boundingBox(), 'the drawer');
    expect(drawer.y + drawer.height).toBeCloseTo(844, 0);
    // The canvas reframed above the drawer: the middle of the graph is in the free part.
    await page.waitForFunction(() => document.getElementById('graph')?.dataset.camera !== 'moving');
    const middle = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(): { renderedBoundingBox(o: object): { y1: number; y2: number } } };
        }
      ).cy;
      const box = cy.nodes().renderedBoundingBox({});
      const top = document.getElementById('graph')?.getBoundingClientRect().top ?? 0;
      return top + (box.y1 + box.y2) / 2;
    });
    expect(middle).toBeLessThan(drawer.y);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a concept's details as a sheet, the concept above it", async () => {
    const { page, context, errors } = await explorer.open(
      `lang=id&theme=dark&sel=c:${KNOWN.topic.id}`,
      {
        viewport: { width: 390, height: 844 },
        colorScheme: 'dark',
      },
    );
    await page.locator('[data-testid="quote"]').first().waitFor();
    await shoot(page, 'phone-details-id-dark');
    const sheet = must(await page.locator('#side').boundingBox(), 'the sheet');
    const topic = await page.evaluate((id) => {
      const cy = (
        window as unknown as {
          cy: { getElementById(id: string): { renderedBoundingBox(o: object): { y2: number } } };
        }
      ).cy;
      const top = document.getElementById('graph')?.getBoundingClientRect().top ?? 0;
      return top + cy.getElementById(id).renderedBoundingBox({}).y2;
    }, KNOWN.topic.id);
    expect(topic).toBeLessThanOrEqual(sheet.y);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a concept with its evidence (the README picture)', () => {
  it('at 1280×720', async () => {
    const { page, context } = await explorer.open(`sel=c:${KNOWN.searchable.id}`);
    await page.locator('[data-testid="quote"]').first().waitFor();
    await shoot(page, 'details-id-light');
    await context.close();
  });
});
