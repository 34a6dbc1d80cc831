// Serves the built web app (dist/web): hashed assets cached for a year, pages revalidated on each
// use (a strong ETag, 304 when it still holds), and any other extension-less path falls back to
// the explorer page so shared links to views work. Text files go out in the coding the client
// takes best, from the .br and .gz files the build wrote beside them (web/build/precompress.ts).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Route } from './app.js';
import { chooseEncoding, type Coding } from './compression/negotiate.js';
import { matchesIfNoneMatch } from './graphql/response-cache/http.js';
import { COMPRESSIBLE_EXTENSIONS } from '../common/compressible.js';

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

/** The file beside a text asset that holds it in each coding. */
const SUFFIX: Record<Exclude<Coding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/** Paths owned by other routes: a miss there is a real 404, never the app page. */
const NOT_APP_PATHS = ['/graphql', '/export', '/health', '/ready'];

export const DEFAULT_WEB_ROOT = 'dist/web';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

async function fileSize(path: string): Promise<{ size: number; mtimeMs: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await fileSize(path)) !== null;
}

/** The variant to send: the coding chosen among those the build wrote for this file. */
async function variantOf(
  req: IncomingMessage,
  path: string,
): Promise<{ path: string; coding: Coding }> {
  if (!COMPRESSIBLE_EXTENSIONS.has(extname(path))) return { path, coding: 'identity' };
  const offered: Coding[] = [];
  for (const coding of ['br', 'gzip'] as const) {
    if (await isFile(path + SUFFIX[coding])) offered.push(coding);
  }
  // A client that refuses even identity still gets the page: a 406 would help no one.
  const coding = chooseEncoding(req.headers['accept-encoding'], [...offered, 'identity']);
  if (!coding || coding === 'identity') return { path, coding: 'identity' };
  return { path: path + SUFFIX[coding], coding };
}

/**
 * A strong ETag names the exact bytes sent, so each coding of a page has its own: the digest of
 * that variant's file, remembered while the file keeps its size and time (a rebuild changes them).
 */
const etags = new Map<string, { size: number; mtimeMs: number; etag: string }>();

function etagFor(path: string, body: Buffer, info: { size: number; mtimeMs: number }): string {
  const known = etags.get(path);
  if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return known.etag;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  etags.set(path, { ...info, etag });
  return etag;
}

async function send(req: IncomingMessage, res: ServerResponse, path: string, cache: string) {
  const variant = await variantOf(req, path);
  const info = await fileSize(variant.path);
  if (!info) throw new Error(`The web app's file ${variant.path} went away while being served`);
  const body = await readFile(variant.path);
  const headers: Record<string, string | number> = {
    'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cache,
  };
  // On every answer that has codings, the plain one too: a cache keeps the variants apart.
  if (COMPRESSIBLE_EXTENSIONS.has(extname(path))) headers.vary = 'Accept-Encoding';
  if (variant.coding !== 'identity') headers['content-encoding'] = variant.coding;
  if (cache === REVALIDATE) {
    const etag = etagFor(variant.path, body, info);
    headers.etag = etag;
    if (matchesIfNoneMatch(req.headers['if-none-match'] ?? '', etag)) {
      delete headers['content-encoding'];
      res.writeHead(304, headers);
      res.end();
      return;
    }
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
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
      await send(req, res, file, immutable ? IMMUTABLE : REVALIDATE);
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
    await send(req, res, html, REVALIDATE);
    return true;
  };
}
