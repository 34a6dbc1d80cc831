// The standalone HTML export in Chromium: downloaded from the share dialog, opened from disk with
// the network blocked, it draws the view's concepts, shows a verbatim quote on a click, switches
// language, pans and zooms, and asks for nothing but its own file. Hostile labels stay text.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bundleStandaloneViewer } from '../../web/build/standalone-viewer-plugin.js';
import type { StandaloneData } from '../../web/src/standalone/data.js';
import { drawnConcept, standaloneData } from '../../web/src/standalone/test-fixtures.js';
import { standaloneHtml } from '../../web/src/standalone/html.js';
import { STANDALONE_CSS } from '../../web/src/standalone/styles.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { visibleNodeIds } from '../e2e/support/canvas.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { inside, sectionConcepts, words } from './sections.js';
import { openOffline } from './offline.js';
import { downloaded } from './support.js';
import { gqlData } from '../api/support/client.js';

const explorer = useExplorer();

/** The label of every concept drawn, as a box or as a section's group (its title). */
const nodeTexts = (page: Page) =>
  page.$$eval('g.node, g.group-label', (nodes) =>
    Object.fromEntries(
      nodes.map((n) => [
        (n as SVGGElement).dataset.id ?? (n as SVGGElement).dataset.group ?? '',
        [...n.querySelectorAll('tspan')].map((t) => t.textContent).join(' '),
      ]),
    ),
  );

/** The live API's answer (the file under test is checked against it). */
const graphql = <T>(query: string, variables: Record<string, unknown>) =>
  gqlData<T>(explorer.url, query, variables);

