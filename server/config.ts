// HTTP server configuration, read once from the environment and validated.
import { z } from 'zod';
import { readEnv, type EnvTable } from '../graph/config.js';
import { parseAllowedOrigins } from './graphql/cors.js';

export interface ServerConfig extends RuntimeConfig {
  port: number;
  host: string;
  /** Seed file loaded by `npm start` when its graph is missing or changed. */
  seedFile: string;
  /**
   * Who may frame /embed, as a CSP frame-ancestors source list. Default `*`: the graph is public
   * and read-only, and the embed view has no action a framing page could trick a user into.
   */
  embedAllowedOrigins: string;
  /** Foreign origins whose pages may call POST /graphql (CORS); empty: same-origin only. */
  corsAllowedOrigins: string[];
}

/** A frame-ancestors source list: `*`, `'self'`, `'none'`, or space-separated origins. */
const frameAncestors = z
  .string()
  .trim()
  .regex(
    /^(\*|'self'|'none'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?)(\s+(\*|'self'|https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?))*$/i,
    "a space-separated list of origins (https://example.org), or *, 'self' or 'none'",
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
  embedAllowedOrigins: ['EMBED_ALLOWED_ORIGINS', frameAncestors.default('*')],
  corsAllowedOrigins: [
    'CORS_ALLOWED_ORIGINS',
    corsOrigins.optional().transform((list) => parseAllowedOrigins(list)),
  ],
} satisfies EnvTable;

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return { ...readRuntimeConfig(env), ...readEnv('server', SERVER, env) };
}
