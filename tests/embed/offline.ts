// Opening an exported file the way a reader does: from disk, with no network.
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { newPage } from '../e2e/support/browser.js';

/** Opens a file from disk in a context that refuses (and records) every other request. */
export async function openOffline(
  browser: Browser,
  path: string,
  viewport?: { width: number; height: number },
) {
  const { page, context, errors } = await newPage(browser, viewport ? { viewport } : {});
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(path).href;
  // Playwright routes file:// too: the file itself loads, anything else is refused.
  await context.route('**/*', (route) =>
    route.request().url() === url ? route.continue() : route.abort(),
  );
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
  return { page, errors, requests, url };
}
