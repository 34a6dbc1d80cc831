// Serves the built web app (dist/web): hashed assets cached for a year, pages never cached, and
// any other extension-less path falls back to the explorer page so shared links to views work.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Route } from './app.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Paths owned by other routes: a miss there is a real 404, never the app page. */
const NOT_APP_PATHS = ['/graphql', '/export', '/health', '/ready'];

export const DEFAULT_WEB_ROOT = 'dist/web';

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function send(req: IncomingMessage, res: ServerResponse, path: string, cache: string) {
  const body = await readFile(path);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': cache,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function serveWebApp(root: string = DEFAULT_WEB_ROOT): Route {
  const base = resolve(root);
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = url.pathname;
    if (NOT_APP_PATHS.some((p) => path === p || path.startsWith(`${p}/`))) return false;
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(path)).replace(/^[/\\]+/, '');
    } catch {
      return false; // malformed percent-encoding: let the 404 answer it
    }
    const file = join(base, relative);
    if (file !== base && !file.startsWith(base + sep)) return false;
    if (relative !== '' && extname(relative) !== '' && (await isFile(file))) {
      // Vite puts a content hash in every file under assets/, so they never change in place.
      const immutable = relative.startsWith(`assets${sep}`);
      await send(req, res, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return true;
    }
    if (extname(relative) !== '') return false;
    // `/embed` is served by embed.html when the build has one; everything else by the explorer.
    const page = join(base, `${relative.split(sep)[0] || 'index'}.html`);
    const html = (await isFile(page)) ? page : join(base, 'index.html');
    if (!(await isFile(html))) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The web app is not built yet: run `npm run build`.');
      return true;
    }
    await send(req, res, html, 'no-cache');
    return true;
  };
}
