// The share dialog's copy buttons in Chromium, in both languages: each copies its field's text to
// the clipboard, says "Copied" ("Disalin") and announces it in a polite live region; when the
// browser refuses the clipboard, the dialog says so and leaves the text selected to copy by hand.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/text.js';
import { useExplorer } from './support/explorer.js';

const explorer = useExplorer();

const FIELDS = ['share-link', 'embed-link', 'embed-snippet'] as const;

const WORDS = {
  en: { copy: 'Copy', copied: 'Copied', failed: 'Not copied', link: 'Link to this view' },
  id: { copy: 'Salin', copied: 'Disalin', failed: 'Gagal disalin', link: 'Tautan ke tampilan ini' },
} as const;

/** Every text the button shows from now on, kept by the page (the feedback lasts a moment). */
async function recordButtonTexts(page: Page, testId: string): Promise<void> {
  await page.evaluate((id) => {
    const button = document.querySelector(`[data-testid="${id}"]`);
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    if (!button) return;
    new MutationObserver(() => seen.push(button.textContent ?? '')).observe(button, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  }, testId);
}

const seenTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { seen: string[] }).seen);

async function openDialog(context: BrowserContext, lang: 'id' | 'en'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(explorer.at(`lang=${lang}`));
  await page.waitForFunction(
    () => document.getElementById('graph')?.dataset.layoutState === 'done',
  );
  await page.getByTestId('share-open').click();
  await page.locator('#share-dialog[open]').waitFor();
  return page;
}

describe('copying from the share dialog', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`copies each field and says so (${lang})`, async () => {
      const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 720 } });
      context.setDefaultTimeout(90_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: explorer.url,
      });
      const page = await openDialog(context, lang);
      const words = WORDS[lang];
      const status = page.getByTestId('share-copy-status');
      // A polite live region inside the dialog (outside a modal dialog, nothing is heard).
      expect(await status.getAttribute('role')).toBe('status');
      expect(await page.locator('#share-dialog [data-testid="share-copy-status"]').count()).toBe(1);

      for (const field of FIELDS) {
        const button = page.getByTestId(`${field}-copy`);
        const text = await page.getByTestId(field).inputValue();
        const label = (await page.locator(`label[for="${field}-field"]`).innerText()).trim();
        expect(await button.innerText()).toBe(words.copy);
        // Each button's name says what it copies.
        expect(await page.getByRole('button', { name: `${words.copy}: ${label}` }).count()).toBe(1);
        await recordButtonTexts(page, `${field}-copy`);
        await button.click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
        await expect.poll(() => status.innerText()).toBe(`${words.copied}: ${label}`);
        expect(await seenTexts(page)).toContain(words.copied);
        // For a moment only: the button reads "Copy" again.
        await expect.poll(() => button.innerText(), { timeout: 30_000 }).toBe(words.copy);
      }
      expect(await page.getByTestId('share-link').inputValue()).toContain(`${explorer.url}/?`);
      await page.screenshot({ path: `tests/artifacts/screenshots/share-copied-${lang}.png` });
      await context.close();
    });
  }

  it('says when the browser refuses the clipboard and leaves the text selected', async () => {
    const context = await explorer.browser.newContext({ viewport: { width: 1280, height: 720 } });
    context.setDefaultTimeout(90_000);
    const page = await openDialog(context, 'en');
    // The site's clipboard permission set to "block", as a reader may in the browser's settings.
    const session = await context.newCDPSession(page);
    const { targetInfo } = (await session.send('Target.getTargetInfo')) as {
      targetInfo: { browserContextId?: string };
    };
    const browserSession = await explorer.browser.newBrowserCDPSession();
    await browserSession.send('Browser.setPermission', {
      permission: { name: 'clipboard-write' },
      setting: 'denied',
      origin: explorer.url,
      browserContextId: targetInfo.browserContextId,
    });
    await page.getByTestId('share-link-copy').click();
    await expect
      .poll(() => page.getByTestId('share-copy-status').innerText())
      .toBe(
        `Could not copy (${WORDS.en.link}): the text is selected, press Ctrl+C (⌘C on a Mac) to copy it.`,
      );
    expect(await page.getByTestId('share-link-copy').getAttribute('data-copy')).toBe('failed');
    const selection = await page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement | null;
      return {
        focused: field?.dataset.testid ?? null,
        whole: field?.selectionStart === 0 && field.selectionEnd === field.value.length,
      };
    });
    expect(selection).toEqual({ focused: 'share-link', whole: true });
    await browserSession.detach();
    await context.close();
  });

  it('has no axe-core violations once a copy is announced', async () => {
    const context = await explorer.browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 720 },
    });
    context.setDefaultTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: explorer.url,
    });
    const page = await openDialog(context, 'id');
    await page.getByTestId('embed-snippet-copy').click();
    await expect.poll(() => page.getByTestId('share-copy-status').innerText()).toContain('Disalin');
    expect(await axeViolations(page, ['#share-dialog'])).toEqual([]);
    await context.close();
  });
});
