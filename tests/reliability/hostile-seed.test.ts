// A hostile seed file: labels, definitions and quotes full of HTML, <script>, <img onerror>,
// control characters, right-to-left overrides and very long text, loaded by the real loader and
// shown in real Chromium in the explorer and the embed view, and downloaded as every export.
// Nothing may execute (no dialog, no CSP violation, the flag the payload would set stays unset)
// and the payload must read back as the same text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile } from '../../graph/seed/index.js';
import { uniqueGraphId } from '../support/database.js';
import { tempDir } from '../seed/support/files.js';
import { newPage, waitForGraph } from '../e2e/support/browser.js';
import { clickNode } from '../e2e/support/canvas.js';
import { useExplorer } from '../e2e/support/explorer.js';

const explorer = useExplorer({ seed: false });
const graph = uniqueGraphId('rel-hostile');

// Each payload would set window.__pwned if a browser ever ran it as markup or script.
const LABEL = `<img src=x onerror="window.__pwned='label'"><script>window.__pwned='script'</script>\u202Eevil\u202C`;
const DEFINITION = `"><svg onload="window.__pwned='svg'"></svg><a href="javascript:window.__pwned='link'">x</a> \u0007\u001b[31m bell & escape`;
const QUOTE = `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe> '); alert(1); //`;
const LONG = '<b>panjang</b> '.repeat(120).slice(0, 1_900);
const OTHER_LABEL = `\u202Etxt.exe <style>*{display:none}</style>`;

function writeHostileSeed(): string {
  const dir = tempDir('rel-hostile-');
  writeFileSync(
    join(dir, 'source.txt'),
    `Teks sumber.\n${QUOTE}\n${LONG}\nkalimat biasa di sini.\n`,
  );
  const seed = {
    format: 1,
    graph: {
      id: graph,
      title: { id: `<script>window.__pwned='title'</script>`, en: 'Hostile <i>graph</i>' },
      sourceText: 'source.txt',
    },
    kinds: [
      {
        id: 'Value',
        label: { id: '<b onmouseover="window.__pwned=1">Nilai</b>', en: 'Value' },
        color: '#1f77b4',
      },
      { id: 'Goal', label: { id: 'Tujuan', en: 'Goal' }, color: '#2ca02c' },
    ],
    relationTypes: [
      {
        id: 'SUPPORTS',
        label: { id: '<img src=y onerror=alert(2)>', en: 'supports' },
        color: '#1f77b4',
        from: ['Value'],
        to: ['Goal'],
      },
    ],
    sources: [{ id: 'src', author: '<script>alert(3)</script>', year: 2006 }],
    concepts: [
      {
        id: 'hostile',
        kind: 'Value',
        label: { id: LABEL, en: LABEL },
        definition: { id: DEFINITION, en: DEFINITION },
        quote: QUOTE,
        source: 'src',
        page: 1,
      },
      {
        id: 'long',
        kind: 'Goal',
        label: { id: OTHER_LABEL, en: OTHER_LABEL },
        definition: { id: LONG, en: LONG },
        quote: LONG,
        source: 'src',
        page: 2,
      },
    ],
    relations: [
      {
        type: 'SUPPORTS',
        from: 'hostile',
        to: 'long',
        basis: 'inferred',
        quote: 'kalimat biasa',
        rationale: { id: DEFINITION, en: LONG },
      },
    ],
  };
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(seed, null, 1));
  return file;
}

beforeAll(async () => {
  if (!explorer.db) throw new Error('This test loads its own graph: it needs the test database.');
  await loadSeedFile(explorer.db, writeHostileSeed());
});
afterAll(async () => {
  await explorer.db?.writeRows(
    'MATCH (n) WHERE n.graph = $graph OR (n:Graph AND n.id = $graph) DETACH DELETE n',
    { graph },
  );
});

