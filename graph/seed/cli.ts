// `npm run seed -- ...` (cli-args.ts USAGE): load a seed file (or only validate it, --dry-run),
// report on its quality (--report, no database), list the graphs loaded (--list) or remove one
// (--remove). Exit codes: 0 done, 1 the file has problems (all listed, nothing written) or the
// graph to remove does not exist, 2 usage, 3 the database failed (the graph is as it was).
import { connectOrStart, type Connection } from '../connect.js';
import { formatGraphList, listGraphs } from './catalog.js';
import { parseSeedArgs, USAGE, type SeedCommand } from './cli-args.js';
import { loadSeedFile } from './load.js';
import { formatProblems, SeedValidationError } from './problems.js';
import { progressBar } from './progress-bar.js';
import { GraphNotFoundError, removeGraph } from './remove.js';
import { reportSeed } from './report.js';
import { formatReport } from './report-format.js';
import { formatSummary } from './summary.js';
import { validateSeedFile } from './validate.js';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** NEO4J_URI if set; else the local Neo4j of `npm start` if it runs, or one started here. */
function connect(): Promise<Connection> {
  return connectOrStart({ reuseRunning: true, log: (line) => console.error(line) });
}

async function withDatabase(work: (connection: Connection) => Promise<number>): Promise<number> {
  const connection = await connect();
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

async function load(command: Extract<SeedCommand, { command: 'load' }>): Promise<number> {
  const connection = command.dryRun ? null : await connect();
  try {
    console.error(`Validating ${command.file}...`);
    const summary = await loadSeedFile(connection?.db ?? null, command.file, {
      dryRun: command.dryRun,
      batchSize: command.batchSize,
      onProgress: progressBar(),
    });
    console.log(formatSummary(summary));
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) return refused(error);
    console.error(`The load failed; the graph is as it was before: ${message(error)}`);
    return 3;
  } finally {
    await connection?.close();
  }
}

function refused(error: SeedValidationError): number {
  console.error(formatProblems(error.problems));
  console.error(`${error.problems.length} problem(s); nothing was written.`);
  return 1;
}

async function report(command: Extract<SeedCommand, { command: 'report' }>): Promise<number> {
  const result = await validateSeedFile(command.file);
  if (!result.ok) {
    console.error(formatProblems(result.problems));
    console.error(
      `${result.problems.length} problem(s); no report for a file that does not validate.`,
    );
    return 1;
  }
  const figures = reportSeed(result.seed, { quoteReuse: command.quoteReuse });
  console.log(command.json ? JSON.stringify(figures, null, 2) : formatReport(figures));
  return 0;
}

function list(json: boolean): Promise<number> {
  return withDatabase(async ({ db }) => {
    const graphs = await listGraphs(db);
    console.log(json ? JSON.stringify(graphs, null, 2) : formatGraphList(graphs));
    return 0;
  });
}

function remove(graph: string): Promise<number> {
  return withDatabase(async ({ db }) => {
    try {
      const s = await removeGraph(db, graph);
      const seconds = (s.ms / 1000).toFixed(2);
      console.log(
        `Removed graph "${graph}": ${s.concepts} concepts, ${s.relations} relations, ${s.sources} sources (${seconds} s)`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof GraphNotFoundError)) {
        console.error(`The removal failed; the graph is as it was before: ${message(error)}`);
        return 3;
      }
      const loaded = (await listGraphs(db)).map((g) => g.id);
      console.error(error.message);
      console.error(
        loaded.length === 0 ? 'No graphs are loaded.' : `Graphs loaded: ${loaded.join(', ')}`,
      );
      return 1;
    }
  });
}

async function main(): Promise<number> {
  const command = parseSeedArgs(process.argv.slice(2));
  switch (command.command) {
    case 'help':
      console.log(USAGE);
      return 0;
    case 'usage':
      console.error(`${command.problem}\n\n${USAGE}`);
      return 2;
    case 'load':
      return load(command);
    case 'report':
      return report(command);
    case 'list':
      return list(command.json);
    case 'remove':
      return remove(command.graph);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(message(error));
    process.exit(3);
  },
);
