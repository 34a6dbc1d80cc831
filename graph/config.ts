// Database configuration, read once from the environment and validated.
import { z } from 'zod';

export interface DatabaseConfig {
  /** Bolt or routing URI; undefined means "start the local launcher". */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /** Server-side timeout for every transaction, in milliseconds. */
  transactionTimeoutMs: number;
  /** Transactions in flight at once; more wait in a queue (graph/limiter.ts). */
  maxConcurrentTransactions: number;
  /** The longest a transaction waits in that queue before it is refused with 503. */
  queueTimeoutMs: number;
}

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j://host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  // Well under the driver's pool of 100 connections, so a transaction never waits for one; on a
  // small machine more parallel transactions only make each slower.
  NEO4J_MAX_CONCURRENT_TX: z.coerce.number().int().min(1).max(90).default(32),
  NEO4J_QUEUE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
});

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The environment's set variables checked against a schema; a bad value throws a ConfigError that
 * names every variable at fault. Shared with server/config.ts, so both read and report alike.
 */
export function parseEnv<T extends z.ZodType>(
  what: string,
  schema: T,
  env: NodeJS.ProcessEnv,
): z.output<T> {
  // An empty variable counts as unset, as in shells and compose files (`NEO4J_URI=` means none).
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid ${what} configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const c = parseEnv('database', schema, env);
  return {
    uri: c.NEO4J_URI,
    user: c.NEO4J_USER,
    password: c.NEO4J_PASSWORD,
    database: c.NEO4J_DATABASE,
    transactionTimeoutMs: c.NEO4J_TX_TIMEOUT_MS,
    maxConcurrentTransactions: c.NEO4J_MAX_CONCURRENT_TX,
    queueTimeoutMs: c.NEO4J_QUEUE_TIMEOUT_MS,
  };
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

const localSchema = z.object({
  // 0 picks a free port (a throwaway local Neo4j beside another).
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_HEAP: memorySize.default('2g'),
  NEO4J_PAGECACHE: memorySize.default('256m'),
});

export function readLocalNeo4jConfig(env: NodeJS.ProcessEnv = process.env): LocalNeo4jConfig {
  const c = parseEnv('local Neo4j', localSchema, env);
  return {
    port: c.NEO4J_LOCAL_PORT,
    dataDirectory: c.NEO4J_DATA_DIR,
    heap: c.NEO4J_HEAP,
    pageCache: c.NEO4J_PAGECACHE,
  };
}
