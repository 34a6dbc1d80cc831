// Notices once per cause: a link that focuses and selects a concept the graph lacks asks for the
// neighbourhood and for the details, both answer "not found", and the reader reads it once; a
// second, different cause still shows beside it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './support/browser.js';
import { useExplorer } from './support/explorer.js';

const explorer = useExplorer();

/** Waits until the page has asked for all it will and drawn its notices; their texts. */
async function settledNotices(page: Page): Promise<string[]> {
  await page.locator('#notices [role="alert"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.documentElement.dataset.status !== 'loading');
  return page.locator('#notices .notice').allTextContents();
}

describe('notices', () => {
  it('an unknown focus shows exactly one notice, with its way out', async () => {
    const { page, context } = await newPage(explorer.browser);
    await page.goto(explorer.at('lang=en&focus=does-not-exist&sel=c:does-not-exist'));
    const notices = await settledNotices(page);
    expect(notices, notices.join('\n')).toHaveLength(1);
    expect(notices[0]).toContain('“does-not-exist” was not found');
    const notice = page.locator('#notices .notice');
    await expect(notice.locator('[data-testid="notice-action"]').textContent()).resolves.toBe(
      'Show the whole graph',
    );
    // Dismissed once, it is gone (no second notice of the same cause comes up behind it).
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('#notices .notice').count()).resolves.toBe(0);
    await context.close();
  });

  it('the same link without a selection shows one notice too', async () => {
    const { page, context } = await newPage(explorer.browser);
    await page.goto(explorer.at('lang=en&focus=does-not-exist'));
    expect(await settledNotices(page)).toHaveLength(1);
    await context.close();
  });

  it('a second cause still shows', async () => {
    const { page, context } = await newPage(explorer.browser);
    await page.goto(explorer.at('lang=en&focus=does-not-exist&sel=c:also-missing'));
    await page.locator('#notices .notice').nth(1).waitFor();
    const notices = await settledNotices(page);
    expect(notices, notices.join('\n')).toHaveLength(2);
    expect(notices.join(' ')).toContain('does-not-exist');
    expect(notices.join(' ')).toContain('also-missing');
    await context.close();
  });
});
