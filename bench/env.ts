// The Neo4j a run measures against: NEO4J_URI when set, else a fresh ephemeral local Neo4j with
// the launcher's default memory (what `npm start` gets), stopped at the end of the run.
import { readDatabaseConfig } from '../graph/config.js';
import { Database, type DatabaseConnection } from '../graph/db.js';
import { startLocalNeo4j, type RunningNeo4j } from '../graph/launcher.js';

export interface BenchEnv {
  config: DatabaseConnection;
  db: Database;
  neo4jVersion: string;
  /** True when the run started its own Neo4j. */
  local: boolean;
  close(): Promise<void>;
}

export async function openEnv(log: (line: string) => void, heap?: string): Promise<BenchEnv> {
  const base = readDatabaseConfig();
  let local: RunningNeo4j | undefined;
  let uri = base.uri;
  if (!uri) {
    log('Starting an ephemeral local Neo4j (set NEO4J_URI to use another)...');
    local = await startLocalNeo4j({ port: 0, ephemeral: true, ...(heap ? { heap } : {}) });
    uri = local.uri;
  }
  // Loads and the naive baseline write in long transactions: a generous server-side timeout.
  const config: DatabaseConnection = { ...base, uri, transactionTimeoutMs: 600_000 };
  const db = Database.connect(config);
  const { version } = await db.ping(30_000);
  log(`Neo4j ${version} at ${uri}`);
  return {
    config,
    db,
    neo4jVersion: version,
    local: local !== undefined,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
