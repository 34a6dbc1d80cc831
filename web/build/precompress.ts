// Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, at the
// highest levels: they are made once per build and sent many times, so the build's seconds buy
// bytes on every visit. The server picks one by Accept-Encoding (server/static.ts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';
import { COMPRESSIBLE_EXTENSIONS } from '../../common/compressible.js';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface Compressed {
  file: string;
  bytes: number;
  br: number | null;
  gzip: number | null;
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export function brotliMax(body: Buffer): Promise<Buffer> {
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export function gzipMax(body: Buffer): Promise<Buffer> {
  return gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
}

/**
 * Compresses every text file under `dir`. A coding that would not make a file smaller (a tiny
 * file) is not written, and the server then sends the file as it is.
 */
export async function precompressDir(dir: string): Promise<Compressed[]> {
  const files: string[] = [];
  for await (const file of filesUnder(dir))
    if (COMPRESSIBLE_EXTENSIONS.has(extname(file))) files.push(file);
  return Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      const [br, gz] = await Promise.all([brotliMax(body), gzipMax(body)]);
      const keep = async (suffix: string, out: Buffer) => {
        if (out.length >= body.length) return null;
        await writeFile(file + suffix, out);
        return out.length;
      };
      return { file, bytes: body.length, br: await keep('.br', br), gzip: await keep('.gz', gz) };
    }),
  );
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Last, once every file (pages, chunks, the worker, copied public files) is on disk.
    closeBundle: {
      order: 'post',
      async handler() {
        await precompressDir(config.build.outDir);
      },
    },
  };
}
