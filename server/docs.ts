// The API guide (docs/api.md) at /docs/api.md, as Markdown text: GraphiQL's welcome and the
// explorer's "Download data" link to it, so a reader of the running server finds the exports,
// filters and limits without the repository at hand. Only the files listed here are served.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Route } from './app.js';

export const API_GUIDE_PATH = '/docs/api.md';

const DOCS_DIR = join(import.meta.dirname, '../docs');
const SERVED: Record<string, string> = { [API_GUIDE_PATH]: 'api.md' };

export function docsRoute(): Route {
  return async (req, res, url) => {
    const file = SERVED[url.pathname];
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const body = await readFile(join(DOCS_DIR, file));
    res.writeHead(200, {
      // Browsers show text/markdown as text; `charset` keeps the Indonesian words intact.
      'content-type': 'text/markdown; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
