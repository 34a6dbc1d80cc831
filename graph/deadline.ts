// The deadline of the request a piece of database work is done for. The HTTP routes set one per
// request (server/deadline.ts, REQUEST_DEADLINE_MS) and it travels with the work through
// AsyncLocalStorage, so no query function has to pass it along: db.ts reads it to bound the wait
// for a turn in the limiter, each transaction's server-side timeout and the retries by what is
// left of the request's budget, instead of adding up limits of its own. Work outside a request
// (loads, the CLI, the readiness check) has no deadline and keeps the configured caps.
import { AsyncLocalStorage } from 'node:async_hooks';
import { DatabaseBusyError, DatabaseTimeoutError } from './errors.js';

/** What the request's time went on when it ran out; it picks the answer (503 or 504). */
export type SpentOn = 'waiting' | 'query';

/**
 * Work still waiting when the deadline passes is cut off this much later, so the route's own
 * answer at the deadline (which says what the limit was) goes out before the work's error does.
 */
const CUT_OFF_AFTER_MS = 50;

export class Deadline {
  private readonly endsAt: number;
  private running = 0;
  private released = false;

  constructor(
    readonly budgetMs: number,
    startedAt = performance.now(),
    /** The request's id (X-Request-Id), sent with its transactions as Neo4j metadata. */
    readonly requestId?: string,
  ) {
    this.endsAt = startedAt + budgetMs;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now());
  }

  get passed(): boolean {
    return this.remainingMs() <= 0;
  }

  /** How long ago the deadline passed (negative before it). */
  overdueMs(): number {
    return performance.now() - this.endsAt;
  }

  /** How long work of the request may still wait for its turn or for the driver. */
  cutOffMs(): number {
    return this.remainingMs() + CUT_OFF_AFTER_MS;
  }

  /**
   * A query of the request is executing in Neo4j (the server has accepted it) until `done` is
   * called; before that its time goes on waiting (the limiter's queue, a connection, a restart).
   */
  queryStarted(): () => void {
    this.running++;
    let counted = true;
    return () => {
      if (counted) this.running--;
      counted = false;
    };
  }

  /** A query running when the time ran out made the request late (504); otherwise it waited (503). */
  get spentOn(): SpentOn {
    return this.running > 0 ? 'query' : 'waiting';
  }

  /** The error of work that meets the passed deadline, by what the time went on. */
  error(): Error {
    return this.spentOn === 'query'
      ? new DatabaseTimeoutError(
          `The query ran past the request's deadline of ${this.budgetMs} ms and was stopped`,
        )
      : new DatabaseBusyError(
          `The database did not answer within the request's deadline of ${this.budgetMs} ms`,
        );
  }

  /**
   * `work`, or the deadline's error once it has passed, whichever comes first. The driver has no
   * way to abandon a connection attempt or a running query, so `work` is left to settle by itself
   * (its transaction's timeout ends it in Neo4j); its outcome is then dropped.
   */
  race<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const cutOff = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.error()), this.cutOffMs());
    });
    return Promise.race([work, cutOff]).finally(() => clearTimeout(timer));
  }

  /**
   * The request has been answered and its handler is done: work that still carries this deadline
   * is no longer the request's (a background refresh started while it ran) and is not bound by it.
   */
  release(): void {
    this.released = true;
  }

  get isReleased(): boolean {
    return this.released;
  }
}

const current = new AsyncLocalStorage<Deadline>();

/** Runs `work` (and everything it starts) under `deadline`. */
export function withDeadline<T>(deadline: Deadline, work: () => T): T {
  return current.run(deadline, work);
}

/** The deadline of the request the calling code works for, if any and not yet released. */
export function currentDeadline(): Deadline | undefined {
  const deadline = current.getStore();
  return deadline && !deadline.isReleased ? deadline : undefined;
}

/**
 * Runs `work` outside any request's deadline: for work a request starts but does not wait for
 * (a poll, a cache refresh), which must not inherit the request's deadline and fail once it passes.
 */
export function outsideDeadline<T>(work: () => T): T {
  return current.exit(work);
}
