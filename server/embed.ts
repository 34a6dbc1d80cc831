// The embed view (/embed) may be framed by the configured origins (CSP frame-ancestors); every
// other page keeps the default `frame-ancestors 'self'`. The page itself is the built embed.html,
// served by the static route that follows: this route only sets the frame policy and passes on.
import type { Route } from './app.js';
import { allowFramingBy } from './security-headers.js';

export const EMBED_PATH = '/embed';

/**
 * The frame-ancestors list sent with /embed. Browsers match `*` against network schemes only
 * (http, https, ws, wss), so a slide deck opened from disk (file://, as reveal.js and exported
 * HTML decks often are) could not frame the view: where the configured list allows any origin,
 * `file:` joins it. A restricted list is sent as configured (it may name `file:` itself).
 */
export function embedFrameAncestors(configured: string): string {
  const sources = configured.trim().split(/\s+/);
  if (!sources.includes('*') || sources.some((s) => s.toLowerCase() === 'file:')) return configured;
  return `${configured} file:`;
}

export function embedRoute(configured: string): Route {
  const frameAncestors = embedFrameAncestors(configured);
  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (url.pathname === EMBED_PATH || url.pathname === `${EMBED_PATH}/`) {
      allowFramingBy(res, frameAncestors);
    }
    return false;
  };
}
