// "Download data" in the explorer, in Chromium: the toolbar's menu offers GraphML, the two CSV
// tables and JSON of the whole graph and of the view (its focus and the legend's filters), as
// real downloads from the server's exports with their file names, each file what it says it is.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForLayout } from './support/browser.js';
import { visibleNodeIds } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';
import { axeViolations } from './support/text.js';

const explorer = useExplorer();

const FORMATS = {
  graphml: { type: 'application/graphml+xml', start: '<?xml' },
  'concepts.csv': { type: 'text/csv', start: 'id,label,kind,' },
  'relations.csv': { type: 'text/csv', start: 'id,from,to,type,' },
  json: { type: 'application/json', start: '{"graph":' },
} as const;
type Format = keyof typeof FORMATS;

interface ExportJson {
  lang: string;
  focus: { id: string; depth: number } | null;
  filter: { basis: string | null };
  concepts: { id: string; kind: string }[];
  relations: { basis: string }[];
}

/** Clicks a link of the menu; the browser saves a file: its name, its bytes and the link. */
async function download(page: Page, testId: string) {
  const link = page.getByTestId(testId);
  const href = (await link.getAttribute('href')) ?? '';
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: await readFile(path, 'utf8'), href };
}

async function openMenu(page: Page) {
  await page.getByTestId('data-open').click();
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="download-data"]')?.matches(':popover-open'),
  );
}

describe('Download data', () => {
  it('downloads the whole graph and the view in every format', async () => {
    const { page, errors } = await explorer.open(`focus=${KNOWN.expandable}&depth=2&lang=en`);
    // The view: a neighbourhood two relations deep, with inferred relations filtered out.
    await page.getByTestId('basis-inferred').click();
    await waitForLayout(page);
    await openMenu(page);
    const summary = await page.getByTestId('data-view-summary').innerText();
    expect(summary).toContain('depth 2');
    expect(summary).toContain('stated relations only');

    const graph = explorer.graph;
    const files: Record<string, { name: string; body: string }> = {};
    for (const part of ['whole', 'view'] as const) {
      for (const [format, { type, start }] of Object.entries(FORMATS) as [
        Format,
        (typeof FORMATS)[Format],
      ][]) {
        const got = await download(page, `data-${part}-${format.replace('.', '-')}`);
        const base = part === 'whole' ? graph : `${graph}--${KNOWN.expandable}-depth2-filtered`;
        expect(got.name).toBe(`${base}.${format}`);
        expect(got.body.startsWith(start), `${got.name} starts with ${start}`).toBe(true);
        // The same address over HTTP says what the file is.
        const res = await fetch(new URL(got.href, explorer.url), { method: 'HEAD' });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain(type);
        files[`${part}.${format}`] = got;
      }
    }
    // The menu stays open for the next download.
    expect(
      await page.evaluate(() =>
        document.querySelector('[data-testid="download-data"]')?.matches(':popover-open'),
      ),
    ).toBe(true);

    const whole = JSON.parse(files['whole.json']?.body ?? '') as ExportJson;
    const view = JSON.parse(files['view.json']?.body ?? '') as ExportJson;
    expect(whole.focus).toBeNull();
    expect(view.focus).toEqual({ id: KNOWN.expandable, depth: 2 });
    expect(view.filter.basis).toBe('stated');
    expect(view.relations.every((r) => r.basis === 'stated')).toBe(true);
    // The view's file holds concepts the canvas shows, fewer than the whole graph.
    const shown = new Set(await visibleNodeIds(page));
    expect(view.concepts.map((c) => c.id)).toContain(KNOWN.expandable);
    expect(view.concepts.every((c) => shown.has(c.id))).toBe(true);
    expect(view.concepts.length).toBeLessThan(whole.concepts.length);
    // Labels in English, as the view is in English.
    expect([whole.lang, view.lang]).toEqual(['en', 'en']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the view is the whole graph, and is reachable and named for every reader', async () => {
    const { page, context } = await explorer.open('lang=id');
    // By keyboard: the button is in the toolbar's tab order and Enter opens the menu.
    await page.getByTestId('data-open').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="download-data"]')?.matches(':popover-open'),
    );
    expect(await page.getByTestId('data-view-summary').count()).toBe(0);
    await expect(page.getByTestId('download-data').innerText()).resolves.toContain(
      'Tampilan ini adalah seluruh graf',
    );
    // Each link's name says which file of what.
    expect(
      await page.getByRole('link', { name: 'GraphML, seluruh graf' }).getAttribute('href'),
    ).toBe(`/export/${encodeURIComponent(explorer.graph)}.graphml`);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('#download-data') !== null),
    ).toBe(true);
    // Escape closes it and gives focus back to its button.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="download-data"]')?.matches(':popover-open'),
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'data-open',
    );
    await context.close();

    const axe = await explorer.browser.newContext({ bypassCSP: true });
    const axePage = await axe.newPage();
    await axePage.goto(explorer.at(`focus=${KNOWN.expandable}&lang=id`));
    await axePage.waitForFunction(
      () => document.getElementById('graph')?.dataset.layoutState === 'done',
    );
    await openMenu(axePage);
    expect(await axeViolations(axePage, ['#download-data', '#toolbar'])).toEqual([]);
    await axe.close();
  });
});
