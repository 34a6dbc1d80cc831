// HTTP server configuration, read once from the environment and validated.
import { z } from 'zod';
import { ConfigError } from '../graph/config.js';
import { parseAllowedOrigins } from './graphql/cors.js';

export interface ServerConfig {
  port: number;
  host: string;
  /** Seed file loaded by `npm start` when its graph is missing or changed. */
  seedFile: string;
  production: boolean;
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

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SEED_FILE: z.string().min(1).default('seeds/keserasian-sosial.yaml'),
  NODE_ENV: z.string().default('development'),
  EMBED_ALLOWED_ORIGINS: frameAncestors.default('*'),
  CORS_ALLOWED_ORIGINS: corsOrigins.optional(),
});

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid server configuration: ${problems.join('; ')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    seedFile: c.SEED_FILE,
    production: c.NODE_ENV === 'production',
    embedAllowedOrigins: c.EMBED_ALLOWED_ORIGINS,
    corsAllowedOrigins: parseAllowedOrigins(c.CORS_ALLOWED_ORIGINS),
  };
}
