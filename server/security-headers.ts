// Security headers on every response; a route may override one (the embed view's frame policy,
// GraphiQL's script sources) by setting it again before it writes.
import type { ServerResponse } from 'node:http';

export interface SecurityOptions {
  /** Origins allowed to frame the embed view (CSP frame-ancestors). */
  embedFrameAncestors: string;
}

export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape and the panels set element styles from script; no inline <style> or style="" needed
  // except Vite's CSS files, which are 'self'.
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', APP_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('x-frame-options', 'SAMEORIGIN');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
}

/** The embed view may be framed by the configured origins instead of only by ourselves. */
export function allowFramingBy(res: ServerResponse, ancestors: string): void {
  res.setHeader(
    'content-security-policy',
    APP_CSP.replace("frame-ancestors 'self'", `frame-ancestors ${ancestors}`),
  );
  res.removeHeader('x-frame-options');
}
