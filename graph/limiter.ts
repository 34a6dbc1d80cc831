// A bound on the transactions in flight against Neo4j, with a FIFO queue in front of it. Without
// it, a burst of requests (each resolving several fields, each field its own transaction) asked
// the driver's pool for more connections than it has, and the waiters past the pool's 5 s
// acquisition timeout failed with an unclassified error. Queued work waits its turn instead; only
// when the queue is truly full, or a transaction waited longer than `maxWaitMs`, is it refused
// with DatabaseBusyError (the API answers 503 with Retry-After). A request's work waits no longer
// than what is left of its deadline (graph/deadline.ts), passed per call.
import { DatabaseBusyError } from './errors.js';

export interface LimiterOptions {
  /** Transactions in flight at once; the rest wait in order. */
  maxActive: number;
  /** The longest a transaction may wait for its turn before it is refused (NEO4J_QUEUE_TIMEOUT_MS). */
  maxWaitMs: number;
  /** The most transactions that may wait at once; more are refused at once. */
  maxQueue: number;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

export class ConcurrencyLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly options: LimiterOptions) {}

  /** Runs `work` in its turn; `maxWaitMs` shortens the wait for it below the configured one. */
  async run<T>(work: () => Promise<T>, maxWaitMs = this.options.maxWaitMs): Promise<T> {
    await this.acquire(Math.min(maxWaitMs, this.options.maxWaitMs));
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** Transactions running and waiting now (for tests and diagnostics). */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.queue.length };
  }

  private acquire(maxWaitMs: number): Promise<void> {
    if (this.active < this.options.maxActive) {
      this.active++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new DatabaseBusyError('Too many database requests are waiting'));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: resolve,
        timer: setTimeout(() => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(new DatabaseBusyError('A database request waited too long for its turn'));
        }, maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  /** Hands the slot straight to the next waiter, so the count of active work never overshoots. */
  private release(): void {
    const next = this.queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    } else {
      this.active--;
    }
  }
}
