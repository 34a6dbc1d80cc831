// The source text a seed file quotes, found next to the file and read within its size limit.
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SEED_LIMITS } from './limits.js';

export type SourceTextOutcome =
  { ok: true; text: string; bytes: Buffer } | { ok: false; message: string };

export function sourceTextPath(seedFile: string, relative: string): string {
  return resolve(dirname(seedFile), relative);
}

/** Reads a UTF-8 text file, refusing one past `maxBytes` before reading it. */
export async function readTextFile(path: string, maxBytes: number): Promise<SourceTextOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, message: `${path} is not a file` };
    if (info.size > maxBytes) {
      return { ok: false, message: `${path} is ${info.size} bytes, over the limit of ${maxBytes}` };
    }
    const bytes = await readFile(path);
    const text = decodeUtf8(bytes);
    if (text === null) return { ok: false, message: `${path} is not UTF-8 text` };
    return { ok: true, text, bytes };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      ok: false,
      message:
        code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${String(error)}`,
    };
  }
}

/** Strict decoding: a binary file is reported as such instead of being read as mojibake. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? null : text;
  } catch {
    return null;
  }
}

export function readSourceText(seedFile: string, relative: string): Promise<SourceTextOutcome> {
  return readTextFile(sourceTextPath(seedFile, relative), SEED_LIMITS.sourceTextBytes);
}
