// `npm run seed -- <file> [--dry-run] [--batch-size N]`: validates a seed file, loads it (unless --dry-run) and
// prints counts by kind and relation type and the time taken. Exit codes: 0 done, 1 the file has
// problems (all listed, nothing written), 2 usage, 3 the database failed.
import { parseArgs } from 'node:util';
import { connectOrStart } from '../connect.js';
import { loadSeedFile } from './load.js';
import { formatProblems, SeedValidationError } from './problems.js';
import { progressBar } from './progress-bar.js';
import { formatSummary } from './summary.js';

const USAGE = 'Usage: npm run seed -- <file.yaml|file.json> [--dry-run] [--batch-size N]';

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
  // NEO4J_URI if set; else the local Neo4j of `npm start` if it runs, or one started here.
  const connection = dryRun
    ? null
    : await connectOrStart({ reuseRunning: true, log: (line) => console.error(line) });
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
    await connection?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(3);
  },
);
