// The HTTP server: one listener, routes by path, nothing framework-specific.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Database } from '../graph/db.js';
import { DEFAULT_REQUEST_DEADLINE_MS } from './deadline.js';
import { docsRoute } from './docs.js';
import { embedRoute } from './embed.js';
import { exportRoute } from './export/route.js';
import { JIT_DEFAULT } from './graphql/jit.js';
import { CACHE_OFF_STATS, createResponseCache } from './graphql/response-cache/plugin.js';
import type { ResponseCacheSettings } from './graphql/response-cache/settings.js';
import { graphqlRoute } from './graphql/route.js';
import { handleHealth, handleReady } from './health.js';
import { logEvent, requestId, trackRequest } from './request-log.js';
import { sendJson, sendText } from './respond.js';
import { setSecurityHeaders } from './security-headers.js';
import { stampServerTiming } from './server-timing.js';
import { serveWebApp } from './static.js';

/** Bodies past this size are refused before they are read (GraphQL queries are small). */
export const MAX_BODY_BYTES = 1_000_000;

export interface AppOptions {
  db: Database;
  /** Production turns off GraphQL field suggestions. */
  production?: boolean;
  /** CSP frame-ancestors for /embed (config EMBED_ALLOWED_ORIGINS); default `*`. */
  embedAllowedOrigins?: string;
  /** Foreign origins that may POST /graphql from a browser (config CORS_ALLOWED_ORIGINS); default none. */
  corsAllowedOrigins?: readonly string[];
  /** Operations run through the compiled executor (config GRAPHQL_JIT); default JIT_DEFAULT. */
  jit?: boolean;
  /** Each GraphQL and export request is answered within this (config REQUEST_DEADLINE_MS). */
  deadlineMs?: number;
  /** GraphQL answers kept per graph version (config RESPONSE_CACHE*); false: none. Default on. */
  responseCache?: false | Partial<ResponseCacheSettings>;
  /**
   * The graph a visitor lands on and a left-out graph argument means, when loaded (config
   * DEFAULT_GRAPH, else the graph the server seeds); default none: the only graph loaded.
   */
  defaultGraph?: string | null;
}

export type Route = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => Promise<boolean> | boolean;

export function createApp(
  {
    db,
    production,
    embedAllowedOrigins,
    corsAllowedOrigins,
    jit = JIT_DEFAULT,
    deadlineMs = DEFAULT_REQUEST_DEADLINE_MS,
    responseCache: cacheSettings = {},
    defaultGraph = null,
  }: AppOptions,
  extraRoutes: Route[] = [],
): Server {
  const responseCache = cacheSettings === false ? null : createResponseCache(db, cacheSettings);
  const cacheStats = () => responseCache?.stats() ?? CACHE_OFF_STATS;
  const routes: Route[] = [
    (_req, res, url) => url.pathname === '/health' && (handleHealth(res), true),
    async (_req, res, url) =>
      url.pathname === '/ready' && (await handleReady(res, db, cacheStats()), true),
    graphqlRoute(db, production, corsAllowedOrigins, jit, deadlineMs, responseCache, defaultGraph),
    exportRoute(db, deadlineMs),
    ...extraRoutes,
    embedRoute(embedAllowedOrigins ?? '*'),
    docsRoute(),
    // Last: the web app answers every other GET (its SPA fallback would shadow later routes).
    serveWebApp(),
  ];
  const server = createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => {
    trackRequest(req, res);
    stampServerTiming(res);
    setSecurityHeaders(res);
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      sendJson(res, 413, { error: `Request bodies are limited to ${MAX_BODY_BYTES} bytes.` });
      req.resume();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        for (const route of routes) if (await route(req, res, url)) return;
        sendText(res, 404, 'Not found');
      } catch (error) {
        logEvent({ level: 'error', requestId: requestId(req), error: String(error) });
        if (!res.headersSent) {
          sendJson(res, 500, { error: 'Internal server error', requestId: requestId(req) });
        } else res.end();
      }
    })();
  });
  server.on('close', () => responseCache?.close());
  // Slow clients are cut off instead of holding a socket open.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
