// Failures the user can be told about in words, each with a fixed code the UI maps to a notice.
import { isErrorCode, type ErrorCode } from '../../../common/error-codes.js';

export type ApiErrorCode =
  /** The server could not be reached, or did not answer in time. */
  | 'UNREACHABLE'
  /** The server answered with an HTTP error (5xx, 503 while the database is down...). */
  | 'SERVER'
  /** A concept, relation or graph the request named does not exist. */
  | 'NOT_FOUND'
  /** The request was refused as invalid (unknown kind, out-of-range argument). */
  | 'BAD_INPUT';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

/** What each server code means to the user; a code the list does not know becomes SERVER. */
const NOTICE_OF: Record<ErrorCode, ApiErrorCode> = {
  BAD_USER_INPUT: 'BAD_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  GRAPHQL_PARSE_FAILED: 'SERVER',
  BAD_REQUEST: 'SERVER',
  OPERATION_RESOLUTION_FAILURE: 'SERVER',
  PAYLOAD_TOO_LARGE: 'SERVER',
  FORBIDDEN_ORIGIN: 'SERVER',
  SERVICE_UNAVAILABLE: 'SERVER',
  TIMEOUT: 'SERVER',
  INTERNAL_SERVER_ERROR: 'SERVER',
};

/** Maps the first GraphQL error to our codes; masked server errors become SERVER. */
export function fromGraphQLErrors(errors: readonly GraphQLErrorShape[]): ApiError {
  const first = errors[0] ?? {};
  const message = typeof first.message === 'string' ? first.message : 'Unknown error';
  const code = first.extensions?.code;
  return new ApiError(isErrorCode(code) ? NOTICE_OF[code] : 'SERVER', message);
}
