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

export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid database configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
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
