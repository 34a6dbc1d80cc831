// Domain errors of the database layer; callers map them without importing neo4j-driver.
import type { ErrorCode } from '../common/error-codes.js';

/** Neo4j cannot be reached (down, restarting, or refusing connections). */
export class DatabaseUnavailableError extends Error {
  override readonly name: string = 'DatabaseUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE' satisfies ErrorCode;
}

/**
 * Neo4j is up but this server already has as much work queued for it as it will take (see
 * limiter.ts): answered like an outage (503, Retry-After), but it says nothing about Neo4j's health.
 */
export class DatabaseBusyError extends DatabaseUnavailableError {
  override readonly name = 'DatabaseBusyError';
}

/** A transaction ran past its server-side timeout. */
export class DatabaseTimeoutError extends Error {
  override readonly name = 'DatabaseTimeoutError';
  readonly code = 'TIMEOUT' satisfies ErrorCode;
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ECONNREFUSED',
  'ECONNRESET',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Turns a driver error into a domain error where one applies, or returns it unchanged. */
export function classifyDriverError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  // The pool had no connection free in time: the server is overloaded, Neo4j may be fine.
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new DatabaseBusyError(`Neo4j is busy: ${error.message}`, { cause: error });
  }
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) {
    return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, { cause: error });
  }
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) {
    return new DatabaseTimeoutError('The database query took too long and was stopped', {
      cause: error,
    });
  }
  return error;
}
