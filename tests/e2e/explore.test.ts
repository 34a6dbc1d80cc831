// The explorer in a real Chromium against the real server, Neo4j and seed: arrive, search, read
// the evidence, filter, switch language, move by keyboard, trace a path.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { must, waitForGraph, waitForLayout } from './support/browser.js';
import { canvasEdges, canvasNodes, overlappingPairs, visibleNodeIds } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { KNOWN } from './support/known.js';

const explorer = useExplorer();
const open = (query = '') => explorer.open(query);

/** Every concept's position on the canvas, by id. */
const nodePositions = (page: Page) =>
  page.evaluate(() => {
    const cy = (
      window as unknown as {
        cy: { nodes(): { map<T>(f: (n: { id(): string; position(): object }) => T): T[] } };
      }
    ).cy;
    return cy.nodes().map((n) => [n.id(), n.position()]);
  });

describe('arriving', () => {
  it('on a phone, the title stands clear of the header buttons and the search', async () => {
    const { page, context } = await explorer.open('', { viewport: { width: 390, height: 844 } });
    const box = async (selector: string) =>
      must(await page.locator(selector).boundingBox(), selector);
    const title = await box('.title');
    const apart = (a: typeof title, b: typeof title) =>
      a.x + a.width <= b.x ||
      b.x + b.width <= a.x ||
      a.y + a.height <= b.y ||
      b.y + b.height <= a.y;
    for (const other of ['.lang-switch', '.theme-switch', '#search .search-input']) {
      expect(apart(title, await box(other)), other).toBe(true);
    }
    expect(title.x + title.width).toBeLessThanOrEqual(390);
    await context.close();
  });

  it("a returning visitor sees the same layout at once: the server's for the landing view", async () => {
    const { page, context, errors } = await open();
    const source = () => page.locator('#graph').getAttribute('data-layout-source');
    // The landing view is laid out once per graph version, on the server, and drawn as sent.
    expect(await source()).toBe('server');
    const first = await nodePositions(page);
    await page.goto(explorer.at());
    await waitForGraph(page);
    expect(await source()).toBe('server');
    expect(await nodePositions(page)).toEqual(first);
    expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a view the server has not laid out is remembered by the browser for the next visit', async () => {
    const { page, context, errors } = await open(`focus=${KNOWN.expandable}`);
    const source = () => page.locator('#graph').getAttribute('data-layout-source');
    expect(await source()).toBe('computed');
    const first = await nodePositions(page);
    const stored = await page.evaluate(() => localStorage.getItem('keserasian-explorer.layouts'));
    expect(Object.keys(JSON.parse(must(stored, 'a remembered layout')) as object)).toHaveLength(1);
    // Same browser, same screen: the second visit takes the remembered positions, which are
    // exactly the computed ones.
    await page.goto(explorer.at(`focus=${KNOWN.expandable}`));
    await waitForGraph(page);
    expect(await source()).toBe('cache');
    expect(await nodePositions(page)).toEqual(first);
    expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the whole graph, coloured by kind, with no overlapping labels at 1280×720', async () => {
    const { page, context, errors } = await open();
    const nodes = await canvasNodes(page);
    expect(nodes.length).toBeGreaterThanOrEqual(40);
    expect(overlappingPairs(nodes)).toEqual([]);
    // Every concept is on screen at the default zoom, and its text is large enough to read.
    const canvas = must(await page.locator('#graph').boundingBox(), 'the canvas on the page');
    for (const n of nodes) {
      expect(n.box.x1).toBeGreaterThanOrEqual(0);
      expect(n.box.x2).toBeLessThanOrEqual(canvas.width + 1);
    }
    const zoom = await page.evaluate(() =>
      (window as unknown as { cy: { zoom(): number } }).cy.zoom(),
    );
    expect(13 * zoom).toBeGreaterThanOrEqual(9);
    await expect(page.locator('h1').textContent()).resolves.toContain(KNOWN.topic.labelId);
    await expect(page.locator('.source-line').textContent()).resolves.toMatch(
      /Departemen Sosial.*2006/,
    );
    // The legend lists kinds with counts that add up to the graph.
    const counts = await page
      .locator('#legend [data-testid^="kind-"] .legend-count')
      .allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(nodes.length);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search and evidence', () => {
  it('finds a concept by a prefix without diacritics and shows its quote with the source', async () => {
    const { page, context } = await open();
    await page.keyboard.press('/');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-field')),
    ).resolves.toBe('main');
    await page.keyboard.type(KNOWN.searchable.query);
    const hit = page.locator(`#search .search-hit[data-id="${KNOWN.searchable.id}"]`);
    await hit.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const details = page.locator('[data-testid="details"]');
    await details.locator(`[data-concept="${KNOWN.searchable.id}"]`).waitFor();
    await expect(details.locator('[data-testid="details-title"]').textContent()).resolves.toBe(
      KNOWN.searchable.labelId,
    );
    const quote = await details.locator('[data-testid="quote"]').first().textContent();
    expect(quote?.length).toBeGreaterThan(10);
    await expect(
      details.locator('[data-testid="citation"]').first().textContent(),
    ).resolves.toMatch(/\(\d{4}\)/);
    // The chosen concept and its neighbourhood stand out; the rest fades.
    const nodes = await canvasNodes(page);
    expect(nodes.find((n) => n.id === KNOWN.searchable.id)?.classes).toContain('selected');
    expect(nodes.some((n) => n.classes.includes('faded'))).toBe(true);
    await context.close();
  });

  it('shows a relation’s quote, whether it is stated or inferred, and the rationale', async () => {
    const { page, context } = await open(`sel=c:${KNOWN.searchable.id}`);
    const badge = page.locator('[data-testid="details"] .basis-badge[data-relation]').first();
    await badge.click();
    const details = page.locator('[data-testid="details"] .relation-details');
    await details.waitFor();
    const basis = await details.locator('[data-testid="basis"]').textContent();
    expect(basis).toMatch(/Dinyatakan|Disimpulkan/);
    await expect(
      details.locator('[data-testid="quote"], .muted').first().textContent(),
    ).resolves.toBeTruthy();
    if (basis?.startsWith('Disimpulkan')) {
      await expect(
        details.locator('[data-testid="rationale"]').textContent(),
      ).resolves.toBeTruthy();
    }
    // The relation is emphasised on the canvas too.
    const selected = (await canvasEdges(page)).filter((e) => e.classes.includes('selected'));
    expect(selected).toHaveLength(1);
    await context.close();
  });

  it('shows a relation’s evidence when it is clicked on the canvas', async () => {
    const { page, context } = await open();
    const edge = must(
      (await canvasEdges(page)).find((e) => e.inferred),
      'an inferred relation',
    );
    // A tap on the edge itself, as Cytoscape delivers a click on its line.
    await page.evaluate((id) => {
      const cy = (
        window as unknown as { cy: { getElementById(id: string): { emit(e: string): void } } }
      ).cy;
      cy.getElementById(id).emit('tap');
    }, edge.id);
    const details = page.locator(
      `[data-testid="details"] .relation-details[data-relation="${edge.id}"]`,
    );
    await details.waitFor();
    await expect(details.locator('[data-testid="basis"]').textContent()).resolves.toBe(
      'Disimpulkan',
    );
    await expect(details.locator('[data-testid="rationale"]').textContent()).resolves.toBeTruthy();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`r:${edge.id}`);
    await context.close();
  });

  it('says so when a search finds nothing', async () => {
    const { page, context } = await open();
    await page.locator('#search input').fill('zzqqxxj');
    await expect(
      page.locator('#search .search-status').filter({ hasText: 'zzqqxxj' }).textContent(),
    ).resolves.toContain('Tidak ada konsep');
    await context.close();
  });
});

