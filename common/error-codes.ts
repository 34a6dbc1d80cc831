// The codes the API answers errors with: GraphQL's `extensions.code` and the `code` of the JSON
// errors of the export endpoints. The server sends only these and the web client maps each one
// (web/src/api/errors.ts), so a new code here is a compile error until the client handles it.
// docs/api.md explains them to users.

export const ERROR_CODES = [
  /** An argument out of range, an unknown kind or type, a foreign cursor, a query over a limit. */
  'BAD_USER_INPUT',
  /** No such graph, or no such concept where one is required. */
  'NOT_FOUND',
  /** The query does not fit the schema (graphql-yoga's code). */
  'GRAPHQL_VALIDATION_FAILED',
  /** The query does not parse (graphql-yoga's code). */
  'GRAPHQL_PARSE_FAILED',
  /** The request is malformed: a body that is not UTF-8 or not JSON, no query (also yoga's). */
  'BAD_REQUEST',
  /** A document with several operations and no `operationName` to pick one (graphql-yoga's). */
  'OPERATION_RESOLUTION_FAILURE',
  /** The request body is over the GraphQL body limit. */
  'PAYLOAD_TOO_LARGE',
  /** A browser page on an origin outside CORS_ALLOWED_ORIGINS called the API. */
  'FORBIDDEN_ORIGIN',
  /** Neo4j cannot be reached, or this server has as much work queued as it takes: retry later. */
  'SERVICE_UNAVAILABLE',
  /** The database stopped a query that ran too long. */
  'TIMEOUT',
  /** Anything unexpected; the details are logged on the server, never sent. */
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** True for a code this API sends (a client reads codes from untyped JSON). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && KNOWN.has(value);
}
