// No layout shift on a first visit: the cumulative layout shift (Chromium's 'layout-shift' entries,
// summed without those after input, as the Web Vitals count it) stays below 0.05 on the explorer
// (both languages and themes) and /embed, at a desktop and a phone size. The phone runs on a CPU
// slowed four times, as Lighthouse's mobile profile does, so the page is drawn more often while it
// fills in. A layout measurement, not a timing: the page is read once its graph is drawn.
import { describe, expect, it } from 'vitest';
import { waitForGraph } from './support/browser.js';
import { useExplorer } from './support/explorer.js';
import { layoutShift, watchLayoutShifts } from './support/screens.js';

const explorer = useExplorer();
const CLS_LIMIT = 0.05;

const SIZES = [
  { name: 'desktop', viewport: { width: 1350, height: 940 }, mobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, mobile: true },
] as const;

const PAGES = [
  { name: 'the explorer', path: () => explorer.at() },
  { name: 'the explorer in English, dark', path: () => explorer.at('lang=en&theme=dark') },
  { name: '/embed', path: () => `${explorer.url}/embed?g=${encodeURIComponent(explorer.graph)}` },
] as const;

describe.each(SIZES)('layout shift at $name size', (size) => {
  for (const target of PAGES) {
    it(`${target.name}: CLS below ${CLS_LIMIT}`, async () => {
      const context = await explorer.browser.newContext({
        viewport: size.viewport,
        isMobile: size.mobile,
        hasTouch: size.mobile,
      });
      context.setDefaultTimeout(90_000);
      const page = await context.newPage();
      if (size.mobile) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      }
      await watchLayoutShifts(page);
      await page.goto(target.path());
      await waitForGraph(page);
      // Whatever the first view adds after its graph (the legend's counts, a notice) is in.
      await page.waitForFunction(() => document.documentElement.dataset.status !== 'loading');
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))),
      );
      const shift = await layoutShift(page);
      expect(shift.total, shift.sources.join('\n')).toBeLessThan(CLS_LIMIT);
      await context.close();
    });
  }
});
