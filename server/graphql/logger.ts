// yoga's logger, minus expected database errors. yoga logs the full stack of every error its
// maskError rewrites; during a Neo4j outage that is one stack trace per request, written
// synchronously while the server should be answering 503 quickly. Those outcomes are already in
// the request log (status 503 or 504); anything unexpected is still logged in full.
import { createLogger, type YogaLogger } from 'graphql-yoga';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/errors.js';

function isExpectedDatabaseError(value: unknown): boolean {
  let current: unknown = value;
  for (let i = 0; i < 5 && current instanceof Error; i++) {
    if (current instanceof DatabaseUnavailableError || current instanceof DatabaseTimeoutError) {
      return true;
    }
    const next: unknown = (current as { originalError?: unknown }).originalError ?? current.cause;
    current = next;
  }
  return false;
}

export function quietLogger(): YogaLogger {
  const base = createLogger('error');
  return {
    ...base,
    error: (...args: unknown[]) => {
      if (args.length === 1 && isExpectedDatabaseError(args[0])) return;
      base.error(...args);
    },
  };
}
