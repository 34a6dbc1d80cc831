// The one module that owns neo4j-driver: sessions, transaction functions, the named database.
import neo4j, {
  isRetriableError,
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type Result,
  type Session,
} from 'neo4j-driver';
import { AvailabilityGate } from './availability.js';
import { readDatabaseConfig, type DatabaseConfig } from './config.js';
import { currentDeadline } from './deadline.js';
import { ConcurrencyLimiter } from './limiter.js';
import { PlannedStatements } from './planned.js';
import { classifyDriverError, DatabaseBusyError, DatabaseUnavailableError } from './errors.js';
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

/**
 * READ sessions may be served by followers and read replicas when NEO4J_URI is a routing URI
 * (neo4j://, neo4j+s://); WRITE sessions go to the leader. Only the loader writes.
 */
export type AccessMode = 'READ' | 'WRITE';

/**
 * Called for every statement sent to Neo4j, with the access mode of its session (used to count
 * round-trips in tests and benchmarks, and to check that reads are routed as reads).
 */
export type QueryListener = (cypher: string, params: Params, mode: AccessMode) => void;

/**
 * Called when a load or a removal in this process has committed a graph's new version (null: the
 * graph is gone), so this process's caches drop that graph's answers at once.
 */
export type GraphChangeListener = (graph: string, version: string | null) => void;

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
  private readonly graphListeners = new Set<GraphChangeListener>();
  /** Fails transactions at once while Neo4j is known to be away (see availability.ts). */
  private readonly gate = new AvailabilityGate(() => this.probe());
  /** Statements Neo4j has a plan of: only they are bound by a request's deadline (planned.ts). */
  private readonly planned = new PlannedStatements();

  private constructor(
    private readonly driver: Driver,
    readonly databaseName: string,
    private readonly transactionTimeoutMs: number,
    /** Bounds the transactions in flight (see limiter.ts). */
    private readonly limiter: ConcurrencyLimiter,
    /** Chains every session causally; only for a routing URI (see routedBookmarks). */
    private readonly bookmarks: BookmarkManager | undefined,
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
    return new Database(
      driver,
      config.database,
      config.transactionTimeoutMs,
      limiter,
      routedBookmarks(config.uri),
    );
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onGraphChanged(listener: GraphChangeListener): () => void {
    this.graphListeners.add(listener);
    return () => this.graphListeners.delete(listener);
  }

  /** Told by the loader once a switch or a removal has committed (see onGraphChanged). */
  announceGraphChange(graph: string, version: string | null): void {
    for (const listener of this.graphListeners) {
      try {
        listener(graph, version);
      } catch {
        // A listener's failure must not fail the load that has already committed.
      }
    }
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
   * budget is spent or the request's deadline would pass; then the failure is classified and thrown.
   */
  private async retrying<T>(attempt: () => Promise<T>, budgetMs = RETRY_BUDGET_MS): Promise<T> {
    const stopAt = Date.now() + budgetMs;
    // Within a request, no retry starts that its deadline would not let finish its pause.
    const request = currentDeadline();
    for (let tries = 1; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        const pause = retryDelay(tries);
        const late = request !== undefined && request.remainingMs() <= pause;
        if (!isRetriableError(error) || Date.now() + pause > stopAt || late) {
          throw this.classify(error);
        }
        await sleep(pause);
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
    this.notify(cypher, {}, 'WRITE');
    // Two loads creating the same rules on a fresh database can deadlock: a transient error,
    // retried like any other (schema statements are rare, so the budget is generous).
    await this.retrying(() => this.schemaOnce(cypher), SCHEMA_RETRY_BUDGET_MS);
  }

  private async schemaOnce(cypher: string): Promise<void> {
    const session = this.session('WRITE');
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
    const session = this.session('READ');
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
    const session = this.session('READ');
    try {
      this.notify(cypher, params, 'READ');
      const timeout = this.timeoutMs(options, cypher);
      const result = session.run(cypher, params, { timeout, metadata: requestMetadata() });
      const rows = plainRows(await whileRunning(result));
      this.planned.completed(cypher);
      return rows;
    } finally {
      await session.close();
    }
  }

  /** The gate's probe: one trivial read on the named database, past the gate itself. */
  private async probe(): Promise<void> {
    const session = this.session('READ');
    try {
      // Auto-commit, so the driver does not retry: a refused connection fails the probe at once.
      await session.run('RETURN 1', {}, { timeout: 2_000 });
    } finally {
      await session.close();
    }
  }

  /**
   * Work on the database, past the gate (fails at once while Neo4j is known to be away) and
   * within the limiter's bound on transactions in flight. Within a request it waits for its turn
   * no longer than the request's deadline allows, and its caller is answered at the deadline even
   * while the driver still waits for a connection (a cold Neo4j can hold a connect for seconds);
   * the work keeps its turn until the driver lets go of it.
   */
  private admitted<T>(work: () => Promise<T>): Promise<T> {
    this.gate.check();
    const deadline = currentDeadline();
    if (deadline?.passed) throw deadline.error();
    const turn = this.limiter.run(() => {
      // Checked again: Neo4j may have gone away while this work waited for its turn.
      this.gate.check();
      return work();
    }, deadline?.cutOffMs());
    return deadline ? deadline.race(turn) : turn;
  }

  /**
   * A transaction's server-side timeout: the configured one (NEO4J_TX_TIMEOUT_MS) or the caller's,
   * cut to what is left of the request's deadline, so Neo4j stops the query when the request's
   * time is up instead of running on for an answer nobody waits for. A statement Neo4j may still
   * have to plan keeps the cap, so that its plan gets made (see planned.ts).
   */
  private timeoutMs(options: TransactionOptions, statement?: string): number {
    const cap = options.timeoutMs ?? this.transactionTimeoutMs;
    const deadline = currentDeadline();
    if (!deadline) return cap;
    // 0 would mean "no timeout" to Neo4j: a passed deadline starts nothing.
    const left = Math.floor(deadline.remainingMs());
    if (left < 1) throw deadline.error();
    if (statement !== undefined && !this.planned.has(statement)) return cap;
    return Math.min(cap, left);
  }

  /** A driver error as a domain error; an outage also opens the gate. */
  private classify(error: unknown): unknown {
    const classified = classifyDriverError(error);
    this.gate.observe(classified);
    if (
      classified instanceof DatabaseUnavailableError &&
      !(classified instanceof DatabaseBusyError)
    ) {
      this.planned.forget();
    }
    return classified;
  }

  private async transaction<T>(
    mode: AccessMode,
    work: (tx: Transaction) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    return this.admitted(() => this.retrying(() => this.transactionOnce(mode, work, options)));
  }

  /**
   * One attempt at a transaction, begun by hand rather than through executeRead/executeWrite:
   * their own retries would run past a request's deadline with the first attempt's timeout, where
   * retrying() stops at the deadline and each attempt gets the time then left.
   */
  private async transactionOnce<T>(
    mode: AccessMode,
    work: (tx: Transaction) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    const session = this.session(mode);
    try {
      const tx = session.beginTransaction({
        timeout: this.timeoutMs(options),
        metadata: requestMetadata(),
      });
      try {
        const value = await work(this.wrap(tx, mode));
        await tx.commit();
        return value;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close();
    }
  }

  /** Every session goes out with its access mode: READ ones may be served by followers. */
  private session(mode: AccessMode): Session {
    return this.driver.session({
      database: this.databaseName,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
    });
  }

  private wrap(tx: Pick<ManagedTransaction, 'run'>, mode: AccessMode): Transaction {
    return {
      run: async (cypher, params = {}) => {
        this.notify(cypher, params, mode);
        return plainRows(await whileRunning(tx.run(cypher, params)));
      },
    };
  }

  private notify(cypher: string, params: Params, mode: AccessMode): void {
    for (const listener of this.listeners) listener(cypher, params, mode);
  }
}

/**
 * With a routing URI (neo4j://, neo4j+s://) on a cluster, reads go to followers and read replicas,
 * which may lag the leader. One bookmark manager for the process makes each session start from
 * every transaction this process has seen commit: a read after this process's load sees the new
 * version, and a read after a read that saw a version (the version poll) sees at least that state.
 * A direct URI (bolt://) reaches one server, where the bookmarks would be checked for nothing.
 */
function routedBookmarks(uri: string): BookmarkManager | undefined {
  return /^neo4j(\+s|\+ssc)?:\/\//i.test(uri) ? neo4j.bookmarkManager() : undefined;
}

/**
 * A statement's records. Within a request, the statement counts as a running query from the moment
 * the driver has a connection for it and has sent it, so a deadline that passes then is the
 * query's doing (504), and one that passes before (the limiter's queue, a connect a cold Neo4j
 * holds) is the wait's (503). Neo4j sends a statement's first answer only with its records, so
 * the driver's own promise of "connection acquired, statement written" is the one signal of it.
 */
async function whileRunning(result: Result): Promise<{ records: { toObject(): unknown }[] }> {
  const deadline = currentDeadline();
  if (!deadline) return result;
  let settled = false;
  let done: (() => void) | undefined;
  void sentOn(result).then(() => {
    if (!settled) done = deadline.queryStarted();
  });
  try {
    return await result;
  } finally {
    settled = true;
    done?.();
  }
}

/** The id of the request a transaction is for, shown by Neo4j's SHOW TRANSACTIONS as its metaData. */
function requestMetadata(): { requestId: string } | undefined {
  const requestId = currentDeadline()?.requestId;
  return requestId === undefined ? undefined : { requestId };
}

/**
 * Resolves once the driver has acquired a connection for `result` and written its statement (it
 * resolves on a failed acquisition too; the result then fails at once). The promise is the
 * driver's own and not in its typings; without it, the statement counts as sent at once.
 */
function sentOn(result: Result): Promise<unknown> {
  const sent = (result as unknown as { _streamObserverPromise?: unknown })._streamObserverPromise;
  return sent instanceof Promise ? sent.catch(() => undefined) : Promise.resolve();
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
