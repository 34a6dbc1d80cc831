// Story editing as people type, in Chromium: the title and a step's name typed one right after
// the other, moving between them by click and by Tab, in both orders. Nothing typed is lost: not
// in the panel, not in the story's links, not in the address (reload) and not in the saved file.
// Before the fix, leaving the title rebuilt the panel while the pointer went down on a step's
// name, and the name typed next went to the page (where `t` opened the source text).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { downloaded } from './support.js';

const explorer = useExplorer();

interface Saved {
  v: number;
  title: string;
  steps: { name: string; query: string }[];
}

const panel = (page: Page) =>
  page.evaluate(() => ({
    title: (document.querySelector('[data-testid="story-title"]') as HTMLInputElement).value,
    names: [...document.querySelectorAll<HTMLInputElement>('[data-testid="story-step-name"]')].map(
      (input) => input.value,
    ),
    // Keys that escaped the fields would reach the page's shortcuts (`t` opens the text).
    textOpen: !(document.getElementById('text-view')?.hidden ?? true),
  }));

const decode = (link: string): Saved =>
  JSON.parse(
    Buffer.from(new URL(link).searchParams.get('story') ?? '', 'base64url').toString(),
  ) as Saved;

/** What a reader would keep: the panel, both links, the address and the downloaded file. */
async function everywhere(page: Page): Promise<Omit<Saved, 'v'>[]> {
  const embed = decode(await page.getByTestId('story-embed-link').inputValue());
  const explorerLink = decode(await page.getByTestId('story-explorer-link').inputValue());
  const file = JSON.parse(
    (await downloaded(page, () => page.getByTestId('story-download').click())).toString(),
  ) as Saved;
  const { title, names } = await panel(page);
  return [
    { title, steps: names.map((name) => ({ name, query: '' })) },
    embed,
    explorerLink,
    decode(page.url()),
    file,
  ].map((story) => ({ title: story.title, steps: story.steps.map((s) => ({ ...s, query: '' })) }));
}

const story = (title: string, names: string[]) => ({
  title,
  steps: names.map((name) => ({ name, query: '' })),
});

describe('typing in the story panel', () => {
  it('keeps a title and step names typed one right after the other', async () => {
    const { page, errors } = await newPage(explorer.browser);
    await page.goto(explorer.at('lang=en'));
    await waitForGraph(page);
    await page.getByTestId('story-open').click();

    // The title typed, then at once a click on "save this view as a step": the click counts.
    await page.getByTestId('story-title').click();
    await page.keyboard.type('Harmony at every level');
    await page.getByTestId('story-add').click();
    await page.getByTestId('story-add').click();
    await expect.poll(async () => (await panel(page)).names).toEqual(['Step 1', 'Step 2']);
    expect((await panel(page)).title).toBe('Harmony at every level');

    // Title, then straight into the first step's name with the pointer.
    await page.getByTestId('story-title').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (2009)');
    await page.getByTestId('story-step-name').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('The pledge of 2009');
    expect(await panel(page)).toEqual({
      title: 'Harmony at every level (2009)',
      names: ['The pledge of 2009', 'Step 2'],
      textOpen: false,
    });

    // The other way round: a step's name, then the title with the pointer.
    await page.getByTestId('story-step-name').nth(1).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('The forum at the top');
    await page.getByTestId('story-title').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Five levels of forum');
    expect(await panel(page)).toEqual({
      title: 'Five levels of forum',
      names: ['The pledge of 2009', 'The forum at the top'],
      textOpen: false,
    });

    // With the keyboard: Tab from the title into the first name (Tab selects what it holds),
    // and Shift+Tab back into the title.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(
      'name-0',
    );
    await page.keyboard.type('Values that support the goal');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Social harmony, step by step');
    expect(await panel(page)).toEqual({
      title: 'Social harmony, step by step',
      names: ['Values that support the goal', 'The forum at the top'],
      textOpen: false,
    });

    // Leaving the field writes the address at once (a reload keeps the story).
    await page.getByTestId('story-step-name').nth(1).click();
    const expected = story('Social harmony, step by step', [
      'Values that support the goal',
      'The forum at the top',
    ]);
    expect(await everywhere(page)).toEqual([expected, expected, expected, expected, expected]);

    await page.reload();
    await waitForGraph(page);
    await expect
      .poll(async () => (await panel(page)).names)
      .toEqual(expected.steps.map((s) => s.name));
    expect((await panel(page)).title).toBe(expected.title);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
