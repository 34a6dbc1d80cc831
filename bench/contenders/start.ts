// Starts the contenders against one Neo4j: ours twice (response cache off and on) and the peer as
// server processes, the raw driver in this process.
import type { DatabaseConnection } from '../../graph/db.js';
import { graphqlContender } from './graphql.js';
import { rawContender } from './raw.js';
import { startBenchServer, type ServerProcess } from './spawn.js';
import type { Contender } from './types.js';

export interface Contenders {
  all: Contender[];
  servers: ServerProcess[];
  close(): Promise<void>;
}

/** Each request gives up after this long, so a slice's tail never waits for a stuck request. */
export const REQUEST_TIMEOUT_MS = 15_000;

export async function startContenders(
  config: DatabaseConnection,
  relationTypes: readonly string[],
  maxConcurrency: number,
): Promise<Contenders> {
  const env = {
    NEO4J_URI: config.uri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
    NEO4J_DATABASE: config.database,
    BENCH_RELATION_TYPES: relationTypes.join(','),
  };
  // The same server twice, told apart only by RESPONSE_CACHE: without the cache it shows what
  // the engine costs, with it what a repeated question costs.
  const [ours, cached, peer] = await Promise.all([
    startBenchServer('ours', { ...env, RESPONSE_CACHE: 'off' }),
    startBenchServer('ours', { ...env, RESPONSE_CACHE: 'on' }),
    startBenchServer('peer', env),
  ]);
  const all: Contender[] = [
    graphqlContender('ours', ours.url, maxConcurrency, REQUEST_TIMEOUT_MS),
    graphqlContender('ours-cached', cached.url, maxConcurrency, REQUEST_TIMEOUT_MS),
    rawContender({ ...config, transactionTimeoutMs: REQUEST_TIMEOUT_MS }),
    graphqlContender('peer', peer.url, maxConcurrency, REQUEST_TIMEOUT_MS),
  ];
  const servers = [ours, cached, peer];
  return {
    all,
    servers,
    close: async () => {
      await Promise.all(all.map((c) => c.close()));
      await Promise.all(servers.map((s) => s.stop()));
    },
  };
}
