// The embed view in Chromium: parameters decide what it shows, no explorer chrome, the frame
// policy header follows the setting.
import { describe, expect, it } from 'vitest';
import { createApp, listen } from '../../server/app.js';
import { readServerConfig } from '../../server/config.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { visibleNodeIds } from '../e2e/support/canvas.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';

const explorer = useExplorer();

describe('the embed view', () => {
  it('shows exactly the concepts of the view in its link, without the explorer chrome', async () => {
    const query = `focus=${KNOWN.expandable}&lang=en&legend=1&interactive=0`;
    const { page, errors } = await newPage(explorer.browser);
    await page.goto(explorer.at(`focus=${KNOWN.expandable}&lang=en`));
    await waitForGraph(page);
    const expected = await visibleNodeIds(page);
    await page.goto(`${explorer.url}/embed?g=${explorer.graph}&${query}`);
    await waitForGraph(page);
    expect(await visibleNodeIds(page)).toEqual(expected);
    expect(expected).toContain(KNOWN.expandable);
    for (const chrome of ['#toolbar', '#search', '#header', '#side', '#legend'])
      expect(await page.locator(chrome).count()).toBe(0);
    await expect(page.locator('#embed-legend').isVisible()).resolves.toBe(true);
    await expect(page.locator('#shield').isVisible()).resolves.toBe(true);
    const href = await page.locator('#open-explorer').getAttribute('href');
    expect(href).toContain(`focus=${KNOWN.expandable}`);
    await page.screenshot({ path: 'tests/artifacts/embed-view.png' });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('lists relations of meaning apart from the structure in its legend', async () => {
    const legendOf = (page: import('playwright-core').Page) =>
      page.$$eval('#embed-legend h2', (headings) =>
        Object.fromEntries(
          headings.map((h) => [
            (h as HTMLElement).dataset.role ?? '',
            {
              heading: h.textContent,
              rows: [...(h.nextElementSibling?.querySelectorAll('li') ?? [])].map(
                (li) => li.textContent,
              ),
            },
          ]),
        ),
      );
    const { page, errors } = await newPage(explorer.browser);
    await page.goto(`${explorer.url}/embed?g=${explorer.graph}&lang=en&legend=1`);
    await waitForGraph(page);
    await page.waitForFunction(
      () => document.querySelector('#embed-legend [data-role="structure"]') !== null,
    );
    const legend = await legendOf(page);
    expect(Object.keys(legend)).toEqual(['kinds', 'meaning', 'structure']);
    expect(legend.meaning?.heading).toBe('Relations of meaning');
    expect(legend.meaning?.rows).toContain('supports');
    expect(legend.meaning?.rows).not.toContain('has section');
    expect(legend.meaning?.rows).not.toContain('contains');
    // Sections are drawn as boxes by default: the box stands for "contains", drawn as no line.
    expect(legend.structure?.heading).toBe('Structure of the text');
    expect(legend.structure?.rows[0]).toBe('Section (a box around its concepts)');
    expect(legend.structure?.rows).not.toContain('contains');
    await page.screenshot({ path: 'tests/artifacts/embed-legend-split.png' });

    await page.goto(`${explorer.url}/embed?g=${explorer.graph}&lang=id&legend=1&sections=edges`);
    await waitForGraph(page);
    await page.waitForFunction(
      () => document.querySelector('#embed-legend [data-role="structure"]') !== null,
    );
    const asEdges = await legendOf(page);
    expect(asEdges.meaning?.heading).toBe('Relasi makna');
    expect(asEdges.meaning?.rows).toContain('mendukung');
    expect(asEdges.structure).toEqual({
      heading: 'Struktur teks',
      rows: ['memiliki bagian', 'memuat'],
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('hides filtered kinds and uses the theme and transparent background', async () => {
    const { page } = await newPage(explorer.browser);
    await page.goto(
      `${explorer.url}/embed?g=${explorer.graph}&hk=${KNOWN.kind}&theme=dark&bg=transparent`,
    );
    await waitForGraph(page);
    const kinds = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] } };
        }
      ).cy;
      return cy.nodes(':visible').map((n) => String(n.data('kind')));
    });
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).not.toContain(KNOWN.kind);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
    await page.close();
  }, 120_000);

  it('lets any origin and decks on disk frame /embed by default, only ourselves the explorer', async () => {
    const embed = await fetch(`${explorer.url}/embed?g=${explorer.graph}`);
    expect(embed.status).toBe(200);
    // `*` matches network schemes only: `file:` lets a deck opened from disk frame it.
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \* file:(;|$)/);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const app = await fetch(`${explorer.url}/`);
    expect(app.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(app.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('sends the configured EMBED_ALLOWED_ORIGINS, and refuses a malformed one', async () => {
    const config = readServerConfig({
      EMBED_ALLOWED_ORIGINS: 'https://slides.example.org  https://*.gov.id',
    });
    const db = explorer.db;
    if (!db) throw new Error('no database');
    const server = createApp({ db, embedAllowedOrigins: config.embedAllowedOrigins });
    const port = await listen(server, 0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/embed`);
      // A restricted list is sent as it is: no `file:` added.
      expect(res.headers.get('content-security-policy')).toMatch(
        /frame-ancestors https:\/\/slides\.example\.org {2}https:\/\/\*\.gov\.id(;|$)/,
      );
    } finally {
      server.closeAllConnections();
      server.close();
    }
    expect(() =>
      readServerConfig({ EMBED_ALLOWED_ORIGINS: "* ; script-src 'unsafe-inline'" }),
    ).toThrow(/EMBED_ALLOWED_ORIGINS/);
    expect(readServerConfig({}).embedAllowedOrigins).toBe('*');
  });
});
