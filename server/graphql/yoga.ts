// The GraphQL endpoint: the SDL file, typed resolvers, armor, error masking and caches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Database } from '../../graph/db.js';
import { armorPlugin } from './armor.js';
import { MAX_GRAPHQL_BODY_BYTES } from './body.js';
import { corsOptions, type AllowedOrigins } from './cors.js';
import { createContext } from './context.js';
import { maskError } from './errors.js';
import { exampleTabs } from './graphiql.js';
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
}: GraphQLOptions) {
  const schema = makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers,
  });
  return createYoga<ServerContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => createContext(db),
    // The compiled executor comes before any plugin that wraps execution (a cache) so it wraps it.
    plugins: [armorPlugin(production), jitPlugin(jit), ...(responseCache?.plugins() ?? [])],
    maskedErrors: { maskError, isDev: false },
    cors: corsOptions(corsAllowedOrigins),
    // Parsing and validating a repeated query is skipped: researchers' scripts repeat theirs.
    parserAndValidationCache: true,
    // GraphiQL's bundle served from this server (no CDN): it works offline and on closed networks.
    renderGraphiQL,
    graphiql: {
      title: 'Keserasian Sosial GraphQL',
      defaultTabs: exampleTabs(),
    },
    landingPage: false,
    // A second guard: route.ts reads and bounds POST bodies before yoga sees them.
    maxRequestBodySize: MAX_GRAPHQL_BODY_BYTES,
    logging: quietLogger(),
  });
}
