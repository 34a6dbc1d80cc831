// The one module that owns neo4j-driver: sessions, transaction functions, the named database.
import neo4j, { isRetriableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AvailabilityGate } from './availability.js';
import { readDatabaseConfig, type DatabaseConfig } from './config.js';
import { ConcurrencyLimiter } from './limiter.js';
import { classifyDriverError } from './errors.js';
import { toPlain, type Plain } from './plain.js';
import { disableNagleOnOutgoingConnections } from './tcp-nodelay.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, Plain>;

/** What a transaction function sees: Cypher in, plain rows out. */
export interface Transaction {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface TransactionOptions {
  /** Server-side timeout for this transaction; defaults to the configured one. */
  timeoutMs?: number;
}

/** Called for every statement sent to Neo4j (used to count round-trips in tests and benchmarks). */
export type QueryListener = (cypher: string, params: Params) => void;

export interface DatabaseConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  transactionTimeoutMs: number;
  maxConcurrentTransactions?: number;
  queueTimeoutMs?: number;
}

/** Transactions that may wait for a turn at once; past this the server is truly overloaded. */
const MAX_QUEUE = 5_000;

/** What a connection leaves unsaid is what the configuration defaults to. */
const DEFAULTS = readDatabaseConfig({});

/** How long retriable failures are retried (the driver's maxTransactionRetryTime below). */
const RETRY_BUDGET_MS = 2_000;
/** Schema statements may wait behind a concurrent load's schema transaction. */
const SCHEMA_RETRY_BUDGET_MS = 15_000;

