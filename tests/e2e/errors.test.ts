// When the API is down the user reads a notice with a retry, never a blank canvas.
import { describe, expect, it } from 'vitest';
import { newPage, waitForGraph } from './support/browser.js';
import { useExplorer } from './support/explorer.js';

const explorer = useExplorer();
// The explorer reads with GET /graphql?query=… (and POSTs long requests): match both.
const GRAPHQL = /\/graphql(\?|$)/;

describe('API down', () => {
  it('shows a readable notice with a retry that recovers', async () => {
    const { page, context } = await newPage(explorer.browser);
    await page.route(GRAPHQL, (route) => route.abort('connectionrefused'));
    await page.goto(explorer.at());
    const notice = page.locator('[data-testid="notice-graphs"]');
    await notice.waitFor();
    await expect(notice.getAttribute('role')).resolves.toBe('alert');
    await expect(notice.textContent()).resolves.toContain('Server tidak dapat dihubungi');
    await expect(page.locator('[data-testid="notice-loading"]').count()).resolves.toBe(0);

    await page.unroute(GRAPHQL);
    await notice.locator('[data-testid="notice-action"]').click();
    await waitForGraph(page);
    await expect(notice.count()).resolves.toBe(0);
    await context.close();
  });

  it('keeps what is on screen and offers a retry when a later request fails', async () => {
    const { page, context } = await newPage(explorer.browser);
    await page.goto(explorer.at());
    await waitForGraph(page);
    await page.route(GRAPHQL, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"errors":[{"message":"Service unavailable"}]}',
      }),
    );
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    const notice = page.locator('[data-testid="notice-detail"]');
    await notice.waitFor();
    await page.unroute(GRAPHQL);
    await notice.locator('[data-testid="notice-action"]').click();
    await page.locator('[data-testid="details-title"]').waitFor();
    await expect(notice.count()).resolves.toBe(0);
    await context.close();
  });
});
