// The decision `npm start` and `npm run seed` share: NEO4J_URI set → connect to it; unset → the
// local Neo4j (the Java launcher) on NEO4J_LOCAL_PORT with NEO4J_DATA_DIR, started here.
import { readDatabaseConfig, readLocalNeo4jConfig } from './config.js';
import { Database } from './db.js';
import { DatabaseUnavailableError } from './errors.js';
import { startLocalNeo4j, type RunningNeo4j } from './launcher.js';

export interface ConnectOptions {
  /**
   * Use a local Neo4j that already answers on the port (the one `npm start` runs) instead of
   * starting one. The launcher holds its data directory alone, so a second start would fail.
   */
  reuseRunning?: boolean;
  /** Where progress lines go (the seed CLI keeps stdout for its summary). */
  log?: (line: string) => void;
}

export interface Connection {
  db: Database;
  /** The local Neo4j started here; undefined when it ran already or NEO4J_URI is set. */
  local: RunningNeo4j | undefined;
  /** Closes the driver, then stops the local Neo4j if this connection started it. */
  readonly close: () => Promise<void>;
}

function connection(db: Database, local?: RunningNeo4j): Connection {
  return {
    db,
    local,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}

/** Connects to NEO4J_URI, or to the local Neo4j, which it starts when it must. */
export async function connectOrStart(options: ConnectOptions = {}): Promise<Connection> {
  const log = options.log ?? console.log;
  const config = readDatabaseConfig();
  if (config.uri) return connection(Database.connect({ ...config, uri: config.uri }));
  const local = readLocalNeo4jConfig();
  if (options.reuseRunning) {
    const db = Database.connect({ ...config, uri: `bolt://127.0.0.1:${local.port}` });
    try {
      await db.ping();
      return connection(db);
    } catch (error) {
      await db.close();
      if (!(error instanceof DatabaseUnavailableError)) throw error;
    }
    log(`No Neo4j at 127.0.0.1:${local.port}.`);
  }
  log('Starting the local Neo4j (set NEO4J_URI to use another server)...');
  const started = await startLocalNeo4j(local);
  log(`Neo4j ${started.version} is ready at ${started.uri} (pid ${started.pid})`);
  return connection(Database.connect({ ...config, uri: started.uri }), started);
}
