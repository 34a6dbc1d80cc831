// Failures the user can be told about in words, each with a fixed code the UI maps to a notice.

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

/** Maps the first GraphQL error to our codes; masked server errors become SERVER. */
export function fromGraphQLErrors(errors: readonly GraphQLErrorShape[]): ApiError {
  const first = errors[0] ?? {};
  const message = typeof first.message === 'string' ? first.message : 'Unknown error';
  switch (first.extensions?.code) {
    case 'NOT_FOUND':
      return new ApiError('NOT_FOUND', message);
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
      return new ApiError('BAD_INPUT', message);
    default:
      return new ApiError('SERVER', message);
  }
}
