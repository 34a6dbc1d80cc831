// Domain errors of the database layer; callers map them without importing neo4j-driver.

/** Neo4j cannot be reached (down, restarting, or refusing connections). */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE';
}

/** A transaction ran past its server-side timeout. */
export class DatabaseTimeoutError extends Error {
  override readonly name = 'DatabaseTimeoutError';
  readonly code = 'TIMEOUT';
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
