// The Text view in a real Chromium against the real server, Neo4j and seed: the source text
// beside the canvas, linked both ways, its coverage, its address, its accessibility, and
// screenshots of it for people to look at.
import { mkdirSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { must, waitForGraph } from './support/browser.js';
import { canvasNodes, clickNode } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';
import {
  axePage,
  axeViolations,
  conceptEvidence,
  conceptsWithPlaces,
  currentPlaceInView,
  documentOf,
  fold,
} from './support/text.js';

const explorer = useExplorer();
const PHRASE = 'yang bertumpu pada semangat non diskriminasi';
const SHOTS = 'tests/artifacts/screenshots';

const textReady = (page: Page) => page.locator('#text-view .text-doc').waitFor();

async function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate(
    (nodeId) =>
      (window as unknown as { cy: { getElementById(id: string): { classes(): string[] } } }).cy
        .getElementById(nodeId)
        .classes(),
    id,
  );
}

/** Waits until a canvas element has (or, with `present` false, lacks) a class. */
async function waitForClass(page: Page, id: string, name: string, present = true) {
  await page.waitForFunction(
    ([nodeId, cls, wanted]) =>
      (
        window as unknown as {
          cy: { getElementById(id: string): { hasClass(c: string): boolean } };
        }
      ).cy
        .getElementById(nodeId)
        .hasClass(cls) === wanted,
    [id, name, present] as const,
  );
}

const selectionInUrl = (page: Page) => new URL(page.url()).searchParams.get('sel');

