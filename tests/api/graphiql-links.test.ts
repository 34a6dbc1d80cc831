// GraphiQL's welcome links the API guide (docs/api.md, served at /docs/api.md) and the exports
// of each loaded graph; every one of those links answers, and the page still fits the window.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from '../e2e/support/browser.js';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-graphiql-links');

/** The hrefs of the welcome line above GraphiQL's editor. */
function welcomeLinks(html: string): string[] {
  const nav = /<nav class="ks-welcome"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  return [...nav.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

describe("GraphiQL's welcome", () => {
  it('links the API guide and the graph’s four exports, and each link answers 200', async () => {
    const res = await fetch(`${h.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    const links = welcomeLinks(html);
    const exports = ['graphml', 'concepts.csv', 'relations.csv', 'json'].map(
      (format) => `/export/${h.graph}.${format}`,
    );
    expect(links).toContain('/docs/api.md');
    expect(links).toEqual(expect.arrayContaining(exports));
    // The welcome tab names them too (a tab is text, so the line above holds the clickable ones).
    expect(html).toContain('/docs/api.md');
    expect(html).toContain(`/export/${h.graph}.graphml`);

    // Other test files load and drop graphs of their own meanwhile: only this file's are checked.
    const ours = links.filter((href) => !href.startsWith('/export/') || exports.includes(href));
    const types: Record<string, string> = {};
    for (const href of ours) {
      const answer = await fetch(`${h.url}${href}`);
      expect(answer.status, href).toBe(200);
      types[href] = answer.headers.get('content-type') ?? '';
      await answer.arrayBuffer();
    }
    expect(types[`/export/${h.graph}.graphml`]).toContain('application/graphml+xml');
    expect(types[`/export/${h.graph}.json`]).toContain('application/json');
    expect(types['/docs/api.md']).toBe('text/markdown; charset=utf-8');
  });

  it('serves docs/api.md as it is in the repository', async () => {
    const res = await fetch(`${h.url}/docs/api.md`);
    expect(await res.text()).toBe(await readFile('docs/api.md', 'utf8'));
    // Nothing else of the folder is served.
    expect((await fetch(`${h.url}/docs/architecture.md`)).status).toBe(404);
  });

  it('shows the links above the editor in Chromium, and the page still fits the window', async () => {
    const browser = await launchBrowser();
    try {
      const { page, errors } = await newPage(browser);
      // A page of text has no icon: the browser's own /favicon.ico request is the only miss.
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(r.url());
      });
      await page.goto(`${h.url}/graphql`);
      await page.locator('.graphiql-execute-button').waitFor();
      const guide = page.getByRole('link', { name: 'API guide (docs/api.md)' });
      expect(await guide.isVisible()).toBe(true);
      expect(await page.getByRole('navigation', { name: 'API guide and downloads' }).count()).toBe(
        1,
      );
      // The editor takes what the line leaves: the page itself does not scroll.
      const fits = await page.evaluate(
        () => document.documentElement.scrollHeight <= window.innerHeight,
      );
      expect(fits).toBe(true);
      await page.screenshot({ path: 'tests/artifacts/screenshots/graphiql-welcome.png' });
      await guide.click();
      await page.waitForURL(`${h.url}/docs/api.md`);
      expect(await page.locator('body').innerText()).toContain('# The GraphQL API and the exports');
      expect(failed).toEqual([]);
      expect(errors.filter((e) => !/favicon|Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
