// The code a page makes the browser download before it can run: the scripts and module preloads
// its built HTML names, counted raw, gzipped and in brotli (at the build's levels: what the
// server sends, from the .gz and .br files beside each asset), and the same for the page with
// its stylesheets and HTML (what a first visit to it fetches before its data).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  bytes: number;
  gzipBytes: number;
  brBytes: number;
}

export interface BundleRow extends Sizes {
  page: string;
  /** Null when the page is not in the build (yet). */
  files: string[] | null;
  /** The page itself, its scripts and its stylesheets. */
  withPage: Sizes & { files: string[] };
}

export interface BundleResult {
  rows: BundleRow[];
  /** Every .js file of the build, loaded eagerly or lazily. */
  allJs: Sizes;
}

const ASSET = /(?:src|href)="\/?([^"]+\.js)"/g;
const STYLESHEET = /<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g;

/** The file the build wrote beside `file`, or the compressed bytes made now if there is none. */
function compressedSize(root: string, file: string, body: Buffer, coding: 'br' | 'gz'): number {
  const beside = join(root, `${file}.${coding}`);
  if (existsSync(beside)) return readFileSync(beside).length;
  if (coding === 'gz') return gzipSync(body, { level: 9 }).length;
  return brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;
}

function measure(root: string, files: string[]): Sizes {
  const sizes = { bytes: 0, gzipBytes: 0, brBytes: 0 };
  for (const file of files) {
    const body = readFileSync(join(root, file));
    sizes.bytes += body.length;
    sizes.gzipBytes += compressedSize(root, file, body, 'gz');
    sizes.brBytes += compressedSize(root, file, body, 'br');
  }
  return sizes;
}

const unique = (matches: IterableIterator<RegExpMatchArray>) => [
  ...new Set([...matches].flatMap((m) => (m[1] ? [m[1]] : []))),
];

/** Scripts a page loads up front: its module script and the chunks it preloads. */
export function pageScripts(html: string): string[] {
  return unique(html.matchAll(ASSET));
}

export function pageStylesheets(html: string): string[] {
  return unique(html.matchAll(STYLESHEET));
}

const NONE: Sizes = { bytes: 0, gzipBytes: 0, brBytes: 0 };

export function measureBundles(
  root = 'dist/web',
  pages: Record<string, string[]> = {
    explorer: ['index.html'],
    embed: ['embed.html', 'embed/index.html'],
  },
): BundleResult {
  const rows: BundleRow[] = Object.entries(pages).map(([page, candidates]) => {
    const htmlFile = candidates.find((c) => existsSync(join(root, c)));
    if (!htmlFile) return { page, files: null, ...NONE, withPage: { ...NONE, files: [] } };
    const html = readFileSync(join(root, htmlFile), 'utf8');
    const files = pageScripts(html);
    const all = [htmlFile, ...files, ...pageStylesheets(html)];
    return {
      page,
      files,
      ...measure(root, files),
      withPage: { ...measure(root, all), files: all },
    };
  });
  const assets = existsSync(join(root, 'assets'))
    ? readdirSync(join(root, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `assets/${f}`)
    : [];
  return { rows, allJs: measure(root, assets) };
}
