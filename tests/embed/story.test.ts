// A story embedded in a page of another origin: its link restores every step, and it steps
// forward and back by arrow keys and by postMessage, posting `ks:step` back.
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { newPage } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { storyParam } from './support.js';

const explorer = useExplorer();

interface Win {
  steps: number[];
}

describe('story mode', () => {
  it('restores its steps from the link and follows keys and postMessage', async () => {
    const story = storyParam([
      { name: 'Forum', query: `g=${explorer.graph}&focus=${KNOWN.expandable}` },
      { name: 'Equality', query: `g=${explorer.graph}&focus=${KNOWN.searchable.id}` },
      { name: 'Topic', query: `g=${explorer.graph}&focus=${KNOWN.topic.id}` },
    ]);
    const src = `${explorer.url}/embed?story=${story}&step=1`;
    // The slides page: another origin, served for real on loopback (a page Playwright fulfils
    // counts as public, and Chromium's local network checks would block the frame).
    const body = `<!doctype html><script>window.steps=[];addEventListener('message',e=>{if(e.data&&e.data.type==='ks:step')window.steps.push(e.data.step)})</script><iframe id="f" src="${src}" width="800" height="450"></iframe>`;
    const host = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(body),
    );
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    const HOST = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`;
    const { page, errors } = await newPage(explorer.browser);
    await page.goto(HOST);
    const frame = page.frameLocator('#f');
    const focusOf = async () =>
      (await page
        .frames()
        .find((f) => f.url().includes('/embed'))
        ?.evaluate(() => {
          const cy = (window as unknown as { cy?: { nodes(s: string): { length: number } } }).cy;
          return {
            step: document.documentElement.dataset.storyStep,
            count: cy?.nodes(':visible').length ?? 0,
          };
        })) ?? { step: undefined, count: 0 };
    const stepIs = async (n: number) =>
      expect.poll(async () => (await focusOf()).step, { timeout: 60_000 }).toBe(String(n));

    await stepIs(1).catch((e: unknown) => {
      throw new Error(
        `${String(e)} frames: ${page
          .frames()
          .map((f) => f.url())
          .join(' ')} ${errors.join(' ')}`,
      );
    });
    // A presenter clicks into the graph, then uses the arrow keys (locator.press focuses the
    // canvas first, so the keys cannot land on the host page while the frame is still busy).
    const canvas = frame.locator('#graph');
    await canvas.click();
    await canvas.press('ArrowRight');
    await stepIs(2);
    await canvas.press('ArrowLeft');
    await stepIs(1);
    const post = (message: unknown) =>
      page.evaluate(
        (m) =>
          (document.getElementById('f') as HTMLIFrameElement).contentWindow?.postMessage(m, '*'),
        message,
      );
    await post({ type: 'ks:goto', step: 0 });
    await stepIs(0);
    await post({ type: 'ks:next' });
    await stepIs(1);
    await post({ type: 'ks:prev' });
    await stepIs(0);
    await post({ type: 'ks:goto', step: 'two' }); // malformed: ignored
    await post('ks:next');
    await new Promise((r) => setTimeout(r, 300));
    expect((await focusOf()).step).toBe('0');
    const steps = await page.evaluate(() => (window as unknown as Win).steps);
    expect(steps).toEqual([1, 2, 1, 0, 1, 0]);
    await page.close();
    host.close();
  }, 180_000);
});
