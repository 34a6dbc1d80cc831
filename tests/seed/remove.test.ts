// Listing and removing graphs against a real Neo4j: a removal takes the whole graph away (from
// the database and from the API) and nothing else; a graph that is not loaded is refused; a load
// running at the same time leaves the graph whole or gone, never a mix.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../graph/db.js';
import { listGraphs } from '../../graph/seed/catalog.js';
import { loadSeedFile, validateSeedFile, type SeedGraph } from '../../graph/seed/index.js';
import { GraphNotFoundError, removeGraph } from '../../graph/seed/remove.js';
import { gqlData } from '../api/support/client.js';
import { testDatabase, uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { keserasianText, replaceOnce, tempDir, writeSeed } from './support/files.js';
import { leftovers, snapshot } from './support/snapshot.js';

let db: Database;
let server: TestServer;
let dir: string;
let neighbour: string;

async function validated(path: string): Promise<SeedGraph> {
  const result = await validateSeedFile(path);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.seed;
}

/** A copy of the real seed under a graph id of its own, loaded. */
async function loaded(prefix: string): Promise<{ graph: string; file: string; seed: SeedGraph }> {
  const graph = uniqueGraphId(prefix);
  const file = writeSeed(dir, `${graph}.yaml`, keserasianText(graph));
  await loadSeedFile(db, file);
  return { graph, file, seed: await validated(file) };
}

/** Everything in the database that belongs to the graph, visible or not. */
async function traces(graph: string): Promise<number> {
  const [row] = await db.readRows(
    `MATCH (n) WHERE n.graph = $graph OR (n:Graph AND n.id = $graph) RETURN count(n) AS n`,
    { graph },
  );
  return Number(row?.n);
}

async function apiGraphIds(): Promise<string[]> {
  const data = await gqlData<{ graphs: { id: string }[] }>(server.url, '{ graphs { id } }');
  return data.graphs.map((g) => g.id);
}

beforeAll(async () => {
  db = testDatabase();
  server = await startTestServer(db);
  dir = tempDir();
  neighbour = (await loaded('remove-neighbour')).graph;
});

afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('listing the loaded graphs', () => {
  it('shows a loaded graph with its title, version, load time and counts', async () => {
    const { graph, seed } = await loaded('list');
    const listing = (await listGraphs(db)).find((g) => g.id === graph);
    expect(listing).toMatchObject({
      title: { id: 'Keserasian Sosial', en: 'Social harmony' },
      contentHash: seed.contentHash,
      concepts: seed.concepts.length,
      relations: seed.relations.length,
      busy: false,
    });
    expect(Date.parse(listing?.loadedAt ?? '')).not.toBeNaN();
  });
});

describe('removing a graph', () => {
  it('takes the whole graph away, from the database and the API, and nothing else', async () => {
    const { graph, file, seed } = await loaded('remove');
    expect(await apiGraphIds()).toContain(graph);
    const before = await snapshot(db, neighbour);

    const summary = await removeGraph(db, graph);
    expect(summary).toMatchObject({
      graph,
      concepts: seed.concepts.length,
      relations: seed.relations.length,
      sources: seed.sources.length,
    });
    expect(await traces(graph)).toBe(0);
    const [relations] = await db.readRows(
      'MATCH ()-[r]->() WHERE r.graph = $graph RETURN count(r) AS n',
      { graph },
    );
    expect(relations?.n).toBe(0);
    expect((await listGraphs(db)).map((g) => g.id)).not.toContain(graph);
    // The API shares its list of graphs for a second; then the graph is gone from it too.
    await vi.waitFor(async () => expect(await apiGraphIds()).not.toContain(graph), {
      timeout: 10_000,
      interval: 250,
    });
    expect(await snapshot(db, neighbour)).toEqual(before);

    await loadSeedFile(db, file); // and it can be loaded again, whole
    expect((await listGraphs(db)).find((g) => g.id === graph)?.concepts).toBe(seed.concepts.length);
  });

  it('refuses a graph that is not loaded, and leaves the others as they were', async () => {
    const before = await snapshot(db, neighbour);
    const missing = uniqueGraphId('never-loaded');
    const attempt = removeGraph(db, missing);
    await expect(attempt).rejects.toBeInstanceOf(GraphNotFoundError);
    await expect(attempt).rejects.toThrow(`No graph "${missing}" is loaded; nothing was removed.`);
    expect(await snapshot(db, neighbour)).toEqual(before);
    expect((await listGraphs(db)).map((g) => g.id)).toContain(neighbour);
    expect(await traces(missing)).toBe(0); // not even a claim left behind
  });

  it('stops a load of the same graph that is under way; the graph ends up gone, whole', async () => {
    const { graph } = await loaded('remove-during-load');
    const edited = writeSeed(
      dir,
      `${graph}-edited.yaml`,
      replaceOnce(keserasianText(graph), 'en: Mutual respect', 'en: Respect'),
    );
    let removal: Promise<unknown> | undefined;
    const load = loadSeedFile(db, edited, {
      batchSize: 1, // slow staging: the removal claims the graph long before the load's switch
      onProgress: (p) => {
        if (p.phase === 'stage' && p.done === 3) removal = removeGraph(db, graph);
      },
    });
    const [loadOutcome] = await Promise.allSettled([load]);
    const removed = await removal;
    expect(removed).toMatchObject({ graph });
    // The load lost its claim to the later removal and stopped (or, on a machine fast enough to
    // switch first, its version was the one removed): either way nothing of it remains.
    if (loadOutcome.status === 'rejected') {
      expect(loadOutcome.reason).toMatchObject({ code: 'SEED_CONCURRENT_LOAD' });
    }
    expect(await traces(graph)).toBe(0);
    expect(await leftovers(db, graph)).toBe(0);
  });

  it('racing a load, leaves the graph either whole in the loaded version or gone', async () => {
    const { graph } = await loaded('remove-race');
    const edited = writeSeed(
      dir,
      `${graph}-edited.yaml`,
      replaceOnce(keserasianText(graph), 'en: Mutual respect', 'en: Respect'),
    );
    const next = await validated(edited);
    await Promise.allSettled([removeGraph(db, graph), loadSeedFile(db, edited, { batchSize: 20 })]);
    expect(await leftovers(db, graph)).toBe(0);
    const listing = (await listGraphs(db)).find((g) => g.id === graph);
    if (listing === undefined) {
      expect(await traces(graph)).toBe(0);
      return;
    }
    expect(listing.contentHash).toBe(next.contentHash);
    const [counts] = await db.readRows(
      `MATCH (c:Concept {graph: $graph})
       RETURN count(c) AS concepts,
         sum(COUNT { (c)-[r]->(:Concept {graph: $graph}) WHERE r.graph = $graph }) AS relations`,
      { graph },
    );
    expect(counts).toEqual({ concepts: next.concepts.length, relations: next.relations.length });
  });
});
