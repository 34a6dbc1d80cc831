// Exports from the share dialog in Chromium: PNG size at 2× with its margin and not blank, SVG
// with real text, JSON with the spans of the source text that evidence what it shows, and the
// landing view's sections drawn as labelled boxes in the SVG.
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PNG_MARGIN } from '../../web/src/export/png-frame.js';
import { SVG_MARGIN } from '../../web/src/export/svg.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { useExplorer } from '../e2e/support/explorer.js';
import { KNOWN } from '../e2e/support/known.js';
import { drawSvg, inside, sectionConcepts, words } from './sections.js';
import { colourCount, downloaded, pngSize } from './support.js';

const explorer = useExplorer();

describe('exports of the current view', () => {
  it('gives the embed link, a 2× PNG, an SVG with labels as text, and JSON', async () => {
    const { page } = await newPage(explorer.browser);
    await page.goto(explorer.at(`focus=${KNOWN.expandable}&lang=en`));
    await waitForGraph(page, 150_000);
    await page.getByTestId('share-open').click();
    const embedLink = await page.getByTestId('embed-link').inputValue();
    expect(embedLink).toContain(`/embed?g=${explorer.graph}`);
    expect(embedLink).toContain(`focus=${KNOWN.expandable}`);
    expect(await page.getByTestId('embed-snippet').inputValue()).toMatch(/^<iframe src="/);

    const box = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { elements(s: string): { boundingBox(): { w: number; h: number } } };
        }
      ).cy;
      return cy.elements(':visible').boundingBox();
    });
    const png = await downloaded(page, () => page.getByTestId('export-png-2').click());
    const size = pngSize(png);
    // The picture at 2×, inside a margin on every side.
    const margin = 2 * PNG_MARGIN * 2;
    expect(Math.abs(size.width - box.w * 2 - margin)).toBeLessThanOrEqual(4);
    expect(Math.abs(size.height - box.h * 2 - margin)).toBeLessThanOrEqual(4);
    expect(await colourCount(page, png)).toBeGreaterThan(3);
    await import('node:fs/promises').then((fs) =>
      fs.writeFile('tests/artifacts/export@2x.png', png),
    );

    const svg = (await downloaded(page, () => page.getByTestId('export-svg').click())).toString();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        texts: [...doc.querySelectorAll('g.node text, g.group-label text')].map((t) =>
          [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
        ),
      };
    }, svg);
    expect(parsed.error).toBe(false);
    // Every visible concept's label once: a section drawn as a box carries its own label too.
    const labels = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(s: string): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] } };
        }
      ).cy;
      return cy.nodes(':visible').map((n) => String(n.data('rawLabel')));
    });
    expect(labels.length).toBeGreaterThan(1);
    expect([...parsed.texts].sort()).toEqual(labels.map(words).sort());

    type Spans = { start: number; end: number; line: number }[] | null;
    const json = JSON.parse(
      (await downloaded(page, () => page.getByTestId('export-json').click())).toString(),
    ) as {
      concepts: { id: string; position: unknown; evidence: Spans }[];
      relations: { id: string; evidence: Spans }[];
    };
    expect(json.concepts.map((c) => c.id)).toContain(KNOWN.expandable);
    expect(json.concepts.every((c) => c.position !== null)).toBe(true);
    // Where the source text says each concept and relation shown: the API's own spans.
    const api = await fetch(`${explorer.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($g: ID!, $ids: [ID!], $n: Int) { concepts(graph: $g, where: { ids: $ids }, first: $n) {
          nodes { id evidence { start end line } relations(first: 200) { id evidence { start end line } } }
        } }`,
        variables: {
          g: explorer.graph,
          ids: json.concepts.map((c) => c.id),
          n: json.concepts.length,
        },
      }),
    });
    type Answer = { id: string; evidence: Spans; relations: { id: string; evidence: Spans }[] };
    const { data } = (await api.json()) as { data: { concepts: { nodes: Answer[] } } };
    const spans = new Map<string, Spans>();
    for (const c of data.concepts.nodes) {
      spans.set(c.id, c.evidence);
      for (const r of c.relations) spans.set(r.id, r.evidence);
    }
    expect(json.relations.length).toBeGreaterThan(0);
    for (const item of [...json.concepts, ...json.relations]) {
      expect(item.evidence, item.id).toEqual(spans.get(item.id));
      expect(item.evidence?.length, `${item.id} has a span`).toBeGreaterThan(0);
    }
    await page.close();
  }, 300_000);

  for (const lang of ['en', 'id'] as const) {
    it(`draws the landing view's seven sections as labelled boxes in the SVG (${lang})`, async () => {
      const sections = await sectionConcepts(explorer.url, explorer.graph);
      expect(sections).toHaveLength(7);
      const { page, errors } = await newPage(explorer.browser);
      await page.goto(explorer.at(`lang=${lang}`));
      await waitForGraph(page, 150_000);
      await page.getByTestId('share-open').click();
      const svg = (await downloaded(page, () => page.getByTestId('export-svg').click())).toString();
      await mkdir('tests/artifacts', { recursive: true });
      await writeFile(`tests/artifacts/landing-sections-${lang}.svg`, svg);
      const drawn = await drawSvg(
        explorer.browser,
        svg,
        `tests/artifacts/landing-sections-${lang}.svg.png`,
      );
      expect(drawn.parseError).toBe(false);

      // One box per section, labelled in the view's language, each label inside its box.
      expect(drawn.groups.map((g) => g.id).sort()).toEqual(sections.map((s) => s.id).sort());
      const label = new Map(sections.map((s) => [s.id, words(s.labels[lang])]));
      for (const group of drawn.groups) {
        expect(group.label).toBe(label.get(group.id));
        expect(inside(group.text, group.box), `label of ${group.id} inside its box`).toBe(true);
      }
      // The boxes say what "contains" would: no such line, and the sections are no concept boxes.
      expect(drawn.edgeTypes).not.toContain('HAS_MEMBER');
      expect(drawn.edgeTypes.length).toBeGreaterThan(0);
      expect(drawn.nodes.map((n) => n.id)).not.toContain(sections[0]?.id);
      // Every concept's label inside its box; the whole picture inside the margin.
      for (const node of drawn.nodes)
        expect(inside(node.text, node.box, -1), `label of ${node.id}`).toBe(true);
      for (const part of [...drawn.groups, ...drawn.nodes])
        expect(inside(part.box, drawn.viewBox, SVG_MARGIN - 1), `${part.id} framed`).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
