// An outside auditor's view: axe-core (WCAG 2.1 A and AA, and best practices) over the explorer at
// landing and with each panel open, in both themes; /embed with and without its legend and with a
// story; and the standalone HTML file exported from the explorer. Every state has no violation;
// a failure lists each rule's id and the elements that break it.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloaded, storyParam } from '../embed/support.js';
import { axePage, pageViolations } from './support/axe.js';
import { waitForGraph } from './support/browser.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';

const explorer = useExplorer();

interface State {
  name: string;
  query?: string;
  open?: (page: Page) => Promise<void>;
}

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The explorer's states: at landing, and with each panel open in turn. */
const STATES: State[] = [
  { name: 'landing' },
  {
    name: 'concept details',
    query: `sel=c:${KNOWN.searchable.id}`,
    open: (page) => byTestId(page, 'details-title').waitFor(),
  },
  {
    name: 'relation details',
    query: `sel=c:${KNOWN.searchable.id}`,
    open: async (page) => {
      await byTestId(page, 'details-title').waitFor();
      await page.locator('[data-testid="details"] .basis-badge[data-relation]').first().click();
      await page.locator('[data-testid="details"] .relation-details').waitFor();
    },
  },
  {
    name: 'path panel',
    query: `path=${KNOWN.pathFrom.id},${KNOWN.pathTo.id}`,
    open: async (page) => {
      await byTestId(page, 'path-close').waitFor();
      await page.locator('[data-testid="path-steps"], [data-testid="path-none"]').first().waitFor();
    },
  },
  {
    name: 'story panel',
    open: async (page) => {
      await byTestId(page, 'story-open').click();
      await byTestId(page, 'story-add').click();
      await byTestId(page, 'story-step').waitFor();
    },
  },
  {
    name: 'list view',
    open: async (page) => {
      await byTestId(page, 'list-toggle').click();
      await page.locator('.list-concepts li').first().waitFor();
    },
  },
  {
    name: 'share dialog',
    open: async (page) => {
      await byTestId(page, 'share-open').click();
      await page.locator('#share-dialog[open]').waitFor();
    },
  },
  {
    name: 'download-data menu',
    open: async (page) => {
      await byTestId(page, 'data-open').click();
      await page.locator('#download-data:popover-open h2').waitFor();
    },
  },
  {
    name: 'text view',
    query: `sel=c:${KNOWN.searchable.id}`,
    open: async (page) => {
      await byTestId(page, 'text-toggle').click();
      await page.locator('#text-view .text-scroll .passage').first().waitFor();
    },
  },
];

/** A view named in its query: the graph's layout done, and one frame more for the panels. */
async function settle(page: Page): Promise<void> {
  await waitForGraph(page);
  await page.waitForFunction(() => document.documentElement.dataset.status !== 'loading');
}

describe.each(['light', 'dark'] as const)('the explorer in the %s theme', (theme) => {
  it.each(STATES)('has no axe-core violation: $name', async (state) => {
    const { page, context } = await axePage(explorer.browser);
    const query = [`theme=${theme}`, state.query].filter(Boolean).join('&');
    await page.goto(explorer.at(query));
    await settle(page);
    await state.open?.(page);
    const violations = await pageViolations(page);
    expect(violations, `${state.name}:\n${violations}`).toBe('');
    await context.close();
  });
});

describe('the embed view', () => {
  const story = storyParam([
    { name: 'The whole graph', query: `g=${explorer.graph}` },
    { name: 'A neighbourhood', query: `g=${explorer.graph}&focus=${KNOWN.expandable}` },
  ]);
  const CASES = [
    { name: 'plain', query: '' },
    { name: 'with its legend', query: '&legend=1' },
    { name: 'playing a story', query: `&story=${story}` },
    { name: 'with its legend, in a short frame', query: '&legend=1', height: 260 },
  ];

  it.each(['light', 'dark'] as const)('has no axe-core violation (%s theme)', async (theme) => {
    const found: string[] = [];
    for (const c of CASES) {
      const { page, context } = await axePage(explorer.browser, {
        width: c.height ? 480 : 1280,
        height: c.height ?? 720,
      });
      await page.goto(`${explorer.url}/embed?g=${explorer.graph}&theme=${theme}${c.query}`);
      await settle(page);
      if (c.query.includes('legend')) {
        await page.waitForFunction(
          () => (document.getElementById('embed-legend')?.querySelectorAll('li').length ?? 0) > 0,
        );
      }
      const violations = await pageViolations(page);
      if (violations) found.push(`${c.name}:\n${violations}`);
      await context.close();
    }
    expect(found, found.join('\n\n')).toEqual([]);
  });
});

describe('the standalone HTML file', () => {
  it('has no axe-core violation, as exported and with a concept and its text open', async () => {
    const { page, context } = await axePage(explorer.browser);
    await page.goto(explorer.at('lang=en'));
    await settle(page);
    await byTestId(page, 'share-open').click();
    const file = await downloaded(page, () => byTestId(page, 'export-html').click());
    const path = join(await mkdtemp(join(tmpdir(), 'ks-a11y-')), 'standalone.html');
    await writeFile(path, file);

    await page.goto(pathToFileURL(path).href);
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    const found: string[] = [];
    const check = async (name: string) => {
      const violations = await pageViolations(page);
      if (violations) found.push(`${name}:\n${violations}`);
    };
    await check('as exported');
    await page.locator(`g.node[data-id="${KNOWN.searchable.id}"]`).click();
    await page.locator('button.text-toggle').click();
    await page.locator('#ks-text:not([hidden])').waitFor();
    await check('a concept selected, the text open');
    expect(found, found.join('\n\n')).toEqual([]);
    await context.close();
  });
});
