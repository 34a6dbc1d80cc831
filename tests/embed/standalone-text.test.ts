// The standalone HTML file carries the source text and its highlights: opened from disk with the
// network blocked, it shows the text beside the drawing; a click on a highlight selects what it
// evidences on the drawing; selecting a concept on the drawing marks its quote in the text and
// steps through the places where the text says it. The file stays small and asks for nothing.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleStandaloneViewer } from '../../web/build/standalone-viewer-plugin.js';
import type { StandaloneData } from '../../web/src/standalone/data.js';
import { drawnConcept, standaloneData } from '../../web/src/standalone/test-fixtures.js';
import { standaloneHtml } from '../../web/src/standalone/html.js';
import { STANDALONE_CSS } from '../../web/src/standalone/styles.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { openOffline } from './offline.js';
import { downloaded } from './support.js';
import { gqlData } from '../api/support/client.js';

const explorer = useExplorer();

/** The phrase of the functions' footing that names the principle of non-discrimination. */
const PHRASE = 'bertumpu pada semangat non diskriminasi';

/** The validator's folding: runs of white space (U+00A0 included) as one space, ends trimmed. */
const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

interface Span {
  start: number;
  end: number;
}

interface ApiDocument {
  text: string;
  paragraphs: Span[];
  passages: (Span & { concepts: { id: string; kind: string }[] })[];
}

/** The live API's answer (the file under test is checked against it). */
const graphql = <T>(query: string, variables: Record<string, unknown>) =>
  gqlData<T>(explorer.url, query, variables);

/** Downloads the standalone file of an explorer view and writes it where the tests keep it. */
async function standaloneOf(query: string, name: string): Promise<{ path: string; html: string }> {
  const { page } = await newPage(explorer.browser);
  await page.goto(explorer.at(query));
  await waitForGraph(page);
  await page.getByTestId('share-open').click();
  const file = await downloaded(page, () => page.getByTestId('export-html').click());
  await page.close();
  const path = join(await mkdtemp(join(tmpdir(), 'ks-standalone-text-')), `${name}.html`);
  await writeFile(path, file);
  await mkdir('tests/artifacts', { recursive: true });
  await writeFile(`tests/artifacts/${name}.html`, file);
  return { path, html: file.toString() };
}

/** What the drawing and the details panel show as selected. */
const selected = (page: Page) =>
  page.evaluate(() => ({
    name: document.querySelector('.details .name')?.textContent ?? null,
    node:
      document.querySelector<SVGGElement>('g.node rect[stroke-width="4"]')?.parentElement?.dataset
        .id ?? null,
    edge:
      document.querySelector<SVGGElement>('g.edge line[stroke-width="3.5"]')?.parentElement?.dataset
        .id ?? null,
  }));

/** The highlight (its first piece, the control) whose words are `words`. */
const markOf = (page: Page, words: string) =>
  page
    .locator('mark.passage[role="button"]')
    .filter({ hasText: new RegExp(`^\\s*${words.replace(/ /g, '\\s+')}\\s*$`) });

let doc: ApiDocument;
beforeAll(async () => {
  doc = (
    await graphql<{ graph: { document: ApiDocument } }>(
      `
        query ($g: ID!) {
          graph(id: $g) {
            document {
              text
              paragraphs {
                start
                end
              }
              passages {
                start
                end
                concepts {
                  id
                  kind
                }
              }
            }
          }
        }
      `,
      { g: explorer.graph },
    )
  ).graph.document;
});

