// Expected errors carry a fixed `extensions.code`; anything else is masked before it leaves.
// Errors are made with yoga's createGraphQLError and recognised by shape, not `instanceof`: under
// some loaders `graphql` is present twice (its CJS and ESM builds), with two GraphQLError classes.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { ErrorCode } from '../../common/error-codes.js';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../../graph/errors.js';

/** The codes of errors a resolver throws on purpose (the rest come from yoga, armor or masking). */
export type UserErrorCode = Extract<ErrorCode, 'BAD_USER_INPUT' | 'NOT_FOUND'>;

export function userError(code: UserErrorCode, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code } });
}

export function badInput(message: string): GraphQLError {
  return userError('BAD_USER_INPUT', message);
}

export function notFound(message: string): GraphQLError {
  return userError('NOT_FOUND', message);
}

/** A user's value inside a message: quoted, escaped and cut short (it is echoed back verbatim). */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

/** Several values for a message, each quoted. */
export function quotedList(values: readonly string[]): string {
  return values.map(quoted).join(', ');
}

export const UNAVAILABLE_MESSAGE =
  'The graph database is not reachable right now. Please try again shortly.';
export const TIMEOUT_MESSAGE = 'The query took too long and was stopped. Narrow it down and retry.';

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError' && 'extensions' in error;
}

/** Finds a database-layer error anywhere in an error's `originalError` / `cause` chain. */
function databaseError(error: unknown): DatabaseUnavailableError | DatabaseTimeoutError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current instanceof Error; i++) {
    if (current instanceof DatabaseUnavailableError || current instanceof DatabaseTimeoutError) {
      return current;
    }
    current = isGraphQLError(current) ? current.originalError : current.cause;
  }
  return null;
}

/**
 * Yoga's maskError hook: our GraphQLErrors pass; a database outage becomes SERVICE_UNAVAILABLE
 * with HTTP 503 (a timeout, TIMEOUT with 504); everything else is logged and masked.
 */
export function maskError(error: unknown, message: string): Error {
  const located = isGraphQLError(error) ? error : null;
  const where = { nodes: located?.nodes, path: located?.path };
  const cause = databaseError(error);
  if (cause instanceof DatabaseUnavailableError) {
    return createGraphQLError(UNAVAILABLE_MESSAGE, {
      ...where,
      extensions: {
        code: cause.code,
        http: { status: 503, headers: { 'retry-after': '5' } },
      },
    });
  }
  if (cause instanceof DatabaseTimeoutError) {
    return createGraphQLError(TIMEOUT_MESSAGE, {
      ...where,
      extensions: { code: cause.code, http: { status: 504, headers: { 'retry-after': '5' } } },
    });
  }
  // Ours (thrown on purpose) or graphql's own (syntax, validation, armor): shown as they are.
  if (located && (located.originalError === undefined || isGraphQLError(located.originalError))) {
    return located;
  }
  console.error('GraphQL resolver failed', error);
  const code: ErrorCode = 'INTERNAL_SERVER_ERROR';
  return createGraphQLError(message, { ...where, extensions: { code } });
}