/** 50, 100, 200, 400 ms ... with jitter, as the driver's transaction functions back off. */
function retryDelay(attempt: number): number {
  return 50 * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class Database {
  private readonly listeners = new Set<QueryListener>();
  /** Fails transactions at once while Neo4j is known to be away (see availability.ts). */
  private readonly gate = new AvailabilityGate(() => this.probe());

  private constructor(
    private readonly driver: Driver,
    readonly databaseName: string,
    private readonly transactionTimeoutMs: number,
    /** Bounds the transactions in flight (see limiter.ts). */
    private readonly limiter: ConcurrencyLimiter,
  ) {}

  static connect(config: DatabaseConnection | (DatabaseConfig & { uri: string })): Database {
    disableNagleOnOutgoingConnections();
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      // Fail fast while Neo4j is away, so the API answers 503 quickly instead of hanging.
      connectionTimeout: 3_000,
      // The limiter keeps transactions in flight under the pool size, so waiting for a
      // connection means one is being opened; past this, Neo4j is not answering.
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: 5_000,
      maxTransactionRetryTime: RETRY_BUDGET_MS,
      // A restarted Neo4j leaves dead sockets in the pool; check any that idled a while.
      connectionLivenessCheckTimeout: 5_000,
      disableLosslessIntegers: false,
      userAgent: 'keserasian-sosial-explorer',
    });
    const limiter = new ConcurrencyLimiter({
      maxActive: config.maxConcurrentTransactions ?? DEFAULTS.maxConcurrentTransactions,
      maxWaitMs: config.queueTimeoutMs ?? DEFAULTS.queueTimeoutMs,
      maxQueue: MAX_QUEUE,
    });
    return new Database(driver, config.database, config.transactionTimeoutMs, limiter);
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  read<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('READ', work, options);
  }

  write<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.transaction('WRITE', work, options);
  }

  /**
   * One read statement, sent as an auto-commit transaction. A transaction function costs three
   * Bolt writes and two round-trips (BEGIN, RUN+PULL, COMMIT); this is one write and one
   * round-trip (RUN+PULL), and one statement is atomic on its own. Failures the driver calls
   * retriable (a stale pooled connection after a restart, a transient error) are retried the way
   * its transaction functions would, within the same time budget.
   */
  readRows(cypher: string, params: Params = {}, options: TransactionOptions = {}): Promise<Row[]> {
    return this.admitted(() => this.retrying(() => this.autoCommitRead(cypher, params, options)));
  }

  /**
   * Runs `attempt` again after failures the driver calls retriable (a stale pooled connection, a
   * deadlock, another transient error), backing off as its transaction functions do, until the
   * budget is spent; then the failure is classified and thrown.
   */
  private async retrying<T>(attempt: () => Promise<T>, budgetMs = RETRY_BUDGET_MS): Promise<T> {
    const deadline = Date.now() + budgetMs;
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        if (!isRetriableError(error) || Date.now() + retryDelay(tries) > deadline) {
          throw this.classify(error);
        }
        await sleep(retryDelay(tries));
        // Neo4j may have been found away while this one waited to try again.
        this.gate.check();
      }
    }
  }

  /** One write statement in its own transaction. */
  writeRows(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.write((tx) => tx.run(cypher, params));
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(cypher: string): Promise<void> {
    this.gate.check();
    this.notify(cypher, {});
    // Two loads creating the same rules on a fresh database can deadlock: a transient error,
    // retried like any other (schema statements are rare, so the budget is generous).
    await this.retrying(() => this.schemaOnce(cypher), SCHEMA_RETRY_BUDGET_MS);
  }

  private async schemaOnce(cypher: string): Promise<void> {
    const session = this.driver.session({ database: this.databaseName });
    try {
      await session.run(cypher);
    } catch (error) {
      // Two processes running the same `... IF NOT EXISTS` at once: the loser is told the rule
      // exists, which is what it wanted.
      if (isSchemaRuleAlreadyThere(error)) return;
      throw error;
    } finally {
      await session.close();
    }
  }

  /** A round-trip to the server with a short timeout; returns the Neo4j version. */
  async ping(timeoutMs = 2_000): Promise<{ version: string; edition: string }> {
    // Past the gate and the queue: readiness must say what holds right now, and a ping that
    // round-trips proves Neo4j is back, so it closes the gate at once.
    const session = this.driver.session({ database: this.databaseName, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead(
        (tx) =>
          tx.run(
            'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
          ),
        { timeout: timeoutMs },
      );
      this.gate.recovered();
      const row = result.records[0]?.toObject();
      const text = (value: unknown, fallback: string) =>
        typeof value === 'string' ? value : fallback;
      return { version: text(row?.version, 'unknown'), edition: text(row?.edition, '') };
    } catch (error) {
      throw classifyDriverError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    this.gate.stop();
    await this.driver.close();
  }

  private async autoCommitRead(
    cypher: string,
    params: Params,
    options: TransactionOptions,
  ): Promise<Row[]> {
    const session = this.driver.session({ database: this.databaseName, defaultAccessMode: 'READ' });
    try {
      this.notify(cypher, params);
      const result = await session.run(cypher, params, {
        timeout: options.timeoutMs ?? this.transactionTimeoutMs,
      });
      return plainRows(result);
    } finally {
      await session.close();
    }
  }

  /** The gate's probe: one trivial read on the named database, past the gate itself. */
  private async probe(): Promise<void> {
    const session = this.driver.session({ database: this.databaseName, defaultAccessMode: 'READ' });
    try {
      // Auto-commit, so the driver does not retry: a refused connection fails the probe at once.
      await session.run('RETURN 1', {}, { timeout: 2_000 });
    } finally {
      await session.close();
    }
  }

  /**
   * Work on the database, past the gate (fails at once while Neo4j is known to be away) and
   * within the limiter's bound on transactions in flight.
   */
  private admitted<T>(work: () => Promise<T>): Promise<T> {
    this.gate.check();
    return this.limiter.run(() => {
      // Checked again: Neo4j may have gone away while this work waited for its turn.
      this.gate.check();
      return work();
    });
  }

  /** A driver error as a domain error; an outage also opens the gate. */
  private classify(error: unknown): unknown {
    const classified = classifyDriverError(error);
    this.gate.observe(classified);
    return classified;
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: Transaction) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    return this.admitted(async () => {
      const session = this.driver.session({ database: this.databaseName, defaultAccessMode: mode });
      const config = { timeout: options.timeoutMs ?? this.transactionTimeoutMs };
      const body = (tx: ManagedTransaction) => work(this.wrap(tx));
      try {
        return mode === 'READ'
          ? await session.executeRead(body, config)
          : await session.executeWrite(body, config);
      } catch (error) {
        throw this.classify(error);
      } finally {
        await session.close();
      }
    });
  }

  private wrap(tx: ManagedTransaction): Transaction {
    return {
      run: async (cypher, params = {}) => {
        this.notify(cypher, params);
        return plainRows(await tx.run(cypher, params));
      },
    };
  }

  private notify(cypher: string, params: Params): void {
    for (const listener of this.listeners) listener(cypher, params);
  }
}

function plainRows(result: { records: { toObject(): unknown }[] }): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

function isSchemaRuleAlreadyThere(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    code.startsWith('Neo.ClientError.Schema.') &&
    /AlreadyExists$/.test(code)
  );
}
