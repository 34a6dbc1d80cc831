// `npm start`: the local Neo4j (unless NEO4J_URI is set), the seed, the API and the web app.
import { readDatabaseConfig } from '../graph/config.js';
import { Database } from '../graph/db.js';
import { startLocalNeo4j, type RunningNeo4j } from '../graph/launcher.js';
import { ensureSeedLoaded, formatSummary } from '../graph/seed/index.js';
import { createApp, listen } from './app.js';
import { readServerConfig } from './config.js';
import { tuneRuntimeForServing } from './runtime.js';

async function main(): Promise<void> {
  tuneRuntimeForServing();
  const dbConfig = readDatabaseConfig();
  const serverConfig = readServerConfig();
  let local: RunningNeo4j | undefined;
  let uri = dbConfig.uri;
  if (!uri) {
    console.log('Starting the local Neo4j (set NEO4J_URI to use another server)...');
    local = await startLocalNeo4j({
      port: Number(process.env.NEO4J_LOCAL_PORT ?? 7687),
      dataDirectory: process.env.NEO4J_DATA_DIR ?? '.data/neo4j',
    });
    uri = local.uri;
    console.log(`Neo4j ${local.version} is ready at ${uri} (pid ${local.pid})`);
  }
  const db = Database.connect({ ...dbConfig, uri });
  const seeded = await ensureSeedLoaded(db, serverConfig.seedFile);
  console.log(
    seeded.summary
      ? formatSummary(seeded.summary)
      : `Graph "${seeded.graph}" is up to date with ${serverConfig.seedFile}`,
  );
  const server = createApp({
    db,
    production: serverConfig.production,
    embedAllowedOrigins: serverConfig.embedAllowedOrigins,
    corsAllowedOrigins: serverConfig.corsAllowedOrigins,
  });
  const port = await listen(server, serverConfig.port, serverConfig.host);
  console.log(`Keserasian Sosial explorer: http://${serverConfig.host}:${port}/`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping...`);
    server.closeAllConnections();
    server.close();
    await db.close();
    await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
