// `npm start`: the local Neo4j (unless NEO4J_URI is set), the seed, the API and the web app.
import { connectOrStart } from '../graph/connect.js';
import { ensureSeedLoaded, formatSummary } from '../graph/seed/index.js';
import { createApp, listen } from './app.js';
import { readServerConfig } from './config.js';
import { tuneRuntimeForServing } from './runtime.js';

async function main(): Promise<void> {
  const serverConfig = readServerConfig();
  tuneRuntimeForServing(serverConfig);
  const { db, close } = await connectOrStart();
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
    jit: serverConfig.jit,
    deadlineMs: serverConfig.deadlineMs,
    responseCache: serverConfig.responseCache,
    // A visitor without a graph in the link lands on this one, not on whichever sorts first.
    defaultGraph: serverConfig.defaultGraph ?? seeded.graph,
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
    await close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
