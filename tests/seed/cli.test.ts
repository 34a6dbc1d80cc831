// `npm run seed` as a user types it, against the test run's Neo4j (NEO4J_URI): --list, --remove
// with its exit codes and messages, and --report --json, whose figures a script can read.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { loadSeedFile } from '../../graph/seed/index.js';
import type { GraphListing } from '../../graph/seed/catalog.js';
import type { GraphReport } from '../../graph/seed/report.js';
import { testDatabase, testDatabaseUri, uniqueGraphId } from '../support/database.js';
import { SEED_FILE, keserasianText, tempDir, writeSeed } from './support/files.js';
import { snapshot } from './support/snapshot.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function seedCli(...args: string[]): Promise<Run> {
  return seedCliAt(testDatabaseUri(), args);
}

async function seedCliAt(uri: string, args: string[]): Promise<Run> {
  const env = { ...process.env, NEO4J_URI: uri };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'node_modules/.bin/tsx',
      ['graph/seed/cli.ts', ...args],
      { env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let db: Database;
let graph: string;
let other: string;

beforeAll(async () => {
  db = testDatabase();
  const dir = tempDir();
  graph = uniqueGraphId('cli');
  other = uniqueGraphId('cli-other');
  await loadSeedFile(db, writeSeed(dir, 'cli.yaml', keserasianText(graph)));
  await loadSeedFile(db, writeSeed(dir, 'other.yaml', keserasianText(other)));
});

afterAll(async () => {
  await db?.close();
});

describe('npm run seed', () => {
  it('--list shows the loaded graphs, as a table and as JSON', async () => {
    const table = await seedCli('--list');
    expect(table.code).toBe(0);
    const line = table.stdout.split('\n').find((l) => l.startsWith(`${graph} `));
    expect(line).toMatch(
      /Keserasian Sosial \/ Social harmony +sha256:[0-9a-f]{12} +\d{4}-\d\d-\d\dT/,
    );
    const json = await seedCli('--list', '--json');
    const listed = (JSON.parse(json.stdout) as GraphListing[]).find((g) => g.id === graph);
    expect(listed?.concepts).toBeGreaterThan(0);
  });

  it('--remove of a graph that is not loaded fails clearly with code 1 and changes nothing', async () => {
    const before = await snapshot(db, other);
    const run = await seedCli('--remove', 'no-such-graph');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No graph "no-such-graph" is loaded; nothing was removed.');
    expect(run.stderr).toMatch(new RegExp(`Graphs loaded: .*${graph}`));
    expect(await snapshot(db, other)).toEqual(before);
  });

  it('--remove takes the graph away and leaves the others', async () => {
    const before = await snapshot(db, other);
    const run = await seedCli('--remove', graph);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^Removed graph "${graph}": \\d+ concepts, \\d+ relations, \\d+ sources`),
    );
    const ids = (JSON.parse((await seedCli('--list', '--json')).stdout) as GraphListing[]).map(
      (g) => g.id,
    );
    expect(ids).not.toContain(graph);
    expect(ids).toContain(other);
    expect(await snapshot(db, other)).toEqual(before);
  });

  it('--report --json gives the figures of a file, with no database needed', async () => {
    // Nothing listens at port 1: a report that tried to connect would fail.
    const args = [SEED_FILE, '--report', '--json', '--quote-reuse', '2'];
    const run = await seedCliAt('bolt://127.0.0.1:1', args);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as GraphReport;
    expect(report).toMatchObject({ graph: 'keserasian-sosial', reusedQuotes: { threshold: 2 } });
    expect(report.inferred.all.relations).toBe(report.relations);
  });

  it('answers a usage mistake with code 2 and the usage', async () => {
    const run = await seedCli('--list', '--remove', graph);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--list and --remove do not go together');
    expect(run.stderr).toContain('npm run seed -- --remove <graph>');
  });
});
