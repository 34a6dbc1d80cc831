// The JavaScript a page makes the browser download before it can run: the scripts and module
// preloads its built HTML names, counted raw and gzipped (what travels over the wire).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleRow {
  page: string;
  /** Null when the page is not in the build (yet). */
  files: string[] | null;
  bytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  rows: BundleRow[];
  /** Every .js file of the build, loaded eagerly or lazily. */
  allJs: { bytes: number; gzipBytes: number };
}

const ASSET = /(?:src|href)="\/?([^"]+\.js)"/g;

function measure(root: string, files: string[]): { bytes: number; gzipBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const body = readFileSync(join(root, file));
    bytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

/** Scripts a page loads up front: its module script and the chunks it preloads. */
export function pageScripts(html: string): string[] {
  return [...new Set([...html.matchAll(ASSET)].flatMap((m) => (m[1] ? [m[1]] : [])))];
}

export function measureBundles(
  root = 'dist/web',
  pages: Record<string, string[]> = {
    explorer: ['index.html'],
    embed: ['embed.html', 'embed/index.html'],
  },
): BundleResult {
  const rows: BundleRow[] = Object.entries(pages).map(([page, candidates]) => {
    const html = candidates.map((c) => join(root, c)).find((p) => existsSync(p));
    if (!html) return { page, files: null, bytes: 0, gzipBytes: 0 };
    const files = pageScripts(readFileSync(html, 'utf8'));
    return { page, files, ...measure(root, files) };
  });
  const assets = existsSync(join(root, 'assets'))
    ? readdirSync(join(root, 'assets'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `assets/${f}`)
    : [];
  return { rows, allJs: measure(root, assets) };
}
