// The embed view (/embed) may be framed by the configured origins (CSP frame-ancestors); every
// other page keeps the default `frame-ancestors 'self'`. The page itself is the built embed.html,
// served by the static route that follows: this route only sets the frame policy and passes on.
import type { Route } from './app.js';
import { allowFramingBy } from './security-headers.js';

export const EMBED_PATH = '/embed';

export function embedRoute(frameAncestors: string): Route {
  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === EMBED_PATH || url.pathname === `${EMBED_PATH}/`) {
      allowFramingBy(res, frameAncestors);
    }
    return false;
  };
}
