// Synthetic graphs for the scenarios: written by the project's generator (issue 3's
// `seed:synthetic`), validated and loaded by the project's own loader.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../graph/db.js';
import { loadSeed, validateSeedFile, type SeedGraph } from '../../graph/seed/index.js';

export const GENERATOR = 'graph/seed/synthetic-cli.ts';

export interface PreparedGraph {
  graph: string;
  size: number;
  /** The validated seed, for loads that repeat it. */
  seed: SeedGraph;
}

/** Runs the generator CLI (a child process, bounded in time) and returns the file it wrote. */
export async function generateSeedFile(
  size: number,
  dir: string,
  timeoutMs = 300_000,
): Promise<string> {
  const out = join(dir, `synthetic-${size}.json`);
  if (existsSync(out)) return out;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', GENERATOR, '--concepts', String(size), '--out', out],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && existsSync(out)) resolve();
      else
        reject(
          new Error(
            `The synthetic generator failed for ${size} concepts (exit ${code}): ${stderr.slice(-1000)}`,
          ),
        );
    });
  });
  return out;
}

export async function validatedSeed(file: string): Promise<SeedGraph> {
  const result = await validateSeedFile(file);
  if (!result.ok)
    throw new Error(
      `The generated seed ${file} does not validate: ${JSON.stringify(result.problems.slice(0, 3))}`,
    );
  return result.seed;
}

/** The same seed under another graph id, so that repeated loads never replace each other. */
export function renamed(seed: SeedGraph, graph: string): SeedGraph {
  return { ...seed, graph: { ...seed.graph, id: graph } };
}

/** Removes a graph in slices (each its own transaction): untimed housekeeping between loads. */
export async function dropGraph(db: Database, graph: string): Promise<void> {
  for (;;) {
    const [row] = await db.writeRows(
      'MATCH (c:Concept {graph: $graph}) WITH c LIMIT 10000 DETACH DELETE c RETURN count(*) AS n',
      { graph },
    );
    if (Number(row?.n ?? 0) === 0) break;
  }
  await db.writeRows('MATCH (n {graph: $graph}) DETACH DELETE n', { graph });
  await db.writeRows('MATCH (g:Graph {id: $graph}) DETACH DELETE g', { graph });
}

export async function conceptCount(db: Database, graph: string): Promise<number> {
  const [row] = await db.readRows('MATCH (c:Concept {graph: $graph}) RETURN count(c) AS n', {
    graph,
  });
  return Number(row?.n ?? 0);
}

/** A graph of `size` concepts for querying, loaded once per run under a bench-specific id. */
export async function prepareGraph(
  db: Database,
  size: number,
  dir: string,
  graph = `bench-${size}`,
): Promise<PreparedGraph> {
  const seed = renamed(await validatedSeed(await generateSeedFile(size, dir)), graph);
  if ((await conceptCount(db, graph)) !== seed.concepts.length) await loadSeed(db, seed);
  await db.schema('CALL db.awaitIndexes(600)');
  return { graph, size, seed };
}
