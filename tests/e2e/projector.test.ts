// A projector: `?scale=` (1 to 2.5) or the header's text-size control makes the page's text and the
// graph's labels larger, kept in the address like the rest of the view; a value out of range or
// not a number is the default size, without an error.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { must, waitForGraph } from './support/browser.js';
import { canvasNodes, overlappingPairs } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { chromeFacts, labelPixels } from './support/screens.js';

const explorer = useExplorer();
const PROJECTOR = { width: 1920, height: 1080 };

/** What grows with the text size: the title's and a toolbar button's height, labels' sizes. */
async function sizes(page: Page) {
  const text = await page.evaluate(() => ({
    title: document.querySelector('.title')?.getBoundingClientRect().height ?? 0,
    button: document.querySelector('[data-testid="fit"]')?.getBoundingClientRect().height ?? 0,
    legendRow:
      document.querySelector('#legend .legend-toggle')?.getBoundingClientRect().height ?? 0,
    control: document.querySelector<HTMLSelectElement>('[data-testid="text-size"]')?.value,
  }));
  const fonts = await page.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: { nodes(): { filter(f: (n: { isParent(): boolean }) => boolean): unknown[] } };
      }
    ).cy;
    return (cy.nodes().filter((n) => !n.isParent()) as { data(key: string): unknown }[]).map((n) =>
      Number(n.data('fontSize')),
    );
  });
  return { ...text, smallestFont: Math.min(...fonts), labels: await labelPixels(page) };
}

describe('text size for a projector', () => {
  it('?scale=1.5 makes the page text and the graph labels larger, labels still apart', async () => {
    const normal = await explorer.open('lang=en', { viewport: PROJECTOR });
    const base = await sizes(normal.page);
    await normal.context.close();

    const { page, context, errors } = await explorer.open('lang=en&scale=1.5', {
      viewport: PROJECTOR,
    });
    const large = await sizes(page);
    expect(large.control).toBe('1.5');
    expect(large.title / base.title).toBeCloseTo(1.5, 1);
    expect(large.button / base.button).toBeCloseTo(1.5, 1);
    expect(large.legendRow / base.legendRow).toBeCloseTo(1.5, 1);
    expect(large.smallestFont / base.smallestFont).toBeCloseTo(1.5, 1);
    // Read from the back of a room: at least 12 px × 1.5 on screen, and larger than at 1.
    expect(large.labels.min).toBeGreaterThanOrEqual(18 - 0.01);
    expect(large.labels.min).toBeGreaterThan(base.labels.min);
    expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
    // The header still one line, its title clear of the preferences.
    const facts = await chromeFacts(page);
    expect(facts.titleLines).toBe(1);
    expect(must(facts.title, 'title').right).toBeLessThanOrEqual(must(facts.prefs, 'prefs').left);
    expect(facts.toolbarRows).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the text-size control changes the size and the address, keeping the view', async () => {
    const { page, context, errors } = await explorer.open('lang=en&theme=dark', {
      viewport: PROJECTOR,
    });
    const before = await sizes(page);
    expect(before.control).toBe('1');
    await Promise.all([
      page.waitForURL(/[?&]scale=2(&|$)/),
      page.getByTestId('text-size').selectOption('2'),
    ]);
    await waitForGraph(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('scale')).toBe('2');
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('theme')).toBe('dark');
    const after = await sizes(page);
    expect(after.control).toBe('2');
    expect(after.title / before.title).toBeCloseTo(2, 1);
    expect(after.smallestFont / before.smallestFont).toBeCloseTo(2, 1);
    expect(after.labels.min).toBeGreaterThanOrEqual(24 - 0.01);

    // Back to 100 %: the parameter leaves the address.
    await Promise.all([
      page.waitForURL((u) => !u.searchParams.has('scale')),
      page.getByTestId('text-size').selectOption('1'),
    ]);
    await waitForGraph(page);
    expect((await sizes(page)).smallestFont).toBeCloseTo(before.smallestFont, 5);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const value of ['abc', '9', '0', '-1', '']) {
    it(`?scale=${value} falls back to the default size`, async () => {
      const { page, context, errors } = await explorer.open(`scale=${value}`, {
        viewport: { width: 1280, height: 720 },
      });
      const facts = await sizes(page);
      expect(facts.control).toBe('1');
      expect(facts.smallestFont).toBe(13);
      expect(
        await page.evaluate(() =>
          getComputedStyle(document.documentElement).getPropertyValue('--ui-scale').trim(),
        ),
      ).toBe('1');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
