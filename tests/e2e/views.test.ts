// Changing what is in the view: expand, collapse, hide, focus, undo and redo; and the view in
// the URL: a reload or a shared link restores it, back and forward step through it.
import { describe, expect, it } from 'vitest';
import { must, newPage, waitForGraph, waitForLayout } from './support/browser.js';
import type { Page } from 'playwright-core';
import { canvasNodes, clickNode, viewport, visibleNodeIds } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';

const explorer = useExplorer();
const open = (query = '') => explorer.open(query);

/**
 * A concept on the canvas other than `id`, drawn as a node (the focus's section is drawn as a box
 * around it, and a click in the middle of a box lands on what it holds).
 */
async function conceptBeside(page: Page, id: string): Promise<string> {
  const nodes = await canvasNodes(page);
  return must(nodes.find((n) => n.visible && !n.group && n.id !== id)?.id, 'a neighbour of ' + id);
}

describe('expand, collapse, hide, focus, undo, redo', () => {
  it('focuses on a neighbourhood, expands a neighbour, collapses it, and undoes and redoes', async () => {
    const { page, context } = await open(`focus=${KNOWN.expandable}`);
    const focused = await visibleNodeIds(page);
    expect(focused).toContain(KNOWN.expandable);
    const neighbour = await conceptBeside(page, KNOWN.expandable);

    await clickNode(page, neighbour);
    await page.locator(`[data-testid="details"] [data-concept="${neighbour}"]`).first().waitFor();
    await page.locator('[data-testid="action-expand"]').click();
    await waitForLayout(page);
    const expanded = await visibleNodeIds(page);
    expect(expanded.length).toBeGreaterThan(focused.length);
    expect(expanded).toEqual(expect.arrayContaining(focused));

    await page.locator('[data-testid="action-collapse"]').click();
    await waitForLayout(page);
    expect(await visibleNodeIds(page)).toEqual(focused);

    await page.locator('[data-testid="undo"]').click();
    await waitForLayout(page);
    expect(await visibleNodeIds(page)).toEqual(expanded);
    await page.locator('[data-testid="redo"]').click();
    await waitForLayout(page);
    expect(await visibleNodeIds(page)).toEqual(focused);

    // Hide the neighbour, then Ctrl+Z brings it back.
    await clickNode(page, neighbour);
    await page.locator('[data-testid="action-hide"]').click();
    await waitForLayout(page);
    expect(await visibleNodeIds(page)).not.toContain(neighbour);
    await page.locator('#graph').focus();
    await page.keyboard.press('Control+z');
    await waitForLayout(page);
    expect(await visibleNodeIds(page)).toContain(neighbour);

    await page.locator('[data-testid="whole-graph"]').click();
    await waitForLayout(page);
    expect((await visibleNodeIds(page)).length).toBeGreaterThan(expanded.length);
    await context.close();
  });
});

describe('the view in the URL', () => {
  it('restores focus, expansion, filters, layout, language, selection and zoom after a reload', async () => {
    const { page, context } = await open(`focus=${KNOWN.expandable}`);
    const neighbour = await conceptBeside(page, KNOWN.expandable);
    await clickNode(page, neighbour);
    await page.locator('[data-testid="action-expand"]').click();
    await waitForLayout(page);
    await page.locator('[data-testid="layout-select"]').selectOption('grouped');
    await waitForLayout(page);
    await page.locator('[data-testid="basis-inferred"]').click();
    await page.locator('[data-testid="lang-switch"]').click();
    await waitForLayout(page);
    // A user zoom (wheel over the canvas) goes into the link too.
    const box = must(await page.locator('#graph').boundingBox(), 'the canvas on the page');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -200);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('z'));
    const link = page.url();
    const before = {
      nodes: await visibleNodeIds(page),
      title: await page.locator('[data-testid="details-title"]').textContent(),
      zoom: (await viewport(page)).zoom,
    };
    const params = new URL(link).searchParams;
    expect(params.get('focus')).toBe(KNOWN.expandable);
    expect(params.get('x')).toBe(neighbour);
    expect(params.get('layout')).toBe('grouped');
    expect(params.get('basis')).toBe('stated');
    expect(params.get('lang')).toBe('en');
    expect(params.get('sel')).toBe(`c:${neighbour}`);

    // Another person opens the link in a fresh browser.
    const other = await newPage(explorer.browser);
    await other.page.goto(link);
    await waitForGraph(other.page);
    await other.page.locator('[data-testid="details-title"]').waitFor();
    expect(await visibleNodeIds(other.page)).toEqual(before.nodes);
    expect(await other.page.locator('[data-testid="details-title"]').textContent()).toBe(
      before.title,
    );
    expect(await other.page.locator('[data-testid="layout-select"]').inputValue()).toBe('grouped');
    expect((await viewport(other.page)).zoom).toBeCloseTo(before.zoom, 2);
    const inferredShown = await other.page.evaluate(
      () =>
        (
          window as unknown as {
            cy: {
              edges(s: string): {
                filter(f: (e: { visible(): boolean }) => boolean): { length: number };
              };
            };
          }
        ).cy
          .edges('.inferred')
          .filter((e) => e.visible()).length,
    );
    expect(inferredShown).toBe(0);
    await other.context.close();
    await context.close();
  });

  it('steps back and forward through views', async () => {
    const { page, context } = await open();
    const a = KNOWN.topic.id;
    await clickNode(page, a);
    await page.locator(`[data-testid="details"] [data-concept="${a}"]`).first().waitFor();
    // The second step goes through a neighbour link in the details panel.
    const link = page.locator('[data-testid="details"] .neighbour').first();
    const b = await link.getAttribute('data-concept');
    await link.click();
    await page.locator(`[data-testid="details"] [data-concept="${b}"]`).first().waitFor();
    await page.goBack();
    await page.locator(`[data-testid="details"] [data-concept="${a}"]`).first().waitFor();
    await page.goForward();
    await page.locator(`[data-testid="details"] [data-concept="${b}"]`).first().waitFor();
    await context.close();
  });

  it('tells the user when a linked concept does not exist, and offers the whole graph', async () => {
    const { page, context } = await newPage(explorer.browser);
    await page.goto(explorer.at('focus=no-such-concept'));
    const notice = page.locator('[data-testid="notice-elements"]');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('no-such-concept');
    await notice.locator('[data-testid="notice-action"]').click();
    await waitForGraph(page);
    expect((await visibleNodeIds(page)).length).toBeGreaterThan(10);
    await context.close();
  });
});
