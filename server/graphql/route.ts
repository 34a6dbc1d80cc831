// Mounts the GraphQL endpoint on the app's router.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../common/error-codes.js';
import type { Database } from '../../graph/db.js';
import type { Route } from '../app.js';
import { DEFAULT_REQUEST_DEADLINE_MS, keepDeadline, type DeadlineAnswer } from '../deadline.js';
import { requestId } from '../request-log.js';
import { sendCompressible } from '../compression/dynamic.js';
import { sendJson } from '../respond.js';
import { MAX_GRAPHQL_BODY_BYTES, readGraphQLBody } from './body.js';
import { originAllowed, type AllowedOrigins } from './cors.js';
import { GRAPHIQL_CSP } from './graphiql.js';
import type { ResponseCache } from './response-cache/plugin.js';
import { createGraphQL, GRAPHQL_PATH } from './yoga.js';

type Yoga = ReturnType<typeof createGraphQL>;

export function graphqlRoute(
  db: Database,
  production = false,
  corsAllowedOrigins: AllowedOrigins = [],
  jit = false,
  deadlineMs = DEFAULT_REQUEST_DEADLINE_MS,
  responseCache: ResponseCache | null = null,
  defaultGraph: string | null = null,
): Route {
  // With a response cache, GET answers carry an ETag and If-None-Match gets 304 (its plugin).
  const yoga = createGraphQL({
    db,
    production,
    corsAllowedOrigins,
    jit,
    responseCache,
    defaultGraph,
  });
  return async (req, res, url) => {
    if (url.pathname !== GRAPHQL_PATH) return false;
    const budget = { budgetMs: deadlineMs, requestId: requestId(req) };
    const late = (answer: DeadlineAnswer) => answerLate(req, res, corsAllowedOrigins, answer);
    if (req.method === 'POST' && !originAllowed(req, corsAllowedOrigins)) {
      // Refused before the body is read or anything runs (see cors.ts).
      req.resume();
      refuse(res, 403, 'FORBIDDEN_ORIGIN', 'This API does not accept requests from that origin.');
      return true;
    }
    if (req.method === 'POST') {
      await keepDeadline(res, budget, late, () => handlePost(yoga, req, res, url));
      return true;
    }
    if (req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')) {
      res.setHeader('content-security-policy', GRAPHIQL_CSP);
    }
    // Through yoga's fetch, like POST, so the answer can be compressed on its way out.
    await keepDeadline(res, budget, late, () => answer(yoga, req, res, url, undefined));
    return true;
  };
}

/**
 * The deadline's answer (server/deadline.ts) in the GraphQL response shape, readable by a foreign
 * page that may call the API (yoga's CORS headers come only with yoga's own responses).
 */
function answerLate(
  req: IncomingMessage,
  res: ServerResponse,
  corsAllowedOrigins: AllowedOrigins,
  answer: DeadlineAnswer,
): void {
  const origin = req.headers.origin;
  if (origin !== undefined && originAllowed(req, corsAllowedOrigins)) {
    res.setHeader('access-control-allow-origin', corsAllowedOrigins.includes('*') ? '*' : origin);
  }
  sendJson(res, answer.status, {
    data: null,
    errors: [{ message: answer.message, extensions: { code: answer.code } }],
  });
}

/** A refusal in the GraphQL response shape, so clients read it like any other error. */
function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  res.setHeader('connection', 'close');
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

async function handlePost(
  yoga: Yoga,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const read = await readGraphQLBody(req);
  // The deadline passed while the body came in, and has been answered.
  if (res.headersSent) return;
  if (read.kind === 'too-large') {
    return refuse(
      res,
      413,
      'PAYLOAD_TOO_LARGE',
      `GraphQL request bodies are limited to ${MAX_GRAPHQL_BODY_BYTES} bytes.`,
    );
  }
  if (read.kind === 'not-utf8') {
    return refuse(
      res,
      400,
      'BAD_REQUEST',
      'The request body is not valid UTF-8; send JSON encoded as UTF-8.',
    );
  }
  await answer(yoga, req, res, url, read.body.toString('utf8'));
}

/**
 * Runs a request through yoga and sends its answer, compressed by Accept-Encoding above the
 * threshold (server/compression/dynamic.ts). The answer is a whole JSON document (or GraphiQL's
 * page): nothing here streams.
 */
async function answer(
  yoga: Yoga,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  body: string | undefined,
): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const response = await yoga.fetch(
    new URL(url.pathname + url.search, 'http://localhost'),
    { method: req.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) },
    { req, res },
  );
  const sent = Buffer.from(await response.arrayBuffer());
  // Too late: the deadline has been answered; this result is dropped.
  if (res.headersSent) return;
  const outgoing: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    outgoing[name] = value;
  });
  await sendCompressible(req, res, response.status, outgoing, sent);
}
