// Story mode in the explorer, in Chromium: save three views as steps, rename, reorder and delete,
// present them with the arrow keys and leave with Escape, copy the links, and get the same steps
// back from the downloaded JSON file and from the explorer link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, waitForGraph, waitForLayout } from '../e2e/support/browser.js';
import { visibleNodeIds } from '../e2e/support/canvas.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { downloaded } from './support.js';

const explorer = useExplorer();

const stepNames = (page: Page) =>
  page
    .getByTestId('story-step-name')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

async function rename(page: Page, index: number, name: string) {
  const input = page.getByTestId('story-step-name').nth(index);
  await input.fill(name);
  await input.press('Enter');
  await input.blur();
}

const presented = (page: Page) =>
  page.evaluate(() => ({
    presenting: document.documentElement.dataset.presenting ?? null,
    step: document.documentElement.dataset.storyStep ?? null,
    caption: document.querySelector('[data-testid="story-caption"] strong')?.textContent ?? null,
    toolbarShown: (document.getElementById('toolbar')?.offsetParent ?? null) !== null,
  }));

describe('story mode in the explorer', () => {
  it('saves, edits, presents, links, downloads and loads a story', async () => {
    const { page, errors } = await newPage(explorer.browser);
    await page.goto(explorer.at(`focus=${KNOWN.expandable}&lang=en`));
    await waitForGraph(page);
    const forumIds = await visibleNodeIds(page);
    await page.getByTestId('story-open').click();
    await page.getByTestId('story-add').click();

    // Step 2: the same concept's neighbourhood, two relations deep.
    await page.goto(
      explorer
        .at(`focus=${KNOWN.expandable}&depth=2&lang=en`)
        .concat(`&story=${new URL(page.url()).searchParams.get('story') ?? ''}`),
    );
    await waitForGraph(page);
    const deepIds = await visibleNodeIds(page);
    expect(deepIds.length).toBeGreaterThan(forumIds.length);
    // The story came back with the address (it lives there, not on a server).
    expect(await stepNames(page)).toEqual(['Step 1']);
    await page.getByTestId('story-add').click();

    // Step 3: the whole graph, reached with the toolbar.
    await page.getByTestId('whole-graph').click();
    await waitForLayout(page);
    const allIds = await visibleNodeIds(page);
    expect(allIds.length).toBeGreaterThan(deepIds.length);
    await page.getByTestId('story-add').click();
    expect(await stepNames(page)).toEqual(['Step 1', 'Step 2', 'Step 3']);

    await rename(page, 0, 'Kecamatan forum');
    await rename(page, 1, 'Two steps out');
    await rename(page, 2, 'Everything');
    // Reorder: "Everything" up to the middle; then a fourth step added and deleted.
    await page.getByTestId('story-up-2').click();
    expect(await stepNames(page)).toEqual(['Kecamatan forum', 'Everything', 'Two steps out']);
    await page.getByTestId('story-add').click();
    await page.getByTestId('story-remove-3').click();
    expect(await stepNames(page)).toEqual(['Kecamatan forum', 'Everything', 'Two steps out']);
    await page.screenshot({ path: 'tests/artifacts/story-panel.png' });

    // Present: full screen without chrome, arrows move, the canvas shows each step's concepts.
    await page.getByTestId('story-present').click();
    const at = async (step: number, name: string, ids: string[]) => {
      await expect
        .poll(async () => (await presented(page)).step, { timeout: 60_000 })
        .toBe(String(step));
      await waitForLayout(page);
      await expect
        .poll(async () => [...(await visibleNodeIds(page))].sort(), { timeout: 60_000 })
        .toEqual([...ids].sort());
      expect(await presented(page)).toMatchObject({
        presenting: '1',
        caption: name,
        toolbarShown: false,
      });
    };
    await at(0, 'Kecamatan forum', forumIds);
    await page.screenshot({ path: 'tests/artifacts/story-present-0.png' });
    await page.keyboard.press('ArrowRight');
    await at(1, 'Everything', allIds);
    await page.screenshot({ path: 'tests/artifacts/story-present-1.png' });
    await page.keyboard.press('ArrowRight');
    await at(2, 'Two steps out', deepIds);
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await at(2, 'Two steps out', deepIds);
    await page.keyboard.press('ArrowLeft');
    await at(1, 'Everything', allIds);
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => (await presented(page)).presenting, { timeout: 30_000 })
      .toBeNull();
    expect((await presented(page)).toolbarShown).toBe(true);

    // Links: the embed link carries the steps; the explorer link restores them in the panel.
    const embedLink = await page.getByTestId('story-embed-link').inputValue();
    const encoded = new URL(embedLink).searchParams.get('story') ?? '';
    const linked = JSON.parse(Buffer.from(encoded, 'base64url').toString()) as {
      steps: { name: string; query: string }[];
    };
    expect(linked.steps.map((s) => s.name)).toEqual([
      'Kecamatan forum',
      'Everything',
      'Two steps out',
    ]);
    expect(new URL(embedLink).pathname).toBe('/embed');

    // Download, then load the file into a fresh explorer without any story.
    const file = await downloaded(page, () => page.getByTestId('story-download').click());
    const saved = JSON.parse(file.toString()) as typeof linked & { v: number };
    expect(saved).toEqual({ ...linked, v: 1 });
    const explorerLink = await page.getByTestId('story-explorer-link').inputValue();
    await page.close();

    const fresh = await newPage(explorer.browser);
    await fresh.page.goto(explorer.at('lang=en'));
    await waitForGraph(fresh.page);
    await fresh.page.getByTestId('story-open').click();
    await expect(fresh.page.getByTestId('story-step').count()).resolves.toBe(0);
    await fresh.page.getByTestId('story-file').setInputFiles({
      name: 'story.json',
      mimeType: 'application/json',
      buffer: file,
    });
    await expect
      .poll(() => stepNames(fresh.page))
      .toEqual(['Kecamatan forum', 'Everything', 'Two steps out']);
    // A file that is not a story is refused with a message, and the steps stay.
    await fresh.page.getByTestId('story-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"v":2}'),
    });
    await fresh.page.locator('.story-error').waitFor();
    expect(await stepNames(fresh.page)).toHaveLength(3);
    await fresh.page.close();

    const linkedPage = await newPage(explorer.browser);
    await linkedPage.page.goto(explorerLink);
    await waitForGraph(linkedPage.page);
    expect(await stepNames(linkedPage.page)).toEqual([
      'Kecamatan forum',
      'Everything',
      'Two steps out',
    ]);
    expect([...(await visibleNodeIds(linkedPage.page))].sort()).toEqual([...forumIds].sort());
    await linkedPage.page.close();
    expect(errors).toEqual([]);
  }, 400_000);
});
