// The document's structure on the canvas: sections drawn as boxes around the concepts they
// contain (no "contains" edges), a switch back to edges, paths of meaning by default, and the
// details and legend telling structure from meaning. Expectations come from the live API, so
// the test follows the seed as it is corrected.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { must, waitForLayout } from './support/browser.js';
import { canvasEdges, canvasNodes, overlappingPairs } from './support/canvas.js';
import { useExplorer } from './support/explorer.js';
import { downloaded } from '../embed/support.js';

const explorer = useExplorer();

interface Truth {
  concepts: {
    id: string;
    kind: string;
    section: string | null;
    numbering: { label: string } | null;
  }[];
  relations: {
    id: string;
    type: string;
    structural: boolean;
    from: { id: string };
    to: { id: string };
  }[];
  types: { id: string; structural: boolean; count: number }[];
}

async function ask<T>(query: string): Promise<T> {
  const response = await fetch(`${explorer.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let truth: Truth;
beforeAll(async () => {
  const g = JSON.stringify(explorer.graph);
  const data = await ask<{
    concepts: { nodes: Truth['concepts'] };
    relations: { nodes: Truth['relations'] };
    graph: { relationTypes: Truth['types'] };
  }>(`{
    concepts(graph: ${g}, first: 500) { nodes { id kind section numbering { label } } }
    relations(graph: ${g}, first: 500) { nodes { id type structural from { id } to { id } } }
    graph(id: ${g}) { relationTypes { id structural count } }
  }`);
  truth = {
    concepts: data.concepts.nodes,
    relations: data.relations.nodes,
    types: data.graph.relationTypes,
  };
});

/** Section id → the concepts the API says it contains. */
function membersBySection(): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  for (const c of truth.concepts) {
    if (c.section) sections.set(c.section, [...(sections.get(c.section) ?? []), c.id].sort());
  }
  return sections;
}

/** Each box on the canvas and what it holds. */
async function boxesOnCanvas(page: Page): Promise<Map<string, string[]>> {
  const nodes = await canvasNodes(page);
  const boxes = new Map<string, string[]>();
  for (const n of nodes) if (n.group) boxes.set(n.id, []);
  for (const n of nodes) if (n.parent) boxes.set(n.parent, [...(boxes.get(n.parent) ?? []), n.id]);
  for (const [id, members] of boxes) boxes.set(id, members.sort());
  return boxes;
}

describe('sections on the canvas', () => {
  it('the landing view draws the seven sections as boxes holding their concepts, no "contains" edge', async () => {
    const { page, context, errors } = await explorer.open();
    const expected = membersBySection();
    expect(expected.size).toBe(7);
    const boxes = await boxesOnCanvas(page);
    expect([...boxes.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [section, members] of expected) expect(boxes.get(section), section).toEqual(members);
    const structural = new Set(truth.types.filter((t) => t.structural).map((t) => t.id));
    expect(structural.has('HAS_MEMBER')).toBe(true);
    const edges = await canvasEdges(page);
    expect(edges.filter((e) => e.type === 'HAS_MEMBER')).toEqual([]);
    // The topic's "has section" lines are left out too: the boxes show the sections.
    expect(edges.filter((e) => structural.has(e.type))).toEqual([]);
    // Relations of meaning are all there.
    const meaning = truth.relations.filter((r) => !r.structural).map((r) => r.id);
    expect(edges.map((e) => e.id).sort()).toEqual(meaning.sort());
    // No box over a concept it does not hold, over another box, or concepts over each other.
    expect(overlappingPairs(await canvasNodes(page))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the switch draws sections as edges again, remembered in the link, and back', async () => {
    const { page, context, errors } = await explorer.open();
    const toggle = page.locator('[data-testid="sections-toggle"]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await toggle.click();
    await waitForLayout(page);
    expect(new URL(page.url()).searchParams.get('sections')).toBe('edges');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    expect((await boxesOnCanvas(page)).size).toBe(0);
    const members = (await canvasEdges(page)).filter((e) => e.type === 'HAS_MEMBER');
    const count = truth.types.find((t) => t.id === 'HAS_MEMBER')?.count ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(members).toHaveLength(count);
    expect(overlappingPairs(await canvasNodes(page))).toEqual([]);

    // A reload keeps the choice; the switch brings the boxes back.
    await page.reload();
    await waitForLayout(page);
    await page.waitForFunction(() => (window as unknown as { cy?: object }).cy);
    expect((await canvasEdges(page)).filter((e) => e.type === 'HAS_MEMBER')).toHaveLength(count);
    await page.locator('[data-testid="sections-toggle"]').click();
    await waitForLayout(page);
    expect(new URL(page.url()).searchParams.has('sections')).toBe(false);
    expect((await boxesOnCanvas(page)).size).toBe(7);
    expect((await canvasEdges(page)).filter((e) => e.type === 'HAS_MEMBER')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every layout draws the boxes apart, each around its own concepts', async () => {
    const { page, context } = await explorer.open();
    for (const layout of ['grouped', 'concentric', 'elk', 'fcose']) {
      await page.locator('[data-testid="layout-select"]').selectOption(layout);
      await waitForLayout(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      expect((await boxesOnCanvas(page)).size, layout).toBe(7);
      const nodes = await canvasNodes(page);
      expect(overlappingPairs(nodes), layout).toEqual([]);
      if (layout === 'elk') {
        // The hierarchy reads from the topic down: it sits above everything else.
        const topic = must(
          nodes.find((n) => truth.concepts.find((c) => c.id === n.id)?.kind === 'Topic'),
          'the topic',
        );
        const below = nodes.filter((n) => n.id !== topic.id && n.visible);
        expect(topic.box.y2).toBeLessThan(Math.min(...below.map((n) => n.box.y1)));
      }
    }
    await context.close();
  });

  it('the view’s snapshot (what exports draw) has each box around its members', async () => {
    const { page, context } = await explorer.open();
    await page.locator('[data-testid="share-open"]').click();
    const bytes = await downloaded(page, () => page.locator('[data-testid="export-json"]').click());
    const json = JSON.parse(bytes.toString('utf8')) as {
      concepts: { id: string; position: { x: number; y: number } | null; group: string | null }[];
      groups: { id: string; box: { x1: number; y1: number; x2: number; y2: number } }[];
    };
    const expected = membersBySection();
    expect(json.groups.map((g) => g.id).sort()).toEqual([...expected.keys()].sort());
    for (const group of json.groups) {
      const members = json.concepts.filter((c) => c.group === group.id);
      expect(members.map((c) => c.id).sort(), group.id).toEqual(expected.get(group.id));
      for (const { position } of members) {
        const p = must(position, 'a member’s position');
        expect(p.x > group.box.x1 && p.x < group.box.x2, group.id).toBe(true);
        expect(p.y > group.box.y1 && p.y < group.box.y2, group.id).toBe(true);
      }
    }
    await context.close();
  });

  it('a click on a box selects its section, whose details say it is a section of the text', async () => {
    const { page, context } = await explorer.open('lang=en');
    const [section] = [...membersBySection().keys()].sort();
    const id = must(section, 'a section');
    // A point inside the box's border that only the box covers (no concept it holds, no relation
    // crossing it), found with Cytoscape's own hit test along the inside of the border.
    const point = await page.evaluate((box) => {
      interface Hit {
        id(): string;
      }
      const cy = (
        window as unknown as {
          cy: {
            zoom(): number;
            pan(): { x: number; y: number };
            getElementById(id: string): {
              renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
            };
            renderer(): { findNearestElement(x: number, y: number, a: boolean, b: boolean): Hit };
          };
        }
      ).cy;
      const b = cy.getElementById(box).renderedBoundingBox({ includeLabels: false });
      const rect = (document.getElementById('graph') ?? document.body).getBoundingClientRect();
      const inset = 4;
      for (let t = 0.1; t < 1; t += 0.05) {
        for (const [x, y] of [
          [b.x1 + inset, b.y1 + (b.y2 - b.y1) * t],
          [b.x2 - inset, b.y1 + (b.y2 - b.y1) * t],
          [b.x1 + (b.x2 - b.x1) * t, b.y2 - inset],
        ] as const) {
          const model = { x: (x - cy.pan().x) / cy.zoom(), y: (y - cy.pan().y) / cy.zoom() };
          const hit = cy.renderer().findNearestElement(model.x, model.y, true, false);
          if (hit?.id() === box) return { x: rect.left + x, y: rect.top + y };
        }
      }
      return null;
    }, id);
    const at = must(point, `a point only the box of ${id} covers`);
    await page.mouse.click(at.x, at.y);
    const details = page.locator(`[data-testid="details"] [data-concept="${id}"]`);
    await details.first().waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`c:${id}`);
    // Its "contains" relations are listed, marked as the text's structure.
    const marked = page.locator(
      '[data-testid="details"] .relation-group[data-type="HAS_MEMBER"] [data-testid="structural"]',
    );
    await expect(marked.textContent()).resolves.toBe('document structure');
    await context.close();
  });

  it('the details give the text’s own number of a concept, with the words that number it', async () => {
    const numbered = must(
      truth.concepts.find((c) => c.numbering && c.kind !== 'Section'),
      'a numbered concept',
    );
    const { page, context } = await explorer.open(`sel=c:${numbered.id}&lang=en`);
    const label = page.locator('[data-testid="numbering-label"]');
    await label.waitFor();
    await expect(label.textContent()).resolves.toBe(`In the text: ${numbered.numbering?.label}`);
    await expect(
      page.locator('[data-testid="numbering"] blockquote').textContent(),
    ).resolves.toBeTruthy();
    await context.close();
  });

  it('the legend lists relations of meaning and the structure of the text under headings of their own', async () => {
    const { page, context } = await explorer.open('lang=en');
    const ids = async (list: string) =>
      (
        await page
          .locator(`[data-testid="${list}"] [data-testid^="type-"]`)
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')))
      ).sort();
    const used = truth.types.filter((t) => t.count > 0);
    expect(await ids('legend-meaning')).toEqual(
      used
        .filter((t) => !t.structural)
        .map((t) => `type-${t.id}`)
        .sort(),
    );
    expect(await ids('legend-structure')).toEqual(
      used
        .filter((t) => t.structural)
        .map((t) => `type-${t.id}`)
        .sort(),
    );
    await context.close();
  });
});

describe('paths of meaning', () => {
  /**
   * Two concepts of one section that the section joins in two steps, while relations of meaning
   * take longer (or never join them): the case where structure would answer a path.
   */
  function siblingsApartInMeaning(): [string, string] {
    const meaning = new Map<string, string[]>();
    for (const r of truth.relations.filter((x) => !x.structural)) {
      meaning.set(r.from.id, [...(meaning.get(r.from.id) ?? []), r.to.id]);
      meaning.set(r.to.id, [...(meaning.get(r.to.id) ?? []), r.from.id]);
    }
    const distance = (from: string, to: string) => {
      const seen = new Map([[from, 0]]);
      const queue = [from];
      for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
        for (const next of meaning.get(at) ?? []) {
          if (seen.has(next)) continue;
          seen.set(next, (seen.get(at) ?? 0) + 1);
          queue.push(next);
        }
      }
      return seen.get(to) ?? Infinity;
    };
    for (const members of membersBySection().values()) {
      for (const a of members)
        for (const b of members) if (a < b && distance(a, b) > 2) return [a, b];
    }
    throw new Error('No two concepts of a section are more than two relations of meaning apart');
  }

  it('a path uses relations of meaning unless the reader asks for the structure too', async () => {
    const [from, to] = siblingsApartInMeaning();
    const structural = new Set(truth.relations.filter((r) => r.structural).map((r) => r.id));
    const { page, context } = await explorer.open(`path=${from},${to}&lang=en`);
    const steps = page.locator('[data-testid="path-steps"], [data-testid="path-none"]');
    await steps.first().waitFor();
    await waitForLayout(page);
    const box = page.locator('[data-testid="path-structure"]');
    await expect(box.isChecked()).resolves.toBe(false);
    const onPath = async () =>
      (await canvasEdges(page)).filter((e) => e.classes.includes('on-path')).map((e) => e.id);
    const meaningOnly = await onPath();
    expect(meaningOnly.filter((id) => structural.has(id))).toEqual([]);

    await box.check();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('pathscope') === 'all',
    );
    await page.locator('[data-testid="path-steps"]').first().waitFor();
    await waitForLayout(page);
    // Through their section: two relations, both of the text's structure.
    await expect(page.locator('.path-results h3').first().textContent()).resolves.toContain(
      '(2 relations)',
    );
    const throughStructure = await onPath();
    expect(throughStructure.some((id) => structural.has(id))).toBe(true);
    await context.close();
  });
});
