// A deadline the server keeps (REQUEST_DEADLINE_MS): one time budget for each GraphQL or export
// request, from its arrival to the start of its answer. The queue wait, the connection and the
// transaction timeout are parts of it (graph/deadline.ts carries it to graph/db.ts), not limits of
// their own that add up. Whatever the database is doing when it passes (a query running long, a
// cold Neo4j holding a connect after a restart), the client is answered at once: 504 TIMEOUT when a
// query ran out of time, 503 SERVICE_UNAVAILABLE when the time went waiting, both with Retry-After.
// Neo4j stops the query by itself: its transaction's timeout is what was left of the budget.
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../common/error-codes.js';
import { Deadline, withDeadline } from '../graph/deadline.js';
import { arrivedAt } from './server-timing.js';

export const DEFAULT_REQUEST_DEADLINE_MS = 8_000;

/** Seconds a client is asked to wait before it tries again (the outage answers say the same). */
export const RETRY_AFTER_SECONDS = 5;

/** The answer to a request whose deadline passed before it could be answered otherwise. */
export interface DeadlineAnswer {
  status: 503 | 504;
  code: Extract<ErrorCode, 'SERVICE_UNAVAILABLE' | 'TIMEOUT'>;
  message: string;
}

function answerFor(deadline: Deadline): DeadlineAnswer {
  // Not toLocaleString: its first call loads locale data, tens of milliseconds on the clock.
  const limit = `${Number((deadline.budgetMs / 1000).toFixed(1))} s`;
  if (deadline.spentOn === 'query') {
    return {
      status: 504,
      code: 'TIMEOUT',
      message: `The query did not finish within this server's time limit of ${limit} and was stopped. Narrow it down and retry.`,
    };
  }
  return {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    message: `The graph database did not answer within this server's time limit of ${limit}: it is busy or starting up. Please try again shortly.`,
  };
}

/**
 * Handles the request `requestId` (its X-Request-Id) under a deadline of `budgetMs`. If no response has started when it passes,
 * `send` answers at once (with Retry-After set); the handler must then drop its late result (check
 * `res.headersSent` before writing), and its database work finds the deadline passed and stops.
 * The deadline ends with the handler: work the request started but does not wait for is not bound.
 * Its transactions carry the request's id as metadata, so SHOW TRANSACTIONS in Neo4j tells which
 * request a running query is for.
 */
export async function keepDeadline(
  res: ServerResponse,
  { budgetMs, requestId }: { budgetMs: number; requestId: string },
  send: (answer: DeadlineAnswer) => void,
  handle: (deadline: Deadline) => Promise<void>,
): Promise<void> {
  // Counted from the request's arrival, the start of the server's own measure (Server-Timing).
  const deadline = new Deadline(budgetMs, arrivedAt(res), requestId);
  const timer = setTimeout(() => {
    if (res.headersSent || res.destroyed) return;
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    // How late this timer ran: a busy event loop (a starved CPU) delays every answer, this one
    // included; Server-Timing reports it beside the total so the two can be told apart.
    const lag = Math.max(0, deadline.overdueMs()).toFixed(1);
    res.setHeader('server-timing', `lag;dur=${lag};desc="deadline timer delay"`);
    send(answerFor(deadline));
  }, deadline.remainingMs());
  try {
    await withDeadline(deadline, () => handle(deadline));
  } finally {
    clearTimeout(timer);
    deadline.release();
  }
}
