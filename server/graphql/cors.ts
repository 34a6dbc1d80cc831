// CORS for POST /graphql, from CORS_ALLOWED_ORIGINS. yoga's default reflects every Origin and
// allows credentials; ours answers only the configured origins (default: none, so only pages of
// this server may call the API from a browser). Scripts and tools that send no Origin are not
// affected. A cross-origin POST from an origin not on the list is refused with 403 before it runs,
// so a page elsewhere cannot even spend the server's time with "simple" (un-preflighted) requests.
import type { IncomingMessage } from 'node:http';

/** `*`, or exact origins (scheme://host[:port]); empty means same-origin only. */
export type AllowedOrigins = readonly string[];

interface CorsOptions {
  origin: string[];
  methods: string[];
  allowedHeaders: string[];
  credentials: boolean;
  maxAge: number;
}

/** The origin of this server as the browser sees it, from the Host header. */
function ownOrigin(req: IncomingMessage): string | undefined {
  const host = req.headers.host;
  if (!host) return undefined;
  const forwarded = req.headers['x-forwarded-proto'];
  const scheme = typeof forwarded === 'string' && forwarded === 'https' ? 'https' : 'http';
  return `${scheme}://${host}`;
}

/** Whether a request with this Origin may use the API (no Origin: not a browser, allowed). */
export function originAllowed(req: IncomingMessage, allowed: AllowedOrigins): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (origin === ownOrigin(req)) return true;
  return allowed.includes('*') || allowed.includes(origin);
}

/** yoga's `cors` option: CORS headers only for an allowed foreign origin, never credentials. */
export function corsOptions(allowed: AllowedOrigins) {
  return (request: Request): CorsOptions | false => {
    const origin = request.headers.get('origin');
    if (origin === null) return false;
    if (!allowed.includes('*') && !allowed.includes(origin)) return false;
    return {
      origin: allowed.includes('*') ? ['*'] : [origin],
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'accept', 'x-request-id'],
      // The API has no cookies or sessions; a credentialed call has nothing to gain.
      credentials: false,
      maxAge: 600,
    };
  };
}

/** Parses CORS_ALLOWED_ORIGINS: a comma- or space-separated list of origins, or `*`. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((v) => v.trim().replace(/\/$/, ''))
    .filter((v) => v.length > 0);
}