describe('filters', () => {
  it('the legend hides a kind, a relation type and inferred relations, and shows them again', async () => {
    const { page, context } = await open();
    const before = await canvasNodes(page);
    const ofKind = before.filter((n) => n.kind === KNOWN.kind).map((n) => n.id);
    expect(ofKind.length).toBeGreaterThan(0);

    await page.locator(`[data-testid="kind-${KNOWN.kind}"]`).click();
    const afterKind = await canvasNodes(page);
    expect(
      afterKind
        .filter((n) => !n.visible)
        .map((n) => n.id)
        .sort(),
    ).toEqual([...ofKind].sort());
    await expect(
      page.locator(`[data-testid="kind-${KNOWN.kind}"]`).getAttribute('aria-pressed'),
    ).resolves.toBe('false');

    await page.locator(`[data-testid="type-${KNOWN.relationType}"]`).click();
    const edges = await canvasEdges(page);
    expect(edges.filter((e) => e.type === KNOWN.relationType).every((e) => !e.visible)).toBe(true);

    await page.locator('[data-testid="basis-inferred"]').click();
    expect((await canvasEdges(page)).filter((e) => e.inferred).every((e) => !e.visible)).toBe(true);
    expect(new URL(page.url()).searchParams.get('hk')).toBe(KNOWN.kind);

    await page.locator('[data-testid="reset-filters"]').click();
    expect((await canvasNodes(page)).every((n) => n.visible)).toBe(true);
    await context.close();
  });
});

