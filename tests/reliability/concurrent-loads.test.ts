// Several seed loads at once, of the same file, of two versions of one graph and of other graphs,
// each through its own connection as separate `npm run seed` processes would: every graph ends
// exactly as one complete load of one of its files leaves it (compared with a snapshot of a clean
// load), nothing staged is left behind, and a load that lost the race says so with
// SEED_CONCURRENT_LOAD instead of failing in some other way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { loadSeedFile } from '../../graph/seed/index.js';
import { generateSynthetic } from '../../graph/seed/synthetic.js';
import { apiTestDatabase } from '../api/support/database.js';
import { uniqueGraphId } from '../support/database.js';
import { tempDir } from '../seed/support/files.js';
import { leftovers, renamed, snapshot, type GraphSnapshot } from '../seed/support/snapshot.js';
import { FULL } from './support/prng.js';

const ROUNDS = FULL ? 5 : 2;
const dir = tempDir('rel-concurrent-');
const X = uniqueGraphId('rel-conc-x');
const Y = uniqueGraphId('rel-conc-y');
// Properties that differ between two loads of identical content under different graph ids (the
// version is the id of the load that wrote it).
const ignore = ['loadedAt', 'contentHash', 'version'];
let db: Database;

interface SeedVersion {
  graph: string;
  file: string;
  contentHash: string;
  /** A clean, lone load of the same content under a graph id of its own, renamed to `graph`. */
  reference: GraphSnapshot;
}

/** A synthetic seed and its source text in a directory of their own (so names can repeat). */
function write(name: string, graphId: string, concepts: number, seed: number): string {
  const here = join(dir, graphId);
  mkdirSync(here, { recursive: true });
  const files = generateSynthetic({ concepts, graphId, sourceText: `${name}.txt`, seed });
  writeFileSync(join(here, `${name}.txt`), files.sourceText);
  writeFileSync(join(here, `${name}.json`), files.seedText);
  return join(here, `${name}.json`);
}

async function version(
  name: string,
  graph: string,
  concepts: number,
  seed: number,
): Promise<SeedVersion> {
  const alone = `${graph}-ref-${name}`;
  await loadSeedFile(db, write(name, alone, concepts, seed));
  const reference = renamed(await snapshot(db, alone, { ignore }), alone, graph);
  const file = write(name, graph, concepts, seed);
  const { contentHash } = await loadSeedFile(null, file, { dryRun: true });
  return { graph, file, contentHash, reference };
}

async function loadedHash(graph: string): Promise<string | null> {
  const [row] = await db.readRows('MATCH (g:Graph {id: $graph}) RETURN g.contentHash AS hash', {
    graph,
  });
  return typeof row?.hash === 'string' ? row.hash : null;
}

/** Starts every load at once, each on its own driver; returns each outcome. */
async function runTogether(versions: SeedVersion[]) {
  const connections = versions.map(() => apiTestDatabase());
  try {
    const pairs = versions.map((version, i) => ({ version, db: connections[i] as Database }));
    const outcomes = await Promise.allSettled(
      pairs.map((p) => loadSeedFile(p.db, p.version.file, { batchSize: 200 })),
    );
    return pairs.map((p, i) => ({
      version: p.version,
      outcome: outcomes[i] as PromiseSettledResult<unknown>,
    }));
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
}

let v1: SeedVersion;
let v2: SeedVersion;
let y: SeedVersion;

beforeAll(async () => {
  db = apiTestDatabase();
  v1 = await version('x1', X, 600, 11);
  v2 = await version('x2', X, 900, 12);
  y = await version('y', Y, 700, 13);
}, 300_000);

afterAll(async () => {
  for (const graph of [X, Y, `${X}-ref-x1`, `${X}-ref-x2`, `${Y}-ref-y`]) {
    await db.writeRows(
      'MATCH (n) WHERE n.graph = $graph OR (n:Graph AND n.id = $graph) DETACH DELETE n',
      { graph },
    );
  }
  await db.close();
});

describe('concurrent seed loads', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: same file ×3, another version of that graph and another graph ×2, all at once`, async () => {
      const results = await runTogether([v1, v2, v1, y, v1, y]);
      const summary = results.map(
        (r) =>
          `${r.version.graph === X ? (r.version === v1 ? 'x1' : 'x2') : 'y'} ${r.outcome.status === 'fulfilled' ? 'ok' : ((r.outcome.reason as { code?: string }).code ?? String(r.outcome.reason))}`,
      );
      console.log(`[concurrent] round ${round}: ${summary.join(', ')}`);

      // A load either completed or lost the race to a later one, and said so.
      for (const r of results) {
        if (r.outcome.status === 'rejected') {
          expect(r.outcome.reason, String(r.outcome.reason)).toMatchObject({
            name: 'ConcurrentLoadError',
            code: 'SEED_CONCURRENT_LOAD',
          });
        }
      }
      for (const [graph, candidates] of [
        [X, [v1, v2]],
        [Y, [y]],
      ] as const) {
        const completed = results.filter(
          (r) => r.version.graph === graph && r.outcome.status === 'fulfilled',
        );
        expect(completed.length, `some load of ${graph} completes`).toBeGreaterThan(0);
        // The graph is exactly one complete version: the one whose hash it carries, and a load of
        // that version completed.
        const hash = await loadedHash(graph);
        const live = candidates.find((v) => v.contentHash === hash);
        if (!live)
          throw new Error(`graph ${graph} carries the hash ${String(hash)}, none of its files'`);
        expect(completed.map((r) => r.version)).toContain(live);
        expect(await snapshot(db, graph, { ignore })).toEqual(live.reference);
        expect(await leftovers(db, graph)).toBe(0);
      }
    }, 300_000);
  }

  it('a load after the races completes normally', async () => {
    const summary = await loadSeedFile(db, v2.file);
    expect(summary.concepts).toBe(900);
    expect(await snapshot(db, X, { ignore })).toEqual(v2.reference);
    expect(await leftovers(db, X)).toBe(0);
  }, 120_000);
});
