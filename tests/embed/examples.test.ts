// Every example in docs/examples runs from disk with the network refused: it embeds the story
// from the loopback test server (aimed there by `?server=`), shows its graph, steps it from the
// deck's own controls, and neither fails a request nor logs an error. The guides' links resolve.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { must, newPage } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import {
  clickInto,
  drawnConcepts,
  embedFrame,
  refuseNetwork,
  waitForStoryStep,
} from './deck-support.js';

const explorer = useExplorer();
const EXAMPLES = 'docs/examples';
const pages = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.html'))
  .sort();

interface Example {
  /** Brings the slide with the story on screen (the deck opens on its title slide). */
  reach(page: Page): Promise<void>;
  /** One step forward with the deck's own controls. */
  forward(page: Page): Promise<void>;
  /** Where the deck names the story's step. */
  caption: string;
  /** The deck's current slide, for a deck of several. */
  slide?(page: Page): Promise<number>;
}

const press = (key: string) => (page: Page) => page.keyboard.press(key);
const EXAMPLE: Record<string, Example> = {
  'plain-deck.html': {
    reach: press('ArrowRight'),
    forward: press('ArrowRight'),
    caption: '#caption',
    slide: (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('.slide')].findIndex((s) => s.classList.contains('current')),
      ),
  },
  'reveal-deck.html': {
    reach: press('ArrowRight'),
    forward: press('ArrowRight'),
    caption: '#caption',
    slide: (page) =>
      page.evaluate(
        () =>
          (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
      ),
  },
  'story-buttons.html': {
    // The story is on the page itself.
    reach: () => Promise.resolve(),
    forward: (page) => page.getByRole('button', { name: 'Next ▶' }).click(),
    caption: '#where',
  },
};

describe('the examples in docs/examples', () => {
  it('are each checked here', () => {
    expect(pages).toEqual(Object.keys(EXAMPLE).sort());
  });

  for (const name of pages) {
    it(`${name} embeds and steps the story from disk, with the network refused`, async () => {
      const example = must(EXAMPLE[name], `a way to drive ${name}`);
      const { page, context, errors } = await newPage(explorer.browser);
      const network = await refuseNetwork(context);
      const file = pathToFileURL(resolve(EXAMPLES, name)).href;
      await page.goto(`${file}?server=${encodeURIComponent(explorer.url)}`);
      await example.reach(page);
      const frame = await embedFrame(page);
      await waitForStoryStep(frame, 0);
      expect(new URL(frame.url()).origin).toBe(explorer.url);

      await example.forward(page);
      await waitForStoryStep(frame, 1);
      expect(await drawnConcepts(frame)).toContain(KNOWN.searchable.id);
      await expect
        .poll(() => page.locator(example.caption).textContent(), { timeout: 30_000 })
        .toMatch(/2.*3.*Equality/);
      await page.screenshot({ path: `tests/artifacts/example-${name}-step2.png` });

      if (example.slide) {
        // The presenter clicks into the graph and steps on with the keys; the deck follows the
        // story, and once it is over the next key turns the slide.
        const slide = await example.slide(page);
        await clickInto(page, 'iframe');
        await page.keyboard.press('ArrowRight');
        await waitForStoryStep(frame, 2);
        await expect
          .poll(() => page.locator(example.caption).textContent(), { timeout: 30_000 })
          .toMatch(/3.*3.*Forum levels/);
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => example.slide?.(page), { timeout: 30_000 }).toBe(slide + 1);
      } else {
        await example.forward(page);
        await waitForStoryStep(frame, 2);
      }
      expect(await drawnConcepts(frame)).toContain(KNOWN.expandable);

      expect(network.refused).toEqual([]);
      expect(network.failed).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }

  it('link the guides to files that exist', () => {
    const guides = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'));
    expect(guides).toContain('powerpoint-google-slides.md');
    for (const guide of guides) {
      const text = readFileSync(resolve(EXAMPLES, guide), 'utf8');
      const links = [...text.matchAll(/\]\(([^)#\s]+)\)/g)]
        .map((m) => m[1] ?? '')
        .filter((l) => !/^[a-z]+:/.test(l));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links)
        expect(existsSync(resolve(dirname(resolve(EXAMPLES, guide)), link)), link).toBe(true);
    }
  });
});
