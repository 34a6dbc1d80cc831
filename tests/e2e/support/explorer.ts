// One real server (the app `npm start` serves: API and built web app) over the real Neo4j with
// the real seed loaded, and one Chromium, per test file.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import type { Database } from '../../../graph/db.js';
import { testDatabase } from '../../support/database.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { launchBrowser, newPage, waitForGraph, type PageOptions } from './browser.js';
import { loadExplorerGraph } from './seed.js';

export interface Explorer {
  url: string;
  graph: string;
  browser: Browser;
  db: Database | null;
  /** The explorer's address for a query string (the graph is always named). */
  at(query?: string): string;
  /** A new page at that address, once its graph is drawn. */
  open(query?: string, options?: PageOptions): ReturnType<typeof newPage>;
}

export interface ExplorerOptions {
  /** Load the Keserasian Sosial seed (default); tests with a graph of their own skip it. */
  seed?: boolean;
}

export function useExplorer(options: ExplorerOptions = {}): Explorer {
  const explorer = {} as Explorer;
  let server: TestServer | undefined;
  // A browser, a server and Neo4j share two cores with the other suites: a first visit may
  // take minutes on a busy machine, so browser tests get more time than the default minute.
  vi.setConfig({ testTimeout: 180_000 });
  beforeAll(async () => {
    if (!existsSync('dist/web/index.html')) {
      throw new Error('The web app is not built: run `npm run build` (npm test does it).');
    }
    // E2E_BASE_URL runs the same tests against a running explorer (for example `npm start`)
    // whose Neo4j is NEO4J_URI; the seed must already be loaded there.
    if (process.env.E2E_BASE_URL) {
      explorer.url = process.env.E2E_BASE_URL;
      explorer.graph = process.env.E2E_GRAPH ?? 'keserasian-sosial';
      explorer.db = testDatabase();
    } else {
      explorer.db = testDatabase();
      explorer.graph = options.seed === false ? '' : await loadExplorerGraph(explorer.db);
      server = await startTestServer(explorer.db);
      explorer.url = server.url;
    }
    explorer.browser = await launchBrowser();
    explorer.at = (query = '') =>
      `${explorer.url}/?g=${encodeURIComponent(explorer.graph)}${query ? `&${query}` : ''}`;
    explorer.open = async (query = '', pageOptions = {}) => {
      const opened = await newPage(explorer.browser, pageOptions);
      await opened.page.goto(explorer.at(query));
      await waitForGraph(opened.page);
      return opened;
    };
  });
  afterAll(async () => {
    await explorer.browser?.close();
    await server?.close();
    await explorer.db?.close();
  });
  return explorer;
}
