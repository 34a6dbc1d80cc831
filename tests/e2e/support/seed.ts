// The real Keserasian Sosial seed, loaded into the test database once: test files run in
// parallel processes, so a lock directory makes them take turns, and the loader itself skips
// a graph whose content is already there.
import { mkdir, rm, stat } from 'node:fs/promises';
import type { Database } from '../../../graph/db.js';
import { ensureSeedLoaded } from '../../../graph/seed/index.js';

export const SEED_FILE = 'seeds/keserasian-sosial.yaml';
const LOCK = 'tests/artifacts/.seed-load.lock';
const STALE_MS = 5 * 60_000;

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir('tests/artifacts', { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK); // atomic: only one process creates it
      break;
    } catch {
      const age = await stat(LOCK).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_MS) await rm(LOCK, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

export async function loadExplorerGraph(db: Database): Promise<string> {
  return withLock(async () => {
    // Another suite (not under our lock) may be loading the same seed: retry a conflict.
    for (let attempt = 1; ; attempt++) {
      try {
        return (await ensureSeedLoaded(db, SEED_FILE)).graph;
      } catch (error) {
        if (attempt >= 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2000 * attempt));
      }
    }
  });
}