describe('the standalone HTML export', () => {
  it('works from disk with the network blocked: concepts, quotes, language, pan and zoom', async () => {
    const { page } = await newPage(explorer.browser);
    await page.goto(explorer.at(`focus=${KNOWN.expandable}&lang=en`));
    await waitForGraph(page);
    const expected = await visibleNodeIds(page);
    await page.getByTestId('share-open').click();
    const file = await downloaded(page, () => page.getByTestId('export-html').click());
    await page.close();
    const dir = await mkdtemp(join(tmpdir(), 'ks-standalone-'));
    const path = join(dir, 'view.html');
    await writeFile(path, file);
    await mkdir('tests/artifacts', { recursive: true });
    await writeFile('tests/artifacts/standalone.html', file);

    const html = file.toString();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);

    const offline = await openOffline(explorer.browser, path);
    const view = offline.page;
    const ids = await view.$$eval('g.node, g.group', (nodes) =>
      nodes.map((n) => (n as SVGGElement).dataset.id ?? ''),
    );
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(ids).toContain(KNOWN.expandable);

    // The labels in English as the explorer showed them, then in Indonesian after the switch.
    const labels = await graphql<{
      concepts: { nodes: { id: string; labels: { id: string; en: string } }[] };
    }>(
      'query($g:ID,$ids:[ID!]){concepts(graph:$g,where:{ids:$ids},first:100){nodes{id labels{id en}}}}',
      { g: explorer.graph, ids: expected },
    );
    const words = (s: string) => s.split(/\s+/).join(' ');
    const en = Object.fromEntries(labels.concepts.nodes.map((c) => [c.id, words(c.labels.en)]));
    const id = Object.fromEntries(labels.concepts.nodes.map((c) => [c.id, words(c.labels.id)]));
    expect(await nodeTexts(view)).toEqual(en);
    await view.screenshot({ path: 'tests/artifacts/standalone-en.png' });
    await view.locator('button[data-lang="id"]').click();
    expect(await nodeTexts(view)).toEqual(id);
    expect(await view.evaluate(() => document.documentElement.lang)).toBe('id');

    // A click on a concept shows its verbatim quote, the same text the API holds.
    const concept = await graphql<{
      concept: {
        quote: string;
        relations: {
          id: string;
          quote: string | null;
          structural: boolean;
          to: { id: string };
          from: { id: string };
        }[];
      };
    }>(
      'query($g:ID,$id:ID!){concept(graph:$g,id:$id){quote relations(first:200){id quote structural from{id} to{id}}}}',
      { g: explorer.graph, id: KNOWN.expandable },
    );
    expect(concept.concept.quote).toBeTruthy();
    await view.locator(`g.node[data-id="${KNOWN.expandable}"]`).click();
    await expect(view.locator('.details .quote').textContent()).resolves.toBe(
      concept.concept.quote,
    );
    await expect(view.locator('.details .name').textContent()).resolves.toBe(
      labels.concepts.nodes.find((c) => c.id === KNOWN.expandable)?.labels.id,
    );
    await view.screenshot({ path: 'tests/artifacts/standalone-concept.png' });

    // A relation of meaning in view with a quote (structure is drawn as boxes): a click shows it.
    const shown = new Set(expected);
    const relation = concept.concept.relations.find(
      (r) => r.quote && !r.structural && shown.has(r.from.id) && shown.has(r.to.id),
    );
    if (!relation?.quote) throw new Error('Expected a quoted relation in the view');
    await view.locator(`g.edge[data-id="${relation.id}"]`).dispatchEvent('click');
    await expect(view.locator('.details .quote').textContent()).resolves.toBe(relation.quote);
    await view.locator('button[data-lang="en"]').click();
    await expect(view.locator('.details .basis').textContent()).resolves.toMatch(
      /^(Stated in the text|Inferred)$/,
    );

    // Zoom and pan move the view box.
    const viewBox = () => view.locator('svg.graph').getAttribute('viewBox');
    const before = await viewBox();
    await view.getByTitle('Zoom in').click();
    const zoomed = await viewBox();
    expect(zoomed).not.toBe(before);
    // Drag from a point of the empty background (not a concept, the legend or the details).
    const start = await view.evaluate(() => {
      const svg = document.querySelector('svg.graph');
      const r = svg?.getBoundingClientRect();
      for (let y = (r?.top ?? 0) + 10; r && y < r.bottom; y += 15)
        for (let x = r.left + 10; x < r.right - 150; x += 15)
          if (document.elementFromPoint(x, y) === svg) return { x, y };
      return null;
    });
    if (!start) throw new Error('Expected some empty background to drag');
    await view.mouse.move(start.x, start.y);
    await view.mouse.down();
    await view.mouse.move(start.x + 120, start.y + 40, { steps: 5 });
    await view.mouse.up();
    const panned = (await viewBox())?.split(' ').map(Number) ?? [];
    const z = zoomed?.split(' ').map(Number) ?? [];
    expect(panned[0]).toBeLessThan(z[0] ?? 0);
    expect(panned[2]).toBe(z[2]);

    expect(offline.requests).toEqual([offline.url]);
    expect(offline.errors).toEqual([]);
    await view.close();
  }, 300_000);

  it('shows labels and quotes that look like markup as text, and runs nothing else', async () => {
    const hostile = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">';
    const base = { quote: null, page: null, source: null, definitions: { id: null, en: null } };
    const data = standaloneData({
      title: { id: '</title><script>window.hacked=3</script>', en: null },
      concepts: [
        drawnConcept({
          id: 'a',
          labels: { id: hostile, en: null },
          group: 'g',
          quote: `</script>${hostile}`,
          page: 3,
          source: { id: 's', author: '<b>A</b>', year: 2020, title: null },
        }),
        drawnConcept({ id: 'b', labels: { id: 'B', en: 'B' }, x: 260, w: 80, h: 40 }),
      ],
      groups: [
        {
          ...base,
          id: 'g',
          kind: 'Section',
          labels: { id: hostile, en: null },
          x1: -100,
          y1: -70,
          x2: 100,
          y2: 50,
          fill: '#f4f4f8',
          border: '#99a',
          textColor: '#111',
          fontSize: 13,
        },
      ],
      relations: [
        {
          ...base,
          id: 'r',
          type: 'T',
          inferred: true,
          from: 'a',
          to: 'b',
          color: '#c00',
          arrow: true,
          rationales: { id: hostile, en: null },
        },
      ],
      kinds: [{ id: 'K', labels: { id: hostile, en: null }, color: '#00f' }],
      types: [
        { id: 'T', labels: { id: 'mendukung', en: 'supports' }, color: '#c00', structural: false },
      ],
    });
    const { script } = await bundleStandaloneViewer();
    const html = await standaloneHtml(data, script, STANDALONE_CSS);
    const dir = await mkdtemp(join(tmpdir(), 'ks-hostile-'));
    const path = join(dir, 'hostile.html');
    await writeFile(path, html);
    const { page, errors, requests, url } = await openOffline(explorer.browser, path);
    expect(await page.title()).toBe(data.title.id);
    await page.locator('g.node[data-id="a"]').click();
    await expect(page.locator('.details .quote').textContent()).resolves.toBe(
      `</script>${hostile}`,
    );
    await expect(page.locator('.details .citation').textContent()).resolves.toContain('<b>A</b>');
    const label = await page.$eval('g.node[data-id="a"] text', (t) => t.textContent);
    expect(label?.replace(/\s+/g, '')).toBe(hostile.replace(/\s+/g, ''));
    const groupLabel = await page.$eval('g.group-label[data-group="g"] text', (t) => t.textContent);
    expect(groupLabel?.replace(/\s+/g, '')).toBe(hostile.replace(/\s+/g, ''));
    await page.locator('g.edge[data-id="r"]').dispatchEvent('click');
    await expect(page.locator('.details .rationale').textContent()).resolves.toBe(hostile);
    const state = await page.evaluate(() => ({
      hacked: (window as unknown as { hacked?: number }).hacked ?? null,
      scripts: document.scripts.length,
      images: document.images.length,
      arrows: document.querySelectorAll('g.edge polygon').length,
    }));
    expect(state).toEqual({ hacked: null, scripts: 2, images: 0, arrows: 1 });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws the landing view’s sections as boxes, no “contains” lines, meaning apart from structure', async () => {
    const sections = await sectionConcepts(explorer.url, explorer.graph);
    expect(sections).toHaveLength(7);
    const { page } = await newPage(explorer.browser);
    await page.goto(explorer.at('lang=en'));
    await waitForGraph(page);
    await page.getByTestId('share-open').click();
    const file = await downloaded(page, () => page.getByTestId('export-html').click());
    await page.close();
    const dir = await mkdtemp(join(tmpdir(), 'ks-sections-'));
    const path = join(dir, 'landing.html');
    await writeFile(path, file);
    await mkdir('tests/artifacts', { recursive: true });
    await writeFile('tests/artifacts/standalone-sections.html', file);

    const sizes = [
      { width: 390, height: 844 },
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ];
    for (const viewport of sizes) {
      const offline = await openOffline(explorer.browser, path, viewport);
      const view = offline.page;
      const data = await view.evaluate(
        () => JSON.parse(document.getElementById('ks-data')?.textContent ?? '{}') as StandaloneData,
      );
      // The boxes stand for the structure: no structural line is drawn, nor listed as drawn.
      expect(data.relations.map((r) => r.type)).not.toContain('HAS_MEMBER');
      expect(data.groups).toHaveLength(7);
      expect(data.types.find((t) => t.id === KNOWN.relationType)?.structural).toBe(false);
      expect(data.types.filter((t) => t.structural)).toEqual([]);

      for (const lang of ['en', 'id'] as const) {
        await view.locator(`button[data-lang="${lang}"]`).click();
        const groups = await view.$$eval('g.group', (nodes) => {
          const rect = (b: DOMRect) => ({
            x1: b.x,
            y1: b.y,
            x2: b.x + b.width,
            y2: b.y + b.height,
          });
          return nodes.map((g) => {
            const id = (g as SVGGElement).dataset.id ?? '';
            const title = document.querySelector(`g.group-label[data-group="${CSS.escape(id)}"]`);
            return {
              id,
              label: [...(title?.querySelectorAll('tspan') ?? [])]
                .map((t) => t.textContent)
                .join(' '),
              box: rect((g.querySelector('rect') as SVGGraphicsElement).getBBox()),
              text: rect((title?.querySelector('text') as SVGGraphicsElement).getBBox()),
            };
          });
        });
        expect(groups.map((g) => g.id).sort()).toEqual(sections.map((s) => s.id).sort());
        const label = new Map(sections.map((s) => [s.id, words(s.labels[lang])]));
        for (const g of groups) {
          expect(g.label).toBe(label.get(g.id));
          expect(inside(g.text, g.box), `${g.id} label in its box`).toBe(true);
        }
        // Meaning and structure are listed apart; "contains" is said by the boxes, not a line.
        const legend = await view.$$eval('.legend h2', (headings) =>
          Object.fromEntries(
            headings.map((h) => [
              (h as HTMLElement).dataset.role ?? '',
              [...(h.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => li.textContent),
            ]),
          ),
        );
        const en = lang === 'en';
        expect(legend.meaning).toContain(en ? 'supports' : 'mendukung');
        expect(legend.structure?.[0]).toBe(
          en ? 'Section (a box around its concepts)' : 'Bagian (kotak di sekeliling konsepnya)',
        );
        expect(legend.structure).not.toContain(en ? 'contains' : 'memuat');
        expect(legend.meaning).not.toContain(en ? 'has section' : 'memiliki bagian');
        expect(legend.meaning).not.toContain(en ? 'contains' : 'memuat');
        await view.screenshot({
          path: `tests/artifacts/standalone-sections-${viewport.width}-${lang}.png`,
        });
      }
      // A section's title reached with the keyboard comes into view (the file opens zoomed in
      // where the whole drawing would make labels too small); a click on it shows its own quote.
      const first = sections[0];
      if (!first) throw new Error('Expected a section');
      const title = view.locator(`g.group-label[data-group="${first.id}"]`);
      await title.focus();
      const shown = () =>
        title.evaluate((g) => {
          const t = g.getBoundingClientRect();
          const f = document.querySelector('svg.graph')?.getBoundingClientRect();
          return (
            !!f && t.left >= f.left && t.right <= f.right && t.top >= f.top && t.bottom <= f.bottom
          );
        });
      await expect.poll(shown).toBe(true);
      await title.click();
      await expect(view.locator('.details .name').textContent()).resolves.toBe(first.labels.id);
      expect(offline.requests).toEqual([offline.url]);
      expect(offline.errors).toEqual([]);
      await view.close();
    }
  }, 300_000);
});
