// A benchmarked server in its own process (`tsx bench/servers/main.ts ours|peer`), so that the
// load generator and the raw-driver contender do not share its event loop. It prints
// `LISTENING <port>` once it answers; the parent ends it with SIGTERM.
import neo4j from 'neo4j-driver';
import { readDatabaseConfig } from '../../graph/config.js';
import { Database } from '../../graph/db.js';
import { disableNagleOnOutgoingConnections } from '../../graph/tcp-nodelay.js';
import { createApp, listen } from '../../server/app.js';
import { readServerConfig } from '../../server/config.js';
import { sendJson } from '../../server/respond.js';
import { tuneRuntimeForServing } from '../../server/runtime.js';
import { createPeerServer } from './peer-app.js';
import { COUNTER_PATH, counterReport, installStatementCounter } from './statement-counter.js';

// A clean exit on the parent's SIGTERM, so that `--cpu-prof` (BENCH_CPU_PROF) writes its profile.
process.once('SIGTERM', () => process.exit(0));

async function main(): Promise<void> {
  tuneRuntimeForServing();
  // Both servers' Bolt sockets without Nagle's delay (ours sets it in Database.connect), so the
  // comparison is between GraphQL layers, not a TCP setting (graph/tcp-nodelay.ts).
  disableNagleOnOutgoingConnections();
  const kind = process.argv[2];
  const config = readDatabaseConfig();
  if (!config.uri) throw new Error('NEO4J_URI must be set for a bench server.');
  installStatementCounter();
  if (kind === 'ours') {
    const db = Database.connect({ ...config, uri: config.uri });
    const counter = (_req: unknown, res: Parameters<typeof sendJson>[0], url: URL) =>
      url.pathname === COUNTER_PATH && (sendJson(res, 200, counterReport()), true);
    // The options `npm start` gives the app, read from the same environment (RESPONSE_CACHE,
    // GRAPHQL_JIT, ...), so that the parent can switch a feature per server process.
    const server = createApp({ ...readServerConfig(), db, production: true }, [counter]);
    const port = await listen(server, 0, '127.0.0.1');
    process.stdout.write(`LISTENING ${port}\n`);
    return;
  }
  if (kind === 'peer') {
    const types = (process.env.BENCH_RELATION_TYPES ?? '').split(',').filter(Boolean);
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    const server = await createPeerServer(driver, types, config.database);
    const port = await listen(server, 0, '127.0.0.1');
    process.stdout.write(`LISTENING ${port}\n`);
    return;
  }
  throw new Error(`Unknown bench server "${kind}" (ours or peer).`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
