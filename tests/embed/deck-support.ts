// Slide decks opened from disk (file://) with the network refused: only files and the loopback
// test server answer. Helpers to find the embedded view's frame and read what it shows.
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface NetworkLog {
  /** Requests for anything but a file or the loopback server: refused (none should be made). */
  refused: string[];
  /** Requests that failed, refused ones included. */
  failed: string[];
  /** Every request made, for a failure's message. */
  all: string[];
}

/** Refuses (and records) every request whose host is not loopback and whose scheme not file:. */
export async function refuseNetwork(context: BrowserContext): Promise<NetworkLog> {
  const log: NetworkLog = { refused: [], failed: [], all: [] };
  context.on('request', (request) => log.all.push(request.url()));
  context.on('requestfailed', (request) =>
    log.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
  );
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' || LOOPBACK.has(url.hostname)) return route.continue();
    log.refused.push(url.href);
    return route.abort('blockedbyclient');
  });
  return log;
}

/** The frame showing /embed, once it exists. */
export async function embedFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => /^https?:\/\/[^/]+\/embed(\?|$)/.test(f.url()));
  await expect
    .poll(() => find() !== undefined, {
      timeout: 90_000,
      message: `a frame showing /embed among ${page.frames().length} frames (refused by its frame-ancestors?)`,
    })
    .toBe(true);
  const frame = find();
  if (!frame) throw new Error('The page has no /embed frame');
  return frame;
}

/** What the embed shows, for a failure's message. */
async function stateOf(frame: Frame): Promise<string> {
  const state = await frame
    .evaluate(() => ({
      root: Object.fromEntries(Object.entries(document.documentElement.dataset)),
      layout: document.getElementById('graph')?.dataset.layoutState,
      nodes: (window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length,
    }))
    .catch((error: unknown) => String(error));
  return `${frame.url()}: ${JSON.stringify(state)}`;
}

/** Waits for a state of the embed; a timeout says what the embed showed instead. */
async function waitInEmbed(
  frame: Frame,
  what: string,
  check: (arg: number) => boolean,
  arg = 0,
): Promise<void> {
  try {
    await frame.waitForFunction(check, arg, { timeout: 150_000 });
  } catch (error) {
    throw new Error(`The embed never showed ${what}; it shows ${await stateOf(frame)}`, {
      cause: error,
    });
  }
}

/** Waits until the embed has drawn its graph and the layout has settled. */
export function waitForEmbedGraph(frame: Frame): Promise<void> {
  return waitInEmbed(frame, 'its graph laid out', () => {
    const cy = (window as unknown as { cy?: { nodes(): { length: number } } }).cy;
    const canvas = document.getElementById('graph');
    return (
      !!cy &&
      cy.nodes().length > 0 &&
      canvas?.dataset.layoutState === 'done' &&
      document.documentElement.dataset.status !== 'loading'
    );
  });
}

/** Waits until the embedded story shows step `index` (0-based), its view loaded and laid out. */
export async function waitForStoryStep(frame: Frame, index: number): Promise<void> {
  await waitInEmbed(
    frame,
    `story step ${index}`,
    (n) => document.documentElement.dataset.storyStep === String(n),
    index,
  );
  await waitForEmbedGraph(frame);
}

/** The concepts the embed draws (visible nodes' ids). */
export function drawnConcepts(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } };
      }
    ).cy;
    return cy.nodes(':visible').map((n) => n.id());
  });
}

/** Clicks into the frame as a presenter does: the real pointer, near the frame's top left. */
export async function clickInto(page: Page, selector = 'iframe'): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + Math.min(40, box.width / 4), box.y + Math.min(40, box.height / 4));
}
