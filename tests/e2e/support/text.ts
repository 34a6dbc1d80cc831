// The Text view's tests: the document and evidence as the API gives them (the truth the page is
// checked against), the marked place as the page shows it, and axe-core run in the page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface ApiDocument {
  text: string;
  coverage: number;
  passages: {
    start: number;
    end: number;
    concepts: { id: string }[];
    relations: { id: string }[];
  }[];
  sentences: { start: number; end: number; line: number; covered: boolean }[];
  uncovered: { start: number; end: number; line: number; text: string }[];
}

export interface Span {
  start: number;
  end: number;
  line: number;
}

async function graphql<T>(url: string, query: string, variables: object): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function documentOf(url: string, graph: string): Promise<ApiDocument> {
  const data = await graphql<{ graph: { document: ApiDocument | null } | null }>(
    url,
    `
      query ($graph: ID!) {
        graph(id: $graph) {
          document {
            text
            coverage
            passages {
              start
              end
              concepts {
                id
              }
              relations {
                id
              }
            }
            sentences {
              start
              end
              line
              covered
            }
            uncovered {
              start
              end
              line
              text
            }
          }
        }
      }
    `,
    { graph },
  );
  const doc = data.graph?.document;
  if (!doc) throw new Error(`The graph ${graph} has no document`);
  return doc;
}

export async function conceptEvidence(
  url: string,
  graph: string,
  id: string,
): Promise<{ quote: string; evidence: Span[] }> {
  const data = await graphql<{ concept: { quote: string; evidence: Span[] } | null }>(
    url,
    'query ($graph: ID!, $id: ID!) { concept(graph: $graph, id: $id) { quote evidence { start end line } } }',
    { graph, id },
  );
  if (!data.concept) throw new Error(`No concept ${id}`);
  return data.concept;
}

/** Concepts of the graph quoted in more than one place (a quote and a numbering line). */
export async function conceptsWithPlaces(url: string, graph: string): Promise<string[]> {
  const data = await graphql<{ concepts: { nodes: { id: string; evidence: Span[] }[] } }>(
    url,
    'query ($graph: ID!) { concepts(graph: $graph, first: 100) { nodes { id evidence { start } } } }',
    { graph },
  );
  return data.concepts.nodes.filter((n) => n.evidence.length > 1).map((n) => n.id);
}

/** Text as the validator compares it: runs of white space (NBSPs too) as one space. */
export const fold = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Waits until the marked current place shows whole inside the text's scroll box; its words. */
export async function currentPlaceInView(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => {
    const place = document.querySelector<HTMLElement>('#text-view .place.current');
    const box = document.querySelector('#text-view .text-scroll')?.getBoundingClientRect();
    if (!place || !box) return null;
    const rect = place.getBoundingClientRect();
    const inside = rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1 && rect.height > 0;
    return inside ? (place.textContent ?? '') : null;
  });
  return (await handle.jsonValue()) ?? '';
}

/** A page that lets axe-core in: the app's CSP forbids inline script, so the context bypasses it. */
export async function axePage(
  browser: Browser,
  viewport = { width: 1280, height: 720 },
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ bypassCSP: true, viewport });
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  return { page, context };
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A/AA and best-practice rules over the elements `include` selects. */
export async function axeViolations(page: Page, include: string[]): Promise<AxeViolation[]> {
  const source = await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.addScriptTag({ content: source });
  return page.evaluate(async (selectors) => {
    const axe = (
      window as unknown as {
        axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: selectors.map((s) => [s]) },
      {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
        },
      },
    );
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, include);
}
