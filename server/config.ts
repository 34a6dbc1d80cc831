// HTTP server configuration, read once from the environment and validated.
import { z } from 'zod';
import { parseEnv } from '../graph/config.js';
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

const runtimeSchema = z.object({
  // Any value: tools set NODE_ENV to `test` and others; only these two change anything here.
  NODE_ENV: z.string().optional(),
  REQUEST_LOG: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
});

function runtimeConfig(c: z.output<typeof runtimeSchema>): RuntimeConfig {
  return {
    production: c.NODE_ENV === 'production',
    mapStackTraces: c.NODE_ENV === 'development',
    requestLog: c.REQUEST_LOG === 'on',
  };
}

export function readRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return runtimeConfig(parseEnv('server', runtimeSchema, env));
}

const schema = runtimeSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SEED_FILE: z.string().min(1).default('seeds/keserasian-sosial.yaml'),
  EMBED_ALLOWED_ORIGINS: frameAncestors.default('*'),
  CORS_ALLOWED_ORIGINS: corsOrigins.optional(),
});

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const c = parseEnv('server', schema, env);
  return {
    ...runtimeConfig(c),
    port: c.PORT,
    host: c.HOST,
    seedFile: c.SEED_FILE,
    embedAllowedOrigins: c.EMBED_ALLOWED_ORIGINS,
    corsAllowedOrigins: parseAllowedOrigins(c.CORS_ALLOWED_ORIGINS),
  };
}
