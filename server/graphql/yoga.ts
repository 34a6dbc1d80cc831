// The GraphQL endpoint: the SDL file, typed resolvers, armor, error masking and caches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga } from 'graphql-yoga';
import type { Database } from '../../graph/db.js';
import { armorPlugin } from './armor.js';
import { corsOptions, type AllowedOrigins } from './cors.js';
import { createContext } from './context.js';
import { maskError } from './errors.js';
import { graphiqlOptions, renderGraphiQLPage } from './graphiql.js';
import { jitPlugin } from './jit.js';
import { quietLogger } from './logger.js';
import type { ResponseCache } from './response-cache/plugin.js';
import { resolvers } from './resolvers/index.js';

export const GRAPHQL_PATH = '/graphql';
export const SCHEMA_FILE = join(import.meta.dirname, 'schema.graphql');

export interface GraphQLOptions {
  db: Database;
  /** Production turns off field suggestions. */
  production?: boolean;
  /** Foreign origins that may call the API from a browser (CORS_ALLOWED_ORIGINS). */
  corsAllowedOrigins?: AllowedOrigins;
  /** Run operations through the compiled executor (GRAPHQL_JIT, see jit.ts). */
  jit?: boolean;
  /** Answers kept per graph version (RESPONSE_CACHE, see response-cache/); null: none. */
  responseCache?: ResponseCache | null;
  /** What a left-out graph argument means when it is loaded (DEFAULT_GRAPH, else the seed's). */
  defaultGraph?: string | null;
}

interface ServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

export function createGraphQL({
  db,
  production = false,
  corsAllowedOrigins = [],
  jit = false,
  responseCache = null,
  defaultGraph = null,
}: GraphQLOptions) {
  const schema = makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers,
  });
  // The server's layouts (server/layout/) read the graph through this same API, in process.
  const self: typeof fetch = async (input, init) =>
    yoga.fetch(input instanceof Request ? input : new Request(String(input), init));
  const yoga = createYoga<ServerContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => createContext(db, defaultGraph, self),
    // The compiled executor comes before any plugin that wraps execution (a cache) so it wraps it.
    plugins: [armorPlugin(production), jitPlugin(jit), ...(responseCache?.plugins() ?? [])],
    maskedErrors: { maskError, isDev: false },
    cors: corsOptions(corsAllowedOrigins),
    // Parsing and validating a repeated query is skipped: researchers' scripts repeat theirs.
    parserAndValidationCache: true,
    // GraphiQL's bundle served from this server (no CDN): it works offline and on closed networks.
    // Each page names the graphs loaded then: its welcome links their exports (graphiql.ts).
    renderGraphiQL: renderGraphiQLPage,
    graphiql: () => graphiqlOptions(db),
    landingPage: false,
    // route.ts reads and bounds every POST body before yoga sees it (a string by then). Yoga's
    // own guard would pipe that string through a TransformStream again, costing an
    // AbortController and a DOMException per request (5-9 % of the server's CPU in a profile).
    maxRequestBodySize: false,
    logging: quietLogger(),
  });
  return yoga;
}