describe('language', () => {
  it('switches labels and interface strings, and remembers the choice', async () => {
    const { page, context } = await open();
    const topicLabel = () =>
      page.evaluate(
        (id) =>
          String(
            (
              window as unknown as {
                cy: { getElementById(id: string): { data(k: string): unknown } };
              }
            ).cy
              .getElementById(id)
              .data('rawLabel'),
          ),
        KNOWN.topic.id,
      );
    expect(await topicLabel()).toBe(KNOWN.topic.labelId);
    await expect(page.locator('#legend h2').textContent()).resolves.toBe('Legenda');
    await page.locator('[data-testid="lang-switch"]').click();
    await waitForLayout(page);
    expect(await topicLabel()).toBe(KNOWN.topic.labelEn);
    await expect(page.locator('#legend h2').textContent()).resolves.toBe('Legend');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
    // A new visit without the language in the link still speaks English.
    await page.goto(explorer.at());
    await waitForGraph(page);
    expect(await topicLabel()).toBe(KNOWN.topic.labelEn);
    await context.close();
  });
});

describe('keyboard', () => {
  it('moves between a concept and its neighbours, opens with Enter and clears with Escape', async () => {
    const { page, context } = await open();
    await page.locator('#graph').focus();
    const outline = await page.evaluate(
      () => getComputedStyle(document.getElementById('graph') ?? document.body).outlineStyle,
    );
    expect(outline).not.toBe('none');
    // The first arrow selects the most connected concept.
    await page.keyboard.press('ArrowRight');
    const title = page.locator('[data-testid="details-title"]');
    await title.waitFor();
    const first = await title.textContent();
    // The next arrows walk its neighbours, announced to screen readers.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#live').textContent()).resolves.toMatch(/Tetangga 1 dari \d+/);
    const cursor = must(
      (await canvasNodes(page)).find((n) => n.classes.includes('cursor')),
      'a neighbour under the cursor',
    );
    await page.keyboard.press('Enter');
    await page.locator(`[data-testid="details"] [data-concept="${cursor.id}"]`).first().waitFor();
    expect(await title.textContent()).not.toBe(first);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('graph');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="details"]').waitFor({ state: 'hidden' });
    expect((await canvasNodes(page)).some((n) => n.classes.includes('selected'))).toBe(false);
    await context.close();
  });

  it('offers the graph as lists of concepts and relations', async () => {
    const { page, context } = await open();
    await page.locator('[data-testid="list-toggle"]').click();
    const concepts = page.locator('.list-concepts li');
    await concepts.first().waitFor();
    expect(await concepts.count()).toBe((await visibleNodeIds(page)).length);
    expect(await page.locator('.list-relations li').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('paths', () => {
  it('traces the shortest path between two concepts, highlighted and listed as text', async () => {
    const { page, context } = await open();
    await page.locator('[data-testid="path-toggle"]').click();
    const pick = async (box: string, query: string, id: string) => {
      const input = page.locator(`[data-testid="${box}"] input`);
      await input.fill(query);
      await page.locator(`[data-testid="${box}"] .search-hit[data-id="${id}"]`).click();
    };
    await pick('path-from', KNOWN.pathFrom.query, KNOWN.pathFrom.id);
    await pick('path-to', KNOWN.pathTo.query, KNOWN.pathTo.id);
    await page.locator('[data-testid="path-steps"]').first().waitFor();
    await waitForLayout(page);
    const text = (await page.locator('[data-testid="path-steps"]').allTextContents()).join(' ');
    const nodes = await canvasNodes(page);
    const onPath = nodes.filter((n) => n.classes.includes('on-path'));
    expect(onPath.map((n) => n.id)).toEqual(
      expect.arrayContaining([KNOWN.pathFrom.id, KNOWN.pathTo.id]),
    );
    for (const n of onPath) expect(text).toContain(n.label);
    expect(new URL(page.url()).searchParams.get('path')).toBe(
      `${KNOWN.pathFrom.id},${KNOWN.pathTo.id}`,
    );
    await context.close();
  });
});
