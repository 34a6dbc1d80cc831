// HTTP caching of GET /graphql answers: an ETag derived from the answer's cache key (so it changes
// exactly when a graph the query reads gets a new version), `If-None-Match` answered with 304,
// and a Cache-Control that lets a browser or CDN keep the answer but ask again every time.
import { createHash, randomUUID } from 'node:crypto';

/** Keep it, but revalidate before each use: the version may change at any moment. */
export const CACHE_CONTROL = 'public, no-cache';

/**
 * A salt of this process: after a restart (a deploy may change what the same query answers) no
 * ETag an earlier process gave is confirmed. Behind several processes a client's revalidation
 * then succeeds only at the process that answered it; the others answer in full.
 */
const SALT = randomUUID();

export function etagOf(cacheKey: string): string {
  return `"${createHash('sha256').update(`${SALT}|${cacheKey}`).digest('base64url').slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string, etag: string): boolean {
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export interface GetParams {
  query: string | undefined;
  operationName: string | null;
  variables: Record<string, unknown> | null;
}

/** The GraphQL parameters of a GET URL as yoga reads them; null when they do not parse. */
export function getParams(url: URL): GetParams | null {
  const query = url.searchParams.get('query') ?? undefined;
  const text = url.searchParams.get('variables');
  let variables: unknown = null;
  if (text) {
    try {
      variables = JSON.parse(text);
    } catch {
      return null;
    }
    if (typeof variables !== 'object' || Array.isArray(variables)) return null;
  }
  return {
    query,
    operationName: url.searchParams.get('operationName'),
    variables: variables as Record<string, unknown> | null,
  };
}
