// Screenshots of the landing view in both themes and both languages at 1280×720, for people to
// look at (tests/artifacts/screenshots/). UPDATE_SCREENSHOT=1 also refreshes docs/screenshot.png.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPage, waitForGraph } from './support/browser.js';
import { canvasNodes, overlappingPairs } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';

const explorer = useExplorer();
const DIR = 'tests/artifacts/screenshots';

describe('screenshots at 1280×720', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['id', 'en'] as const) {
      it(`landing view, ${theme} theme, ${lang === 'id' ? 'Indonesian' : 'English'}`, async () => {
        mkdirSync(DIR, { recursive: true });
        const { page, context, errors } = await newPage(explorer.browser, { colorScheme: theme });
        await page.goto(explorer.at(`lang=${lang}&theme=${theme}`));
        await waitForGraph(page);
        expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
        const path = `${DIR}/landing-${lang}-${theme}.png`;
        await page.screenshot({ path });
        expect(statSync(path).size).toBeGreaterThan(50_000);
        if (process.env.UPDATE_SCREENSHOT && lang === 'en' && theme === 'light') {
          copyFileSync(path, 'docs/screenshot.png');
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('a concept with its evidence (the README picture)', async () => {
    mkdirSync(DIR, { recursive: true });
    const { page, context } = await newPage(explorer.browser);
    await page.goto(explorer.at(`sel=c:${KNOWN.searchable.id}`));
    await waitForGraph(page);
    await page.locator('[data-testid="quote"]').first().waitFor();
    await page.waitForTimeout(600);
    const path = `${DIR}/details-id-light.png`;
    await page.screenshot({ path });

    await context.close();
  });
});
