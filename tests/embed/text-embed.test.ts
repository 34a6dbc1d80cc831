// The embed's text panes in Chromium: `view=text` shows the source text alone, `view=split` the
// text beside the canvas ("the passage and what it means" on a slide), each linked as in the
// explorer.
import { describe, expect, it } from 'vitest';
import { must, newPage, waitForGraph } from '../e2e/support/browser.js';
import { canvasNodes } from '../e2e/support/canvas.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { conceptEvidence, currentPlaceInView, documentOf, fold } from '../e2e/support/text.js';

const explorer = useExplorer();
const embedAt = (query: string) => `${explorer.url}/embed?g=${explorer.graph}&${query}`;

describe('the embed with the source text', () => {
  it('view=text shows the text alone, its passages and the selection’s quote', async () => {
    const doc = await documentOf(explorer.url, explorer.graph);
    const { quote } = await conceptEvidence(explorer.url, explorer.graph, KNOWN.expandable);
    const { page, context, errors } = await newPage(explorer.browser, {
      viewport: { width: 900, height: 500 },
    });
    await page.goto(embedAt(`view=text&lang=en&sel=c:${KNOWN.expandable}`));
    await page.locator('#text-view .text-doc').waitFor();
    // No canvas is drawn, and none of the explorer's chrome.
    await expect(page.locator('#graph').isVisible()).resolves.toBe(false);
    for (const chrome of ['#toolbar', '#search', '#header', '#side', '#legend'])
      expect(await page.locator(chrome).count()).toBe(0);
    const frame = must(await page.locator('#text-view').boundingBox(), 'the text');
    expect(frame.width).toBeGreaterThan(880);
    const passages = page.locator('#text-view .passage[role="button"]');
    await expect(passages.count()).resolves.toBe(doc.passages.length);
    expect(fold(await currentPlaceInView(page))).toBe(fold(quote));
    // An embed never closes its text; its link to the explorer keeps the text open there too.
    expect(await page.getByTestId('text-close').count()).toBe(0);
    const href = must(await page.locator('#open-explorer').getAttribute('href'), 'a link');
    expect(new URLSearchParams(href.slice(href.indexOf('?'))).get('text')).toBe('1');
    await page.screenshot({ path: 'tests/artifacts/embed-text.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('view=split shows the text beside the canvas, linked both ways', async () => {
    const doc = await documentOf(explorer.url, explorer.graph);
    const index = doc.passages.findIndex((p) =>
      p.concepts.some((c) => c.id === KNOWN.searchable.id),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const { page, context, errors } = await newPage(explorer.browser);
    await page.goto(embedAt('view=split&lang=id&theme=dark'));
    await waitForGraph(page);
    await page.locator('#text-view .text-doc').waitFor();
    const canvas = must(await page.locator('#graph').boundingBox(), 'the canvas');
    const text = must(await page.locator('#text-view').boundingBox(), 'the text');
    expect(text.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    expect(canvas.width).toBeGreaterThan(500);
    // The whole graph fits the canvas beside the text.
    for (const node of await canvasNodes(page)) {
      expect(node.box.x2, node.id).toBeLessThanOrEqual(canvas.width + 1);
    }
    // Hovering a passage lights its concept up; clicking selects it on the canvas.
    const mark = page.locator(`#text-view .passage[data-passage="${index}"][role="button"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const classes = () =>
      page.evaluate(
        (id) =>
          (
            window as unknown as {
              cy: { getElementById(id: string): { classes(): string[] } };
            }
          ).cy
            .getElementById(id)
            .classes(),
        KNOWN.searchable.id,
      );
    await expect.poll(classes).toContain('on-path');
    await mark.click();
    await expect.poll(classes).toContain('selected');
    await page.screenshot({ path: 'tests/artifacts/embed-split.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a view shared with its text open embeds as a split view; the dialog offers text alone', async () => {
    const { page, context } = await explorer.open('text=1');
    await page.getByTestId('share-open').click();
    const embedLink = page.getByTestId('embed-link');
    const shared = new URL(await embedLink.inputValue());
    expect(shared.searchParams.get('text')).toBe('1');
    expect(shared.searchParams.get('view')).toBeNull();
    await page.getByTestId('opt-pane').selectOption('text');
    expect(new URL(await embedLink.inputValue()).searchParams.get('view')).toBe('text');
    await page.goto(shared.toString());
    await waitForGraph(page);
    await page.locator('#text-view .text-doc').waitFor();
    await expect(page.locator('#graph').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