describe('the standalone file’s source text', () => {
  it('shows the text offline, and a click on a highlight selects what it evidences', async () => {
    const { path, html } = await standaloneOf('lang=en', 'standalone-text');
    // The text and its highlights cost little: the names they point at are the drawing's own.
    const data = JSON.parse(
      /<script type="application\/json" id="ks-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}',
    ) as StandaloneData;
    expect(data.document?.text).toBe(doc.text);
    expect(JSON.stringify(data.document).length).toBeLessThan(4 * doc.text.length + 30_000);
    expect(html.length).toBeLessThan(300_000);

    const { page, errors, requests, url } = await openOffline(explorer.browser, path);
    const toggle = page.locator('button.text-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('.text-panel').isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('.text-panel').isVisible()).resolves.toBe(true);

    // Every paragraph of the text, word for word (white space read as one space).
    const shown = await page.$$eval('.text-doc .text-para', (ps) =>
      ps.map((p) => ({
        start: Number((p as HTMLElement).dataset.start),
        text: p.textContent ?? '',
      })),
    );
    expect(shown).toHaveLength(doc.paragraphs.length);
    for (const [i, p] of doc.paragraphs.entries())
      expect(fold(shown[i]?.text ?? '')).toBe(fold(doc.text.slice(p.start, p.end)));

    // The phrase evidences a principle: a click selects it on the drawing and in the details.
    const passage = doc.passages.find((p) => fold(doc.text.slice(p.start, p.end)) === PHRASE);
    const principle = passage?.concepts.find((c) => c.kind === 'Principle');
    if (!principle) throw new Error(`Expected a principle quoted by “${PHRASE}”`);
    const mark = markOf(page, PHRASE);
    await expect(mark.count()).resolves.toBe(1);
    await expect(mark.getAttribute('aria-label')).resolves.toContain(PHRASE);
    await mark.click();
    const label = await graphql<{ concept: { labels: { en: string } } }>(
      'query($g: ID!, $id: ID!) { concept(graph: $g, id: $id) { labels { en } } }',
      { g: explorer.graph, id: principle.id },
    );
    expect(await selected(page)).toMatchObject({
      node: principle.id,
      name: label.concept.labels.en,
    });
    // The highlight it came from is its current place, and keeps the keyboard focus.
    await expect(page.locator('mark.place.current').first().textContent()).resolves.toMatch(
      /bertumpu/,
    );
    await page.screenshot({ path: 'tests/artifacts/standalone-text-clicked.png' });
    // Again: the next thing the phrase evidences, a relation of meaning resting on the principle.
    await page.keyboard.press('Enter');
    const next = await selected(page);
    expect(next.node).toBeNull();
    expect(next.edge).toMatch(new RegExp(`RESTS_ON\\.${principle.id}$`));

    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('marks a concept’s quote when the drawing selects it, and steps through its places', async () => {
    const { path } = await standaloneOf(
      `focus=${KNOWN.expandable}&lang=id`,
      'standalone-text-focus',
    );
    const { page, errors, requests, url } = await openOffline(explorer.browser, path);
    // The keyboard opens the text, as in the explorer.
    await page.keyboard.press('t');
    await expect(page.locator('.text-panel').isVisible()).resolves.toBe(true);
    const evidence = await graphql<{ concept: { quote: string; evidence: Span[] } }>(
      'query($g: ID!, $id: ID!) { concept(graph: $g, id: $id) { quote evidence { start end } } }',
      { g: explorer.graph, id: KNOWN.expandable },
    );
    await page.locator(`g.node[data-id="${KNOWN.expandable}"]`).click();
    const current = page.locator('mark.place.current');
    await expect(current.first().textContent()).resolves.toBeTruthy();
    const marked = fold((await current.allTextContents()).join(''));
    expect(marked).toBe(fold(evidence.concept.quote));
    // Scrolled into the text's frame (smoothly, as the explorer does: wait for it to arrive).
    await page.waitForFunction(() => {
      const place = document.querySelector('mark.place.current')?.getBoundingClientRect();
      const frame = document.querySelector('.text-body')?.getBoundingClientRect();
      return !!place && !!frame && place.top >= frame.top && place.bottom <= frame.bottom;
    });
    await expect(page.locator('mark.place').count()).resolves.toBeGreaterThanOrEqual(
      evidence.concept.evidence.length,
    );
    await page.screenshot({ path: 'tests/artifacts/standalone-text-focus.png' });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('steps through the places of a concept quoted twice, in both languages', async () => {
    const { path } = await standaloneOf(
      `lang=id&text=1&sel=c:${KNOWN.searchable.id}`,
      'standalone-text-places',
    );
    const evidence = await graphql<{ concept: { evidence: Span[] } }>(
      'query($g: ID!, $id: ID!) { concept(graph: $g, id: $id) { evidence { start end } } }',
      { g: explorer.graph, id: KNOWN.searchable.id },
    );
    const places = evidence.concept.evidence;
    expect(places.length).toBeGreaterThan(1);
    const { page, errors, requests, url } = await openOffline(explorer.browser, path);
    // The file opens as the explorer was: text open, the concept selected, its quote marked.
    await expect(page.locator('.text-panel').isVisible()).resolves.toBe(true);
    expect((await selected(page)).node).toBe(KNOWN.searchable.id);
    const currentText = async () =>
      fold((await page.locator('mark.place.current').allTextContents()).join(''));
    const at = (i: number) => fold(doc.text.slice(places[i]?.start, places[i]?.end));
    await expect(currentText()).resolves.toBe(at(0));
    await expect(page.locator('.text-steps .step-where').textContent()).resolves.toBe(
      `Kutipan 1 dari ${places.length}`,
    );
    await page.getByRole('button', { name: 'Tempat berikutnya dalam teks' }).click();
    await expect(currentText()).resolves.toBe(at(1));
    await page.locator('button[data-lang="en"]').click();
    await expect(page.locator('.text-steps .step-where').textContent()).resolves.toBe(
      `Quote 2 of ${places.length}`,
    );
    await expect(page.locator('button.text-toggle').textContent()).resolves.toBe('Text');
    // The English interface says beside the quote what the Indonesian words are evidence for.
    await expect(page.locator('.text-doc .gloss').textContent()).resolves.toContain(
      KNOWN.searchable.labelEn,
    );
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('reads well with the text open at 1280×720 and 390×844, in both languages', async () => {
    const { path } = await standaloneOf(
      `lang=en&text=1&sel=c:${KNOWN.expandable}`,
      'standalone-text-look',
    );
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ]) {
      const { page, errors } = await openOffline(explorer.browser, path, viewport);
      for (const lang of ['en', 'id'] as const) {
        await page.locator(`button[data-lang="${lang}"]`).click();
        const layout = await page.evaluate(() => {
          const box = (selector: string) => {
            const r = document.querySelector(selector)?.getBoundingClientRect();
            return r ? { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom } : null;
          };
          return {
            graph: box('svg.graph'),
            text: box('.text-panel'),
            page: { x2: window.innerWidth, y2: window.innerHeight },
            overflow: document.documentElement.scrollWidth > window.innerWidth,
          };
        });
        const { graph, text } = layout;
        if (!graph || !text) throw new Error('Expected the drawing and the text');
        // Side by side on a wide screen, one above the other on a phone; neither off the page.
        if (viewport.width > 700) expect(graph.x2).toBeLessThanOrEqual(text.x1 + 1);
        else expect(graph.y2).toBeLessThanOrEqual(text.y1 + 1);
        expect(graph.y2 - graph.y1).toBeGreaterThan(150);
        expect(text.y2 - text.y1).toBeGreaterThan(200);
        expect(text.x2).toBeLessThanOrEqual(layout.page.x2);
        expect(layout.overflow).toBe(false);
        await page.screenshot({
          path: `tests/artifacts/standalone-text-${viewport.width}-${lang}.png`,
        });
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 300_000);

  it('shows a text and labels that look like markup as text, and runs nothing else', async () => {
    const hostile = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">';
    const text = `Awal ${hostile} akhir.\nBaris </script> kedua.`;
    const start = text.indexOf('<script>');
    const end = start + hostile.length;
    const data = standaloneData({
      title: { id: 'Uji', en: 'Test' },
      lang: 'en',
      concepts: [
        drawnConcept({
          id: 'a',
          labels: { id: hostile, en: hostile },
          definitions: { id: hostile, en: hostile },
          quote: hostile,
          evidence: [{ start, end, line: 1 }],
        }),
      ],
      kinds: [{ id: 'K', labels: { id: hostile, en: hostile }, color: '#00f' }],
      document: {
        id: 'doc',
        title: hostile,
        language: 'id',
        text,
        lineCount: 2,
        coverage: 0.5,
        paragraphs: [
          { start: 0, end: text.indexOf('\n'), line: 1 },
          { start: text.indexOf('\n') + 1, end: text.length, line: 2 },
        ],
        sentences: [
          { start: 0, end: text.indexOf('\n'), line: 1, covered: true },
          { start: text.indexOf('\n') + 1, end: text.length, line: 2, covered: false },
        ],
        passages: [{ start, end, line: 1, concepts: [0], relations: [] }],
      },
      textOpen: true,
      selected: null,
    });
    const { script } = await bundleStandaloneViewer();
    const html = await standaloneHtml(data, script, STANDALONE_CSS);
    const path = join(await mkdtemp(join(tmpdir(), 'ks-hostile-text-')), 'hostile.html');
    await writeFile(path, html);
    const { page, errors, requests, url } = await openOffline(explorer.browser, path);
    const paragraphs = await page.$$eval('.text-doc .text-para', (ps) =>
      ps.map((p) => p.textContent),
    );
    expect(paragraphs).toEqual([`Awal ${hostile} akhir.`, 'Baris </script> kedua.']);
    await page.locator('mark.passage[role="button"]').click();
    expect((await selected(page)).node).toBe('a');
    await expect(page.locator('.text-doc .gloss').textContent()).resolves.toContain(hostile);
    const state = await page.evaluate(() => ({
      hacked: (window as unknown as { hacked?: number }).hacked ?? null,
      scripts: document.scripts.length,
      images: document.images.length,
    }));
    expect(state).toEqual({ hacked: null, scripts: 2, images: 0 });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
