// HTTP server configuration, read once from the environment and validated.
import { z } from 'zod';
import { readEnv, type EnvTable } from '../graph/config.js';
import { DEFAULT_REQUEST_DEADLINE_MS } from './deadline.js';
import { parseAllowedOrigins } from './graphql/cors.js';
import { JIT_DEFAULT } from './graphql/jit.js';
import {
  RESPONSE_CACHE_DEFAULTS,
  type ResponseCacheSettings,
} from './graphql/response-cache/settings.js';

export interface ServerConfig extends RuntimeConfig {
  port: number;
  host: string;
  /** Seed file loaded by `npm start` when its graph is missing or changed. */
  seedFile: string;
  /**
   * The graph a visitor lands on (and a left-out `graph` argument means) when it is loaded;
   * unset: the graph of SEED_FILE.
   */
  defaultGraph: string | undefined;
  /**
   * Who may frame /embed, as a CSP frame-ancestors source list. Default `*`: the graph is public
   * and read-only, and the embed view has no action a framing page could trick a user into.
   */
  embedAllowedOrigins: string;
  /** Foreign origins whose pages may call POST /graphql (CORS); empty: same-origin only. */
  corsAllowedOrigins: string[];
  /**
   * Every GraphQL and export request is answered within this (503 or 504 past it); the queue wait
   * and the transactions' timeouts are parts of it (server/deadline.ts).
   */
  deadlineMs: number;
  /** GraphQL operations run through the compiled executor (GRAPHQL_JIT, see graphql/jit.ts). */
  jit: boolean;
  /** GraphQL answers kept per graph version (RESPONSE_CACHE*, see graphql/response-cache/). */
  responseCache: false | ResponseCacheSettings;
}

/**
 * A frame-ancestors source list: `*`, `'self'`, `'none'`, or space-separated origins, with `file:`
 * for slide decks opened from disk (server/embed.ts adds it to a list with `*`).
 */
const frameAncestors = z
  .string()
  .trim()
  .regex(
    /^(\*|'self'|'none'|file:|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?)(\s+(\*|'self'|file:|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?))*$/i,
    "a space-separated list of origins (https://example.org), or *, 'self' or 'none'; file: for decks opened from disk",
  );

/** `*`, or a comma- or space-separated list of exact origins. */
const corsOrigins = z
  .string()
  .trim()
  .regex(
    /^(\*|https?:\/\/[a-z0-9.-]+(:\d+)?\/?)([\s,]+(https?:\/\/[a-z0-9.-]+(:\d+)?\/?))*$/i,
    'a comma-separated list of origins (https://example.org), or *',
  );

/**
 * Process-wide settings of a serving process. Readable apart from the rest because the benchmark's
 * servers (bench/servers/) serve through createApp and runtime.ts without the server's config.
 */
export interface RuntimeConfig {
  /** NODE_ENV=production: no GraphQL field suggestions. */
  production: boolean;
  /** NODE_ENV=development: logged stack traces mapped back to TypeScript (see runtime.ts). */
  mapStackTraces: boolean;
  /** One JSON line per request on stdout (REQUEST_LOG, unless `off`). */
  requestLog: boolean;
}

const RUNTIME = {
  // Any value: tools set NODE_ENV to `test` and others; only two values change anything here.
  nodeEnv: ['NODE_ENV', z.string().optional()],
  requestLog: ['REQUEST_LOG', z.enum(['on', 'off'], { error: 'must be on or off' }).default('on')],
} satisfies EnvTable;

export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const { nodeEnv, requestLog } = readEnv('server', RUNTIME, env);
  return {
    production: nodeEnv === 'production',
    mapStackTraces: nodeEnv === 'development',
    requestLog: requestLog === 'on',
  };
}

const SERVER = {
  port: ['PORT', z.coerce.number().int().min(0).max(65535).default(4000)],
  host: ['HOST', z.string().min(1).default('127.0.0.1')],
  seedFile: ['SEED_FILE', z.string().min(1).default('seeds/keserasian-sosial.yaml')],
  defaultGraph: [
    'DEFAULT_GRAPH',
    z
      .string()
      .trim()
      .regex(
        /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/,
        'must be a graph id (a slug, as seeds declare it)',
      )
      .optional(),
  ],
  embedAllowedOrigins: ['EMBED_ALLOWED_ORIGINS', frameAncestors.default('*')],
  corsAllowedOrigins: [
    'CORS_ALLOWED_ORIGINS',
    corsOrigins.optional().transform((list) => parseAllowedOrigins(list)),
  ],
  // At least a tenth of a second (a budget below a round-trip answers everything with 503), at
  // most ten minutes (past that a client or proxy gives up first).
  deadlineMs: [
    'REQUEST_DEADLINE_MS',
    z.coerce.number().int().min(100).max(600_000).default(DEFAULT_REQUEST_DEADLINE_MS),
  ],
  jit: [
    'GRAPHQL_JIT',
    z
      .enum(['on', 'off'], { error: 'must be on or off' })
      .default(JIT_DEFAULT ? 'on' : 'off')
      .transform((value) => value === 'on'),
  ],
} satisfies EnvTable;

const RESPONSE_CACHE = {
  enabled: ['RESPONSE_CACHE', z.enum(['on', 'off'], { error: 'must be on or off' }).default('on')],
  // How long another process's load may go unseen (a version poll at most this often).
  maxStaleMs: [
    'RESPONSE_CACHE_MAX_STALE_MS',
    z.coerce.number().int().min(10).max(600_000).default(RESPONSE_CACHE_DEFAULTS.maxStaleMs),
  ],
  maxEntries: [
    'RESPONSE_CACHE_MAX_ENTRIES',
    z.coerce.number().int().min(1).default(RESPONSE_CACHE_DEFAULTS.maxEntries),
  ],
  maxBytes: [
    'RESPONSE_CACHE_MAX_BYTES',
    z.coerce.number().int().min(1024).default(RESPONSE_CACHE_DEFAULTS.maxBytes),
  ],
} satisfies EnvTable;

/** RESPONSE_CACHE=off: no response cache at all (and no ETags on GET /graphql). */
export function readResponseCacheConfig(
  env: NodeJS.ProcessEnv = process.env,
): false | ResponseCacheSettings {
  const { enabled, ...settings } = readEnv('server', RESPONSE_CACHE, env);
  return enabled === 'on' && settings;
}

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    ...readRuntimeConfig(env),
    ...readEnv('server', SERVER, env),
    responseCache: readResponseCacheConfig(env),
  };
}
