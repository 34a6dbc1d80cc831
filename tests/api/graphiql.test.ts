// GraphiQL at /graphql for a browser, with the worked examples preloaded; plain GET queries work.
import { describe, expect, it } from 'vitest';
import { launchBrowser, newPage } from '../e2e/support/browser.js';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-graphiql');

describe('GraphiQL', () => {
  it('is served to a browser with example tabs and a page policy that lets it load', async () => {
    const res = await fetch(`${h.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    // Served from here, not from a CDN: the page policy names no other host.
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'unsafe-inline' blob:/);
    expect(policy).not.toMatch(/https?:\/\//);
    const html = await res.text();
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).toContain('Keserasian Sosial GraphQL');
    expect(html).toContain('defaultTabs');
    expect(html).toContain('conceptCount');
  });

  it('renders in Chromium and runs a query with every other host out of reach', async () => {
    const browser = await launchBrowser();
    try {
      const { page, errors } = await newPage(browser);
      const elsewhere: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(h.url) || url.startsWith('blob:') || url.startsWith('data:'))
          return route.continue();
        elsewhere.push(url);
        return route.abort();
      });
      await page.goto(`${h.url}/graphql`);
      // The preloaded example tab runs with the toolbar's execute button.
      const run = page.locator('.graphiql-execute-button');
      await run.waitFor();
      const answered = page.waitForResponse(
        (r) => r.url().startsWith(`${h.url}/graphql`) && r.request().method() === 'POST',
      );
      await run.click();
      expect((await answered).status()).toBe(200);
      await expect
        .poll(() => page.locator('.graphiql-response').innerText(), { timeout: 60_000 })
        .toContain('"data"');
      expect(elsewhere).toEqual([]);
      expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('answers a query sent with GET', async () => {
    const query = encodeURIComponent(`{ graph(id: "${h.graph}") { conceptCount } }`);
    const res = await fetch(`${h.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json' },
    });
    expect(await res.json()).toEqual({ data: { graph: { conceptCount: 21 } } });
  });
});