describe('the text beside the graph', () => {
  it('opens from the toolbar and the T key; the canvas keeps working at its new size', async () => {
    const { page, context, errors } = await explorer.open();
    const before = must(await page.locator('#graph').boundingBox(), 'the canvas');
    await page.getByTestId('text-toggle').click();
    await textReady(page);
    await page.waitForFunction(
      () => document.getElementById('graph')?.dataset.layoutState === 'done',
    );
    const after = must(await page.locator('#graph').boundingBox(), 'the canvas');
    const text = must(await page.locator('#text-view').boundingBox(), 'the text');
    expect(after.width).toBeLessThan(before.width);
    // Side by side: the text starts where the canvas ends.
    expect(text.x).toBeGreaterThanOrEqual(after.x + after.width - 1);
    expect(new URL(page.url()).searchParams.get('text')).toBe('1');
    // The picture refitted to the narrower canvas: every concept is still on it.
    await page.waitForTimeout(400);
    for (const node of await canvasNodes(page)) {
      expect(node.box.x1, node.id).toBeGreaterThanOrEqual(-1);
      expect(node.box.x2, node.id).toBeLessThanOrEqual(after.width + 1);
    }
    // The canvas still answers clicks.
    await clickNode(page, KNOWN.expandable);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== null);
    expect(selectionInUrl(page)).toBe(`c:${KNOWN.expandable}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('t');
    await expect(page.locator('#text-view').isHidden()).resolves.toBe(true);
    expect(new URL(page.url()).searchParams.get('text')).toBeNull();
    await page.keyboard.press('t');
    await textReady(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it(`clicking “${PHRASE}” selects on the canvas what the passage evidences`, async () => {
    const doc = await documentOf(explorer.url, explorer.graph);
    const at = doc.text.indexOf(PHRASE);
    expect(at).toBeGreaterThan(0);
    // The passages of that phrase, as the API lists them, and the concepts they evidence.
    const inside = doc.passages
      .map((p, index) => ({ ...p, index }))
      .filter((p) => p.start < at + PHRASE.length && p.end > at && p.concepts.length);
    const target = must(inside[0], 'a passage of the phrase that evidences a concept');
    const concepts = target.concepts.map((c) => c.id);
    expect(concepts).toContain('prinsip-nondiskriminasi');

    const { page, context, errors } = await explorer.open('text=1');
    await textReady(page);
    const mark = page.locator(`#text-view .passage[data-passage="${target.index}"][role="button"]`);
    expect(fold(doc.text.slice(target.start, target.end))).toBe(fold(await mark.innerText()));
    await mark.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== null);
    // The first concept is selected as a click on the canvas would; the details panel says so.
    expect(selectionInUrl(page)).toBe(`c:${concepts[0]}`);
    await waitForClass(page, must(concepts[0], 'a concept'), 'selected');
    await expect(page.getByTestId('details').isVisible()).resolves.toBe(true);
    // Everything else the passage evidences stays lit on the canvas.
    for (const id of concepts) expect(await classesOf(page, id)).toContain('on-path');
    await expect(mark.getAttribute('class')).resolves.toContain('is-active');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hover and keyboard focus light a passage’s concepts up on the canvas; Enter selects', async () => {
    const doc = await documentOf(explorer.url, explorer.graph);
    const index = doc.passages.findIndex((p) => p.concepts.length > 0);
    const passage = must(doc.passages[index], 'a passage with a concept');
    const id = must(passage.concepts[0], 'its concept').id;
    const { page, context } = await explorer.open('text=1');
    await textReady(page);
    const mark = page.locator(`#text-view .passage[data-passage="${index}"][role="button"]`);
    await mark.hover();
    await waitForClass(page, id, 'on-path');
    await page.mouse.move(5, 400);
    await waitForClass(page, id, 'on-path', false);
    // A real control: focusable, named by its words and what they evidence.
    await mark.focus();
    const name = must(await mark.getAttribute('aria-label'), 'an accessible name');
    expect(name.startsWith(fold(doc.text.slice(passage.start, passage.end)))).toBe(true);
    expect(name).toContain('Bukti untuk:');
    expect(await classesOf(page, id)).toContain('on-path');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel') !== null);
    expect(selectionInUrl(page)).toBe(`c:${id}`);
    await context.close();
  });

  it('selecting forum-kecamatan on the canvas scrolls the text to its quote and marks it', async () => {
    const { quote, evidence } = await conceptEvidence(
      explorer.url,
      explorer.graph,
      'forum-kecamatan',
    );
    const doc = await documentOf(explorer.url, explorer.graph);
    const first = must(evidence[0], 'the quote’s place');
    expect(fold(doc.text.slice(first.start, first.end))).toBe(fold(quote));

    const { page, context, errors } = await explorer.open('text=1&lang=en');
    await textReady(page);
    // The quote stands far down the text: not in view before the click.
    const scrollTop = () =>
      page.evaluate(() => document.querySelector('#text-view .text-scroll')?.scrollTop ?? 0);
    expect(await scrollTop()).toBe(0);
    await clickNode(page, 'forum-kecamatan');
    const marked = await currentPlaceInView(page);
    expect(fold(marked)).toBe(fold(quote));
    expect(await scrollTop()).toBeGreaterThan(0);
    // In English, beside the Indonesian words: what they are evidence for.
    const gloss = page.getByTestId('text-gloss');
    await expect(gloss.innerText()).resolves.toContain('Subdistrict (kecamatan) forum');
    await expect(page.getByTestId('place-count').innerText()).resolves.toBe(
      `Quote 1 of ${evidence.length}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a concept quoted in several places steps through them', async () => {
    const id = must((await conceptsWithPlaces(explorer.url, explorer.graph))[0], 'such a concept');
    const { evidence } = await conceptEvidence(explorer.url, explorer.graph, id);
    const doc = await documentOf(explorer.url, explorer.graph);
    const { page, context } = await explorer.open(`text=1&sel=c:${id}`);
    await textReady(page);
    const count = page.getByTestId('place-count');
    await expect(count.innerText()).resolves.toBe(`Kutipan 1 dari ${evidence.length}`);
    const wordsAt = (n: number) => {
      const span = must(evidence[n], `place ${n + 1}`);
      return fold(doc.text.slice(span.start, span.end));
    };
    expect(fold(await currentPlaceInView(page))).toBe(wordsAt(0));
    await page.getByTestId('place-next').click();
    await expect(count.innerText()).resolves.toBe(`Kutipan 2 dari ${evidence.length}`);
    await page.waitForFunction(() => document.querySelector('.place.current[data-place="1"]'));
    expect(fold(await currentPlaceInView(page))).toBe(wordsAt(1));
    expect(new URL(page.url()).searchParams.get('tplace')).toBe('2');
    await page.getByTestId('place-previous').click();
    await expect(count.innerText()).resolves.toBe(`Kutipan 1 dari ${evidence.length}`);
    await context.close();
  });

  it('the coverage strip shows the sentences the map does not cover, and goes to them', async () => {
    const doc = await documentOf(explorer.url, explorer.graph);
    expect(doc.uncovered.length).toBeGreaterThan(0);
    const { page, context, errors } = await explorer.open('text=1');
    await textReady(page);
    const marks = page.locator('[data-testid="coverage-strip"] .strip-seg.uncovered');
    await expect(marks.count()).resolves.toBe(doc.uncovered.length);
    const labels = await marks.evaluateAll((all) => all.map((m) => m.getAttribute('aria-label')));
    doc.uncovered.forEach((s, i) => expect(labels[i]).toContain(`baris ${s.line}:`));
    await expect(page.getByTestId('coverage-figure').innerText()).resolves.toContain(
      `${Math.round(doc.coverage * 100)}%`,
    );
    // In the text, the same sentences are set apart.
    const inText = await page.$$eval('#text-view .sentence.uncovered[data-start]', (all) =>
      all.map((s) => Number((s as HTMLElement).dataset.start)),
    );
    expect(inText).toEqual(doc.uncovered.map((s) => s.start));
    // The last one stands at the end of the text: the strip brings it into view.
    const last = must(doc.uncovered.at(-1), 'an uncovered sentence');
    await marks.last().click();
    await page.waitForFunction((start) => {
      const sentence = document.querySelector(`#text-view .sentence[data-start="${start}"]`);
      const box = document.querySelector('#text-view .text-scroll')?.getBoundingClientRect();
      const rect = sentence?.getBoundingClientRect();
      return !!rect && !!box && rect.top >= box.top && rect.bottom <= box.bottom;
    }, last.start);
    // Only the uncovered sentences: nothing the map quotes is left.
    await page.getByTestId('uncovered-only').check();
    await page.waitForSelector('#text-view .text-doc.only-uncovered');
    await expect(page.locator('#text-view .passage').count()).resolves.toBe(0);
    const shown = await page.locator('#text-view .text-doc').innerText();
    for (const s of doc.uncovered) expect(fold(shown)).toContain(fold(s.text));
    expect(new URL(page.url()).searchParams.get('text')).toBe('uncovered');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the address keeps the text open and where it was read: a reload restores it', async () => {
    const { page, context } = await explorer.open('text=1');
    await textReady(page);
    await page.evaluate(() => {
      const scroller = document.querySelector('#text-view .text-scroll');
      if (scroller) scroller.scrollTop = 900;
    });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tat') !== null);
    const at = Number(new URL(page.url()).searchParams.get('tat'));
    expect(at).toBeGreaterThan(0);
    await page.reload();
    await waitForGraph(page);
    await textReady(page);
    // The sentence that was at the top is at the top again.
    await page.waitForFunction((offset) => {
      const scroller = document.querySelector('#text-view .text-scroll');
      const sentence = document.querySelector(`#text-view .sentence[data-start="${offset}"]`);
      if (!scroller || !sentence) return false;
      const top = sentence.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      return top >= 0 && top < 40;
    }, at);
    await expect(page.getByTestId('text-toggle').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await context.close();
  });

  it('takes the space on a phone, below the toolbar', async () => {
    const { page, context, errors } = await explorer.open('text=1', {
      viewport: { width: 390, height: 844 },
    });
    await textReady(page);
    const text = must(await page.locator('#text-view').boundingBox(), 'the text');
    expect(text.width).toBeGreaterThan(380);
    expect(text.height).toBeGreaterThan(400);
    await expect(page.locator('#graph').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('text-toggle').isVisible()).resolves.toBe(true);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/text-view-phone-id-light.png` });
    await page.getByTestId('text-close').click();
    await expect(page.locator('#graph').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility of the text view (axe-core)', () => {
  for (const [theme, lang, extra] of [
    ['light', 'en', `sel=c:${KNOWN.expandable}`],
    ['dark', 'id', 'sel=c:mutualisme'],
    ['light', 'id', 'text=uncovered'],
  ] as const) {
    it(`finds nothing in the ${theme} theme, ${lang}, ${extra}`, async () => {
      const { page, context } = await axePage(explorer.browser);
      const query = extra.startsWith('text=') ? extra : `text=1&${extra}`;
      await page.goto(explorer.at(`theme=${theme}&lang=${lang}&${query}`));
      await waitForGraph(page);
      await textReady(page);
      if (extra.startsWith('sel=')) await currentPlaceInView(page);
      await page.waitForTimeout(500);
      const violations = await axeViolations(page, ['#text-view', '#toolbar']);
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});

describe('screenshots of the split view', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      for (const lang of ['id', 'en'] as const) {
        it(`${width}×${height}, ${theme} theme, ${lang === 'id' ? 'Indonesian' : 'English'}`, async () => {
          mkdirSync(SHOTS, { recursive: true });
          const { page, context, errors } = await explorer.open(
            `text=1&lang=${lang}&theme=${theme}&sel=c:${KNOWN.expandable}`,
            { viewport: { width, height }, colorScheme: theme },
          );
          await textReady(page);
          await currentPlaceInView(page);
          await page.waitForTimeout(800);
          const path = `${SHOTS}/text-view-${width}x${height}-${lang}-${theme}.png`;
          await page.screenshot({ path });
          expect(statSync(path).size).toBeGreaterThan(50_000);
          // Canvas, text and details sit side by side inside the window, none covering another,
          // and the canvas keeps a usable share of the width.
          const boxes = await page.evaluate(() =>
            ['#graph', '#text-view', '#side'].map((selector) => {
              const r = document.querySelector(selector)?.getBoundingClientRect();
              return r ? { selector, left: r.left, right: r.right, width: r.width } : null;
            }),
          );
          const [canvas, text, side] = boxes;
          expect(canvas && text && side, JSON.stringify(boxes)).toBeTruthy();
          if (!canvas || !text || !side) return;
          expect(canvas.right).toBeLessThanOrEqual(text.left + 1);
          expect(text.right).toBeLessThanOrEqual(side.left + 1);
          expect(side.right).toBeLessThanOrEqual(width + 1);
          expect(canvas.width).toBeGreaterThan(width * 0.3);
          expect(errors).toEqual([]);
          await context.close();
        });
      }
    }
  }
});
