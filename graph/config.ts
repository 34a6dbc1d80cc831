// Database configuration, read once from the environment and validated.
import { z } from 'zod';

export interface DatabaseConfig {
  /** Bolt or routing URI; undefined means "start the local launcher". */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /**
   * Server-side timeout for every transaction, in milliseconds: the whole bound for work outside
   * a request (loads, the CLI); within a request, a cap on what is left of its deadline
   * (REQUEST_DEADLINE_MS, graph/deadline.ts), which is the timeout then.
   */
  transactionTimeoutMs: number;
  /** Transactions in flight at once; more wait in a queue (graph/limiter.ts). */
  maxConcurrentTransactions: number;
  /**
   * The longest a transaction waits in that queue before it is refused with 503; within a request
   * it waits no longer than what is left of the request's deadline either.
   */
  queueTimeoutMs: number;
}

/** Each setting with the variable it is read from and what that variable may hold. */
const DATABASE = {
  uri: [
    'NEO4J_URI',
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j://host')
      .optional(),
  ],
  user: ['NEO4J_USER', z.string().min(1).default('neo4j')],
  password: ['NEO4J_PASSWORD', z.string().default('neo4j')],
  database: ['NEO4J_DATABASE', z.string().min(1).default('neo4j')],
  transactionTimeoutMs: ['NEO4J_TX_TIMEOUT_MS', z.coerce.number().int().positive().default(15_000)],
  // Well under the driver's pool of 100 connections, so a transaction never waits for one; on a
  // small machine more parallel transactions only make each slower.
  maxConcurrentTransactions: [
    'NEO4J_MAX_CONCURRENT_TX',
    z.coerce.number().int().min(1).max(90).default(32),
  ],
  queueTimeoutMs: ['NEO4J_QUEUE_TIMEOUT_MS', z.coerce.number().int().positive().default(15_000)],
} satisfies EnvTable;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Settings by name, each read from one environment variable through its schema. */
export type EnvTable = Record<string, readonly [variable: string, schema: z.ZodType]>;
export type EnvSettings<T extends EnvTable> = { [K in keyof T]: z.output<T[K][1]> };

/**
 * The settings of `table`, read from the environment; a bad value throws a ConfigError that names
 * every variable at fault. Shared with server/config.ts, so both read and report alike.
 */
export function readEnv<T extends EnvTable>(
  what: string,
  table: T,
  env: NodeJS.ProcessEnv,
): EnvSettings<T> {
  // An empty variable counts as unset, as in shells and compose files (`NEO4J_URI=` means none).
  const value = (variable: string) => (env[variable] === '' ? undefined : env[variable]);
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, [variable, schema]] of Object.entries(table)) {
    const parsed = schema.safeParse(value(variable));
    if (parsed.success) settings[name] = parsed.data;
    else problems.push(...parsed.error.issues.map((i) => `${variable}: ${i.message}`));
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid ${what} configuration: ${problems.join('; ')}`);
  }
  return settings as EnvSettings<T>;
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return readEnv('database', DATABASE, env);
}

/**
 * The local Neo4j that `npm start` and `npm run seed` start when NEO4J_URI is unset; every other
 * start (tests, benchmarks) takes the heap and page cache from here too.
 */
export interface LocalNeo4jConfig {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  dataDirectory: string;
  /** JVM heap cap, e.g. `2g`. */
  heap: string;
  /** Neo4j page cache, e.g. `256m`. */
  pageCache: string;
}

/** A memory size as both the JVM's -Xmx and the launcher's --pagecache read it. */
const memorySize = z.string().regex(/^[1-9]\d*[kmg]?$/i, 'must be a size such as 256m or 2g');

const LOCAL_NEO4J = {
  // 0 picks a free port (a throwaway local Neo4j beside another).
  port: ['NEO4J_LOCAL_PORT', z.coerce.number().int().min(0).max(65535).default(7687)],
  dataDirectory: ['NEO4J_DATA_DIR', z.string().min(1).default('.data/neo4j')],
  heap: ['NEO4J_HEAP', memorySize.default('2g')],
  pageCache: ['NEO4J_PAGECACHE', memorySize.default('256m')],
} satisfies EnvTable;

export function readLocalNeo4jConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jConfig {
  return readEnv('local Neo4j', LOCAL_NEO4J, env);
}
