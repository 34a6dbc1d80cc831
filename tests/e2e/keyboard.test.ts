// Keyboard paths through the explorer: a search hit takes the keys to the graph, on that concept,
// and the arrows walk its neighbours; the skip links reach the graph, the search, the legend and
// the details; every panel closes with Escape and with a close button that has a name, and the
// focus goes back to what opened the panel.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForLayout } from './support/browser.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';

const explorer = useExplorer();

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** What has the focus: an id, a test id, or a tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return 'body';
    return a.id ? `#${a.id}` : a.dataset.testid ? `[${a.dataset.testid}]` : a.tagName.toLowerCase();
  });

/** The concepts the canvas joins to `id` (by a drawn relation, or as its box or its box's content). */
const neighboursOf = (page: Page, id: string) =>
  page.evaluate((center) => {
    interface Node {
      id(): string;
      connectedEdges(): { connectedNodes(): { map<T>(f: (n: Node) => T): T[] } };
      children(): { map<T>(f: (n: Node) => T): T[] };
      parent(): { map<T>(f: (n: Node) => T): T[] };
    }
    const cy = (window as unknown as { cy: { getElementById(id: string): Node } }).cy;
    const node = cy.getElementById(center);
    return [
      ...node
        .connectedEdges()
        .connectedNodes()
        .map((n) => n.id()),
      ...node.children().map((n) => n.id()),
      ...node.parent().map((n) => n.id()),
    ].filter((n) => n !== center);
  }, id);

const cursorId = (page: Page) =>
  page.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } };
      }
    ).cy;
    return cy.nodes('.cursor').map((n) => n.id())[0] ?? null;
  });