/** A page that records dialogs and CSP violations from the very first script on. */
async function watchedPage() {
  const opened = await newPage(explorer.browser);
  const dialogs: string[] = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await opened.page.addInitScript(() => {
    const store = window as unknown as { __violations: string[] };
    store.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      store.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { ...opened, dialogs };
}

async function nothingRan(page: Page, dialogs: string[]): Promise<void> {
  // Give any injected handler (an image error, a load event) time to fire.
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __violations: string[] };
    return {
      pwned: w.__pwned ?? null,
      violations: w.__violations,
      injected: document.querySelectorAll(
        'img[src="x"], img[src="y"], svg[onload], iframe[srcdoc], script:not([src])',
      ).length,
    };
  });
  expect(seen).toEqual({ pwned: null, violations: [], injected: 0 });
  expect(dialogs).toEqual([]);
}

/** The full labels the canvas draws (as text, on a canvas: it has no markup to run). */
function canvasLabels(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    (
      window as unknown as {
        cy: { nodes(): { map<T>(f: (n: { data(k: string): unknown }) => T): T[] } };
      }
    ).cy
      .nodes()
      .map((n) => n.data('rawLabel')),
  );
}

async function detailsShowPayload(page: Page): Promise<void> {
  await clickNode(page, 'hostile');
  const details = page.locator('[data-testid="details"] [data-concept="hostile"]').first();
  await details.waitFor();
  const title = await page.locator('[data-testid="details-title"]').first().textContent();
  expect(title).toBe(LABEL);
  const text = (await page.locator('[data-testid="details"]').first().textContent()) ?? '';
  expect(text).toContain(DEFINITION);
  expect(text).toContain(QUOTE);
}

describe('a hostile seed file', () => {
  it('is shown as text in the explorer, and nothing in it runs', async () => {
    const { page, context, dialogs } = await watchedPage();
    await page.goto(`${explorer.url}/?g=${encodeURIComponent(graph)}`);
    await waitForGraph(page);
    expect(await canvasLabels(page)).toContain(LABEL);
    await detailsShowPayload(page);
    await nothingRan(page, dialogs);
    await context.close();
  });

  it('is shown as text in the embed view, and nothing in it runs', async () => {
    const { page, context, dialogs } = await watchedPage();
    await page.goto(
      `${explorer.url}/embed?g=${encodeURIComponent(graph)}&legend=1&lang=id&interactive=1`,
    );
    await waitForGraph(page);
    // No details panel here: the canvas labels and the legend carry the seed's text.
    expect(await canvasLabels(page)).toContain(LABEL);
    const legend = (await page.locator('#embed-legend').textContent()) ?? '';
    expect(legend).toContain('<b onmouseover="window.__pwned=1">Nilai</b>');
    await clickNode(page, 'hostile');
    await nothingRan(page, dialogs);
    await context.close();
  });

  it('is exported byte for byte as data, never as a page a browser would render', async () => {
    const base = `${explorer.url}/export/${encodeURIComponent(graph)}`;
    for (const ext of ['json', 'graphml', 'concepts.csv', 'relations.csv']) {
      const res = await fetch(`${base}.${ext}`);
      expect(res.status, ext).toBe(200);
      expect(res.headers.get('content-type'), ext).not.toMatch(/html/);
      expect(res.headers.get('x-content-type-options'), ext).toBe('nosniff');
      expect(res.headers.get('content-security-policy'), ext).toContain("script-src 'self'");
      expect(res.headers.get('content-disposition'), ext).toMatch(/^attachment/);
      const body = await res.text();
      if (ext === 'json') expect(body).toContain(JSON.stringify(LABEL).slice(1, -1));
      if (ext === 'graphml') {
        const doc = new DOMParser().parseFromString(body, 'text/xml');
        const values = Array.from(doc.getElementsByTagName('data')).map((d) => d.textContent);
        expect(values).toContain(LABEL);
        expect(doc.getElementsByTagName('script').length).toBe(0);
      }
      if (ext === 'concepts.csv') expect(body).toContain(LABEL.replace(/"/g, '""'));
      if (ext === 'relations.csv') expect(body).toContain('kalimat biasa');
    }
  });
});
