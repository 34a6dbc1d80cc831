// Seed files for tests: copies of the real seed (under a graph id of the test's own, so test
// files can share one database) and small hand-made files, all in a temporary directory.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SEED_FILE = 'seeds/keserasian-sosial.yaml';
export const SOURCE_TEXT = 'seeds/tinjauan-keserasian-sosial.txt';

export function tempDir(prefix = 'seed-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The real seed's text with another graph id (the id appears once, under `graph:`). */
export function keserasianText(graphId: string): string {
  const text = readFileSync(SEED_FILE, 'utf8');
  const renamed = text.replace(/^graph:\n {2}id: keserasian-sosial$/m, `graph:\n  id: ${graphId}`);
  if (renamed === text) throw new Error('could not find the graph id in the seed file');
  return renamed;
}

/** Writes a seed text and a copy of the source text into `dir`; returns the seed's path. */
export function writeSeed(dir: string, name: string, text: string): string {
  copyFileSync(SOURCE_TEXT, join(dir, 'tinjauan-keserasian-sosial.txt'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** 1-based line of the first occurrence of `snippet` (after `from`, when given). */
export function lineOf(text: string, snippet: string, from = ''): number {
  const start = from === '' ? 0 : text.indexOf(from);
  const at = text.indexOf(snippet, Math.max(0, start));
  if (at < 0 || start < 0) throw new Error(`"${snippet}" not found`);
  return text.slice(0, at).split('\n').length;
}

/** Replaces exactly one occurrence, so an edit that silently misses fails the test instead. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`"${from}" is not unique in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
