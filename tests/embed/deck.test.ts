// A slide deck opened from disk (file://, as reveal.js and exported HTML decks are) embeds a story
// from the server and drives it: by postMessage, and by the presenter's keys after a click into
// the frame. Nothing is served from a network origin; only the loopback test server answers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { newPage } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import {
  clickInto,
  drawnConcepts,
  embedFrame,
  refuseNetwork,
  waitForStoryStep,
} from './deck-support.js';
import { storyParam } from './support.js';

const explorer = useExplorer();
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ks-deck-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface StepReport {
  type: string;
  step: number;
  count: number;
  name: string;
}
interface DeckWindow {
  reports: StepReport[];
  deckKeys: string[];
}

/** A deck page of the simplest kind: one slide with the story, recording what comes back. */
async function writeDeck(name: string, src: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(
    path,
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A deck on disk</title></head>
  <body>
    <script>
      window.reports = [];
      window.deckKeys = [];
      addEventListener('message', (e) => {
        if (e.data && e.data.type === 'ks:step') window.reports.push(e.data);
      });
      addEventListener('keydown', (e) => window.deckKeys.push(e.key));
    </script>
    <h1>Keserasian Sosial</h1>
    <iframe id="story" title="Story" src="${src}" width="800" height="450" style="border: 0"></iframe>
  </body>
</html>
`,
  );
  return pathToFileURL(path).href;
}

const reports = (page: Page) => page.evaluate(() => (window as unknown as DeckWindow).reports);
const post = (page: Page, message: unknown) =>
  page.evaluate(
    (m) =>
      (document.getElementById('story') as HTMLIFrameElement).contentWindow?.postMessage(m, '*'),
    message,
  );

describe('a slide deck opened from disk', () => {
  it('embeds a story and steps it by postMessage and by keys after a click', async () => {
    const steps = [
      { name: 'The whole graph', query: `g=${explorer.graph}` },
      { name: 'Equality', query: `g=${explorer.graph}&focus=${KNOWN.searchable.id}` },
      { name: 'Forum levels', query: `g=${explorer.graph}&focus=${KNOWN.expandable}` },
    ];
    const src = `${explorer.url}/embed?story=${storyParam(steps)}&lang=en`;
    const url = await writeDeck('deck.html', src);
    const { page, context, errors } = await newPage(explorer.browser);
    const network = await refuseNetwork(context);
    await page.goto(url);
    const frame = await embedFrame(page);
    await waitForStoryStep(frame, 0);
    const reported = (step: number) =>
      expect
        .poll(async () => (await reports(page)).at(-1), { timeout: 90_000 })
        .toEqual({
          type: 'ks:step',
          step,
          count: 3,
          name: steps[step]?.name,
        });
    await reported(0);

    // The deck's own buttons or fragments send these.
    await post(page, { type: 'ks:next' });
    await waitForStoryStep(frame, 1);
    await reported(1);
    expect(await drawnConcepts(frame)).toContain(KNOWN.searchable.id);
    await post(page, { type: 'ks:goto', step: 2 });
    await waitForStoryStep(frame, 2);
    await reported(2);
    expect(await drawnConcepts(frame)).toContain(KNOWN.expandable);
    await post(page, { type: 'ks:prev' });
    await waitForStoryStep(frame, 1);
    await reported(1);

    // The presenter clicks into the graph; from then on the keys (and a remote's Page Up / Page
    // Down) reach the story, not the deck.
    await clickInto(page, '#story');
    await page.keyboard.press('ArrowRight');
    await waitForStoryStep(frame, 2);
    await page.keyboard.press('Home');
    await waitForStoryStep(frame, 0);
    await page.keyboard.press('End');
    await waitForStoryStep(frame, 2);
    await page.keyboard.press('PageUp');
    await waitForStoryStep(frame, 1);
    await page.keyboard.press('ArrowLeft');
    await waitForStoryStep(frame, 0);
    await page.keyboard.press('PageDown');
    await waitForStoryStep(frame, 1);
    await reported(1);
    expect((await reports(page)).map((r) => r.step)).toEqual([0, 1, 2, 1, 2, 0, 2, 1, 0, 1]);
    expect(await page.evaluate(() => (window as unknown as DeckWindow).deckKeys)).toEqual([]);
    expect(await drawnConcepts(frame)).toContain(KNOWN.searchable.id);

    await page.screenshot({ path: 'tests/artifacts/deck-file-step2.png' });
    expect(network.refused).toEqual([]);
    expect(network.all.every((u) => /^(file:|http:\/\/127\.0\.0\.1:)/.test(u))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('is refused when EMBED_ALLOWED_ORIGINS names only web origins', async () => {
    const db = explorer.db;
    if (!db) throw new Error('no database');
    const restricted: TestServer = await startTestServer(db, {
      embedAllowedOrigins: 'https://slides.example.org',
    });
    try {
      const story = storyParam([{ name: 'The whole graph', query: `g=${explorer.graph}` }]);
      const url = await writeDeck('restricted.html', `${restricted.url}/embed?story=${story}`);
      const { page, context, errors } = await newPage(explorer.browser);
      const network = await refuseNetwork(context);
      const refusal = page.waitForEvent('console', {
        predicate: (m) => /frame-ancestors/.test(m.text()),
        timeout: 90_000,
      });
      await page.goto(url);
      expect((await refusal).text()).toContain('https://slides.example.org');
      // Nothing plays: the frame never ran the story, so no step came back.
      expect(await reports(page)).toEqual([]);
      expect(network.refused).toEqual([]);
      expect(errors.every((e) => /frame-ancestors/.test(e))).toBe(true);
      await page.close();
    } finally {
      await restricted.close();
    }
  }, 180_000);
});
