// Whether a graph in the database is the one a seed file describes (for `npm start`): the same
// content, loaded by a loader that derives the same things from it (rows.ts LOADER_VERSION).
import type { Database } from '../db.js';
import { CLAIM_HOLDER_READ, LOADED_HASH } from './cypher.js';
import { loadSeed, type LoadOptions } from './load.js';
import { SeedValidationError } from './problems.js';
import { LOADER_VERSION } from './rows.js';
import type { LoadSummary } from './summary.js';
import { validateSeedFile } from './validate.js';

/** The content hash of a seed file and its source text; throws if the file does not validate. */
export async function graphContentHash(file: string): Promise<string> {
  const result = await validateSeedFile(file);
  if (!result.ok) throw new SeedValidationError(result.problems);
  return result.seed.contentHash;
}

export async function loadedContentHash(db: Database, graph: string): Promise<string | null> {
  const [row] = await db.readRows(LOADED_HASH, { graph });
  return typeof row?.contentHash === 'string' ? row.contentHash : null;
}

/** True when the graph holds content `hash`, loaded by this loader (an older one lacks what it derives). */
async function isCurrent(db: Database, graph: string, hash: string): Promise<boolean> {
  const [row] = await db.readRows(LOADED_HASH, { graph });
  return row?.contentHash === hash && Number(row.loader) === LOADER_VERSION;
}

/** True when the file's graph is missing, was loaded from other content, or by an older loader. */
export async function needsLoad(db: Database, file: string): Promise<boolean> {
  const result = await validateSeedFile(file);
  if (!result.ok) throw new SeedValidationError(result.problems);
  return !(await isCurrent(db, result.seed.graph.id, result.seed.contentHash));
}

/** Loads the file only when needsLoad says so; `loaded` tells which happened. */
export async function ensureSeedLoaded(
  db: Database,
  file: string,
  options: LoadOptions = {},
): Promise<{ loaded: boolean; graph: string; summary: LoadSummary | null }> {
  const result = await validateSeedFile(file);
  if (!result.ok) throw new SeedValidationError(result.problems);
  const graph = result.seed.graph.id;
  const hash = result.seed.contentHash;
  if (await isCurrent(db, graph, hash)) return { loaded: false, graph, summary: null };
  try {
    return { loaded: true, graph, summary: await loadSeed(db, result.seed, options) };
  } catch (error) {
    // Two servers starting at once both load the seed; the later one wins the claim and the
    // other fails. Once the winner is done, the graph holds this very content: nothing to do.
    await waitWhileClaimed(db, graph);
    if (await isCurrent(db, graph, hash)) return { loaded: false, graph, summary: null };
    throw error;
  }
}

async function waitWhileClaimed(
  db: Database,
  graph: string,
  timeoutMs = 10 * 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await db.readRows(CLAIM_HOLDER_READ, { graph });
    if (!row?.claimed) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
