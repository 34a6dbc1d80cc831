// All or nothing, even when Neo4j dies: kill -9 the database during a large load, start it again
// on the same data directory, and find the old version of the graph or the new one, never a mix.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDatabaseConfig } from '../../graph/config.js';
import { Database } from '../../graph/db.js';
import { startLocalNeo4j, type RunningNeo4j } from '../../graph/launcher.js';
import { loadSeedFile, type LoadProgress } from '../../graph/seed/index.js';
import { generateSynthetic } from '../../graph/seed/synthetic.js';
import { tempDir } from '../seed/support/files.js';
import { leftovers, snapshot } from '../seed/support/snapshot.js';

const GRAPH = 'kill-test';
const dataDirectory = tempDir('seed-kill-data-');
const files = tempDir('seed-kill-files-');
let neo4j: RunningNeo4j | undefined;
let db: Database | undefined;

function writeVersion(name: string, concepts: number, seed: number): string {
  const generated = generateSynthetic({
    concepts,
    graphId: GRAPH,
    sourceText: `${name}.txt`,
    seed,
  });
  writeFileSync(join(files, `${name}.txt`), generated.sourceText);
  const path = join(files, `${name}.json`);
  writeFileSync(path, generated.seedText);
  return path;
}

async function start(): Promise<Database> {
  neo4j = await startLocalNeo4j({ port: 0, dataDirectory });
  db = Database.connect({ ...readDatabaseConfig(), uri: neo4j.uri });
  return db;
}

async function stateOf(database: Database) {
  const [row] = await database.readRows(
    `OPTIONAL MATCH (g:Graph {id: $graph})
     RETURN g.contentHash AS hash,
       COUNT { MATCH (c:Concept {graph: $graph}) } AS concepts,
       COUNT { MATCH (:Concept {graph: $graph})-[r]->(:Concept {graph: $graph}) } AS relations`,
    { graph: GRAPH },
  );
  return {
    hash: row?.hash ?? null,
    concepts: Number(row?.concepts),
    relations: Number(row?.relations),
  };
}

/** Loads `file`, killing Neo4j with SIGKILL as soon as `when` says so; the load must fail. */
async function loadAndKill(database: Database, file: string, when: (p: LoadProgress) => boolean) {
  let killed = false;
  const load = loadSeedFile(database, file, {
    batchSize: 1_000,
    onProgress: (p) => {
      if (!killed && when(p)) {
        killed = true;
        void neo4j?.kill();
      }
    },
  });
  await expect(load).rejects.toThrow();
  expect(killed).toBe(true);
  await neo4j?.exited;
  await database.close();
}

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
});

// Each test starts Neo4j once or twice: on a busy 2-core machine that alone can take a minute.
describe('a load killed in the middle', { timeout: 300_000 }, () => {
  const small = writeVersion('old', 300, 1);
  const large = writeVersion('new', 12_000, 2);

  it('leaves the previous version exactly as it was', async () => {
    const database = await start();
    const loaded = await loadSeedFile(database, small);
    const before = await snapshot(database, GRAPH);
    await loadAndKill(database, large, (p) => p.phase === 'stage' && p.done > p.total / 3);

    const restarted = await start();
    expect(await snapshot(restarted, GRAPH)).toEqual(before);
    expect(await stateOf(restarted)).toEqual({
      hash: loaded.contentHash,
      concepts: 300,
      relations: loaded.relations,
    });
  });

  it('shows the old version or the new one when killed while committing, never a mix', async () => {
    const database = db ?? (await start());
    const old = await stateOf(database);
    const next = await loadSeedFile(database, large, { dryRun: true });
    await loadAndKill(database, large, (p) => p.phase === 'switch');

    const state = await stateOf(await start());
    const expected = { hash: next.contentHash, concepts: next.concepts, relations: next.relations };
    expect([old, expected]).toContainEqual(state);
  });

  it('shows the new version when killed while tidying up, and a re-run completes with no leftovers', async () => {
    const database = db ?? (await start());
    const back = await loadSeedFile(database, small, { dryRun: true });
    await loadAndKill(database, small, (p) => p.phase === 'tidy');

    const restarted = await start();
    expect(await stateOf(restarted)).toEqual({
      hash: back.contentHash,
      concepts: 300,
      relations: back.relations,
    });
    const rerun = await loadSeedFile(restarted, large);
    expect(await stateOf(restarted)).toEqual({
      hash: rerun.contentHash,
      concepts: rerun.concepts,
      relations: rerun.relations,
    });
    expect(await leftovers(restarted, GRAPH)).toBe(0);
  });
});
