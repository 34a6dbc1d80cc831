// A story saved before a correction of the graph names an id the graph has since replaced: loaded
// from its file, it shows what the id names now, and its links name the current id. The old id
// comes from the live API's `Graph.aliases`, so the test follows the seed as it is corrected.
import { describe, expect, it } from 'vitest';
import { must, newPage, waitForGraph, waitForLayout } from '../e2e/support/browser.js';
import { canvasEdges, canvasNodes } from '../e2e/support/canvas.js';
import { useExplorer } from '../e2e/support/explorer.js';

const explorer = useExplorer();

interface Alias {
  old: string;
  current: string;
  target: 'CONCEPT' | 'RELATION';
}

async function aliases(): Promise<Alias[]> {
  const response = await fetch(`${explorer.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ graph(id: ${JSON.stringify(explorer.graph)}) { aliases { old current target } } }`,
    }),
  });
  const body = (await response.json()) as { data?: { graph: { aliases: Alias[] } | null } };
  return must(body.data?.graph, 'the graph').aliases;
}

describe('a story saved with an old id', () => {
  it('shows what the id names now, and its links carry the current id', async () => {
    const list = await aliases();
    // The seed keeps the ids its corrections replaced: without any, there is nothing to test.
    expect(list.length).toBeGreaterThan(0);
    const alias = must(list.find((a) => a.target === 'CONCEPT') ?? list[0], 'an alias');
    const concept = alias.target === 'CONCEPT';
    const g = `g=${encodeURIComponent(explorer.graph)}`;
    const story = {
      v: 1,
      title: 'Saved before the correction',
      steps: [
        {
          name: 'The old id',
          query: concept ? `${g}&focus=${alias.old}` : `${g}&sel=r:${alias.old}`,
        },
      ],
    };

    const { page, context, errors } = await newPage(explorer.browser);
    await page.goto(explorer.at('lang=en'));
    await waitForGraph(page);
    await page.locator('[data-testid="story-open"]').click();
    await page.locator('[data-testid="story-file"]').setInputFiles({
      name: 'old.story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(story)),
    });
    await page.locator('[data-testid="story-step"]').first().waitFor();
    await page.locator('[data-testid="story-panel"] [data-key="show-0"]').click();
    await waitForLayout(page);

    const params = new URL(page.url()).searchParams;
    if (concept) {
      expect(params.get('focus')).toBe(alias.current);
      await page
        .locator(`[data-testid="details"] [data-concept="${alias.current}"]`)
        .first()
        .waitFor();
      expect((await canvasNodes(page)).map((n) => n.id)).toContain(alias.current);
    } else {
      expect(params.get('sel')).toBe(`r:${alias.current}`);
      await page
        .locator(`[data-testid="details"] .relation-details[data-relation="${alias.current}"]`)
        .waitFor();
      // The relation is on the canvas and stands out, under its current id.
      await page.waitForFunction(
        (id) =>
          (
            window as unknown as {
              cy: { getElementById(id: string): { hasClass(c: string): boolean } };
            }
          ).cy
            .getElementById(id)
            .hasClass('selected'),
        alias.current,
      );
      expect((await canvasEdges(page)).map((e) => e.id)).not.toContain(alias.old);
    }
    // The story itself now names the current id: its explorer link and the page's address.
    const link = await page.locator('[data-testid="story-explorer-link"]').inputValue();
    const encoded = must(new URL(link).searchParams.get('story'), 'the story in its link');
    const saved = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as typeof story;
    const step = new URLSearchParams(saved.steps[0]?.query);
    expect(concept ? step.get('focus') : step.get('sel')).toBe(
      concept ? alias.current : `r:${alias.current}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