describe('from the search to the graph', () => {
  it.each(['Enter', 'click'] as const)(
    'a hit chosen with %s puts the focus on the graph at that concept; the arrows walk its neighbours',
    async (how) => {
      const { page, context, errors } = await explorer.open('lang=en');
      await page.keyboard.press('/');
      await page.keyboard.type(KNOWN.searchable.query);
      const hit = page.locator(`#search .search-hit[data-id="${KNOWN.searchable.id}"]`);
      await hit.waitFor();
      if (how === 'Enter') {
        // Down the list to the hit, then Enter.
        for (let i = 0; i < 10; i++) {
          await page.keyboard.press('ArrowDown');
          if ((await hit.getAttribute('aria-selected')) === 'true') break;
        }
        await page.keyboard.press('Enter');
      } else await hit.click();

      await expect.poll(() => focused(page)).toBe('#graph');
      await expect(byTestId(page, 'details-title').textContent()).resolves.toBe(
        KNOWN.searchable.labelEn,
      );
      // The live region says what was selected.
      await expect
        .poll(() => page.locator('#live').textContent())
        .toContain(KNOWN.searchable.labelEn);
      await waitForLayout(page);

      const neighbours = await neighboursOf(page, KNOWN.searchable.id);
      expect(neighbours.length).toBeGreaterThan(0);
      await page.keyboard.press('ArrowRight');
      const first = await cursorId(page);
      expect(neighbours).toContain(first);
      await page.keyboard.press('ArrowRight');
      const second = await cursorId(page);
      expect(neighbours).toContain(second);
      if (neighbours.length > 1) expect(second).not.toBe(first);
      // Enter moves the selection to the neighbour under the cursor.
      await page.keyboard.press('Enter');
      await expect
        .poll(() => new URL(page.url()).searchParams.get('sel'))
        .toBe(`c:${second ?? ''}`);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe('skip links', () => {
  it('are the first stops, show on focus, and reach the graph, the search, the legend', async () => {
    const { page, context } = await explorer.open('lang=en');
    const targets: [string, string][] = [
      ['Skip to the graph', '#graph'],
      ['Skip to the search', 'search-input'],
      ['Skip to the legend', '#legend'],
    ];
    for (const [index, [label, target]] of targets.entries()) {
      await page.goto(explorer.at('lang=en'));
      await page.locator('#graph[data-layout-state="done"]').waitFor();
      for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
      const link = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const box = a.getBoundingClientRect();
        return { text: a.textContent, visible: box.top >= 0 && box.height > 0 && box.width > 0 };
      });
      expect(link).toEqual({ text: label, visible: true });
      await page.keyboard.press('Enter');
      if (target === 'search-input') {
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.closest('#search') !== null))
          .toBe(true);
      } else await expect.poll(() => focused(page)).toBe(target);
    }
    // No details to skip to: that link is not offered.
    await expect(page.getByText('Skip to the details').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('reach the details when something is selected, and the graph from the list view', async () => {
    const { page, context } = await explorer.open(`lang=en&sel=c:${KNOWN.searchable.id}`);
    await byTestId(page, 'details-title').waitFor();
    const details = page.getByText('Skip to the details');
    await details.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('[details-title]');

    // The graph's link leaves the list view to reach the graph.
    await byTestId(page, 'list-toggle').click();
    await page.locator('.list-concepts').waitFor();
    await page.getByText('Skip to the graph').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('#graph');
    await expect(page.locator('#list-view').isHidden()).resolves.toBe(true);
    await context.close();
  });
});

interface Panel {
  name: string;
  /** The toolbar's button that opens it (the focus comes back to it). */
  opener: string;
  open: (page: Page) => Promise<void>;
  /** Where the focus is put inside the panel before Escape. */
  inside: string;
  close: string;
  isOpen: (page: Page) => Promise<boolean>;
}

const PANELS: Panel[] = [
  {
    name: 'path',
    opener: 'path-toggle',
    open: async (page) => {
      await byTestId(page, 'path-toggle').click();
      await byTestId(page, 'path-close').waitFor();
    },
    inside: '[data-testid="path-from"] input',
    close: 'path-close',
    isOpen: (page) => byTestId(page, 'path-panel').isVisible(),
  },
  {
    name: 'story',
    opener: 'story-open',
    open: async (page) => {
      await byTestId(page, 'story-open').click();
      await byTestId(page, 'story-close').waitFor();
    },
    inside: '[data-testid="story-title"]',
    close: 'story-close',
    isOpen: (page) => byTestId(page, 'story-panel').isVisible(),
  },
  {
    name: 'list',
    opener: 'list-toggle',
    open: async (page) => {
      await byTestId(page, 'list-toggle').click();
      await byTestId(page, 'list-close').waitFor();
    },
    inside: '.list-concepts button',
    close: 'list-close',
    isOpen: (page) => page.locator('#list-view').isVisible(),
  },
  {
    name: 'text',
    opener: 'text-toggle',
    open: async (page) => {
      await byTestId(page, 'text-toggle').click();
      await byTestId(page, 'text-close').waitFor();
    },
    inside: '[data-testid="text-close"]',
    close: 'text-close',
    isOpen: (page) => page.locator('#text-view').isVisible(),
  },
  {
    name: 'share',
    opener: 'share-open',
    open: async (page) => {
      await byTestId(page, 'share-open').click();
      await page.locator('#share-dialog[open]').waitFor();
    },
    inside: '[data-testid="share-link"]',
    close: 'share-close',
    isOpen: (page) => page.locator('#share-dialog[open]').isVisible(),
  },
  {
    name: 'download data',
    opener: 'data-open',
    open: async (page) => {
      await byTestId(page, 'data-open').click();
      await byTestId(page, 'data-close').waitFor();
    },
    inside: '[data-testid="data-close"]',
    close: 'data-close',
    isOpen: (page) => page.locator('#download-data:popover-open').isVisible(),
  },
];

describe('every panel closes with Escape and with its close button', () => {
  it.each(PANELS)('$name: the focus goes back to its opener', async (panel) => {
    const { page, context, errors } = await explorer.open('lang=en');
    for (const how of ['Escape', 'button'] as const) {
      await panel.open(page);
      const close = byTestId(page, panel.close);
      // The close button is drawn and has a name.
      await expect(close.isVisible()).resolves.toBe(true);
      const name = (await close.getAttribute('aria-label')) ?? (await close.textContent()) ?? '';
      expect(name.trim().length).toBeGreaterThan(1);
      if (how === 'Escape') {
        await page.locator(panel.inside).first().focus();
        await page.keyboard.press('Escape');
      } else await close.click();
      await expect.poll(() => panel.isOpen(page)).toBe(false);
      await expect.poll(() => focused(page)).toBe(`[${panel.opener}]`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('details: Escape and the close button give the focus back to the graph', async () => {
    const { page, context } = await explorer.open('lang=en');
    for (const how of ['Escape', 'button'] as const) {
      await page.locator('#graph').focus();
      await page.keyboard.press('ArrowRight');
      await byTestId(page, 'details-title').waitFor();
      const close = byTestId(page, 'details-close');
      await expect(close.getAttribute('aria-label')).resolves.toBe('Close the details');
      await close.focus();
      if (how === 'Escape') await page.keyboard.press('Escape');
      else await page.keyboard.press('Enter');
      await byTestId(page, 'details').waitFor({ state: 'hidden' });
      await expect.poll(() => focused(page)).toBe('#graph');
    }
    await context.close();
  });
});
