// The response cache's bounds and their defaults (read from RESPONSE_CACHE_* by server/config.ts).
import { DEFAULT_MAX_STALE_MS } from '../../graph-versions.js';

export interface ResponseCacheSettings {
  /** How old a reading of the graph versions may be (RESPONSE_CACHE_MAX_STALE_MS). */
  maxStaleMs: number;
  /** RESPONSE_CACHE_MAX_ENTRIES */
  maxEntries: number;
  /** RESPONSE_CACHE_MAX_BYTES: the serialised answers and their keys. */
  maxBytes: number;
}

export const RESPONSE_CACHE_DEFAULTS: ResponseCacheSettings = {
  maxStaleMs: DEFAULT_MAX_STALE_MS,
  maxEntries: 5_000,
  maxBytes: 64 * 1024 * 1024,
};
