// Reads the response cache's counters from our server's `/ready` body
// (`responseCache: { enabled, hits, misses, evictions, entries, bytes }`), and what a scenario
// did to them. A server without a response cache reports none: the figures then read "n/a".
import type { Plain } from '../../graph/plain.js';
import type { CacheCounters, Contender } from './types.js';

const FIELDS = ['hits', 'misses', 'evictions', 'entries', 'bytes'] as const;

export function readCacheCounters(body: unknown): CacheCounters | null {
  const cache = (body as { responseCache?: Plain } | null)?.responseCache;
  if (typeof cache !== 'object' || cache === null || Array.isArray(cache)) return null;
  const number = (v: Plain | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    enabled: cache.enabled === true,
    ...(Object.fromEntries(FIELDS.map((f) => [f, number(cache[f])])) as Omit<
      CacheCounters,
      'enabled'
    >),
  };
}

/** What a scenario did to a server's cache: the counters' differences and the hit rate. */
export interface CacheDelta extends CacheCounters {
  /** hits / (hits + misses) over the scenario; null when nothing was looked up (entries and
   * bytes are those held at the end). */
  hitRate: number | null;
}

export function cacheDelta(
  before: CacheCounters | null,
  after: CacheCounters | null,
): CacheDelta | null {
  if (!before || !after) return null;
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  return {
    enabled: after.enabled,
    hits,
    misses,
    evictions: after.evictions - before.evictions,
    entries: after.entries,
    bytes: after.bytes,
    hitRate: hits + misses > 0 ? hits / (hits + misses) : null,
  };
}

/** Reads a contender's counters (null for one without them), then runs `work` and diffs. */
export async function withCacheDelta<T>(
  contender: Contender | undefined,
  work: () => Promise<T>,
): Promise<{ result: T; cache: CacheDelta | null }> {
  const read = () => contender?.cacheCounters?.() ?? Promise.resolve(null);
  const before = await read();
  const result = await work();
  return { result, cache: cacheDelta(before, await read()) };
}
