// `npm run seed -- <file> [--dry-run] [--batch-size N]`: validates a seed file, loads it (unless --dry-run) and
// prints counts by kind and relation type and the time taken. Exit codes: 0 done, 1 the file has
// problems (all listed, nothing written), 2 usage, 3 the database failed.
import { parseArgs } from 'node:util';
import { readDatabaseConfig } from '../config.js';
import { Database } from '../db.js';
import { DatabaseUnavailableError } from '../errors.js';
import { startLocalNeo4j, type RunningNeo4j } from '../launcher.js';
import { loadSeedFile } from './load.js';
import { formatProblems, SeedValidationError } from './problems.js';
import { progressBar } from './progress-bar.js';
import { formatSummary } from './summary.js';

const USAGE = 'Usage: npm run seed -- <file.yaml|file.json> [--dry-run] [--batch-size N]';

/** NEO4J_URI if set; else the local Neo4j of `npm start`, started here if it is not running. */
async function connect(): Promise<{ db: Database; local?: RunningNeo4j }> {
  const config = readDatabaseConfig();
  if (config.uri) return { db: Database.connect({ ...config, uri: config.uri }) };
  const port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687);
  const db = Database.connect({ ...config, uri: `bolt://127.0.0.1:${port}` });
  try {
    await db.ping();
    return { db };
  } catch (error) {
    await db.close();
    if (!(error instanceof DatabaseUnavailableError)) throw error;
  }
  console.error(
    `No Neo4j at 127.0.0.1:${port}: starting the local one (set NEO4J_URI to use another)...`,
  );
  const local = await startLocalNeo4j({
    port,
    dataDirectory: process.env.NEO4J_DATA_DIR ?? '.data/neo4j',
  });
  return { db: Database.connect({ ...config, uri: local.uri }), local };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [file, ...extra] = positionals;
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  const badBatch = batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0);
  if (values.help || file === undefined || extra.length > 0 || badBatch) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const dryRun = values['dry-run'];
  const connection = dryRun ? null : await connect();
  try {
    console.error(`Validating ${file}...`);
    const summary = await loadSeedFile(connection?.db ?? null, file, {
      dryRun,
      batchSize,
      onProgress: progressBar(),
    });
    console.log(formatSummary(summary));
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(formatProblems(error.problems));
      console.error(`${error.problems.length} problem(s); nothing was written.`);
      return 1;
    }
    console.error(
      `The load failed; the graph is as it was before: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 3;
  } finally {
    await connection?.db.close();
    await connection?.local?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(3);
  },
);
