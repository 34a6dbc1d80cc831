// Debian's Chromium through playwright-core (`npx playwright install` cannot run here), started
// the same way for the tests and the benchmark (bench/browser/chromium.ts).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../../../bench/browser/chromium.js';

export { CHROMIUM };

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  return launchChromium();
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** A fresh context (no remembered language or theme) at the projector-sized 1280×720. */
export async function newPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    colorScheme: options.colorScheme ?? 'light',
  });
  // Waits for elements and network answers stretch on a busy two-core machine.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, context, errors };
}

/** Waits until the canvas shows concepts and the layout has settled. */
export async function waitForGraph(page: Page, timeout = 150_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const container = document.getElementById('graph');
      const cy = (window as unknown as { cy?: { nodes(): { length: number } } }).cy;
      return !!cy && cy.nodes().length > 0 && container?.dataset.layoutState === 'done';
    },
    null,
    { timeout },
  );
  // An animated layout has settled when the state says done; give the renderer one frame more.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/**
 * Waits for the canvas to settle after an action: its data loaded (the page's status) and the
 * layout that follows finished. Both flip synchronously when an action starts.
 */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.status !== 'loading' &&
      document.getElementById('graph')?.dataset.layoutState === 'done',
  );
}

/** The value, or a failed test that says what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}`);
  return value;
}
