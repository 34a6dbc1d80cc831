// Where cached answers live: an LRU bounded in entries and in bytes, indexed by graph so that a
// graph's new version drops exactly that graph's entries (and those of catalog-wide queries).
// The plugin (@graphql-yoga/plugin-response-cache) calls get/set/invalidate; the graph index and
// the counters are ours.
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { parseKey, type KeyParts } from './key.js';

export interface StoreLimits {
  maxEntries: number;
  /** Bytes of the serialised answers and their keys. */
  maxBytes: number;
}

export interface StoreCounters {
  evictions: number;
  entries: number;
  bytes: number;
}

/** An answer as kept: serialised once, so a hit is not serialised again (yoga's `stringify`). */
type Kept = ExecutionResult & { stringify: () => string };

interface Entry {
  result: Kept;
  size: number;
  /** The graph index lists it under these (CATALOG for a catalog-wide one). */
  indexes: string[];
}

/** Index slot of catalog-wide entries: a graph id cannot be empty. */
const CATALOG = '';

/** The JSON yoga would send: without the `http` extension, which becomes headers instead. */
function serialise(result: ExecutionResult): Kept {
  const extensions: Record<string, unknown> = { ...result.extensions };
  delete extensions.http;
  const kept: ExecutionResult = { data: result.data };
  if (Object.keys(extensions).length > 0) kept.extensions = extensions;
  const json = JSON.stringify(kept);
  return { ...kept, stringify: () => json };
}

export class ResponseStore implements Cache {
  private readonly lru: LRUCache<string, Entry>;
  private readonly byGraph = new Map<string, Set<string>>();
  private evictions = 0;

  constructor(
    private readonly limits: StoreLimits,
    /** Whether the versions a key was made with still hold (an answer may finish after a load). */
    private readonly isCurrent: (parts: KeyParts) => boolean,
  ) {
    this.lru = new LRUCache<string, Entry>({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      sizeCalculation: (entry) => entry.size,
      dispose: (entry, key, reason) => {
        this.unindex(key, entry);
        if (reason === 'evict') this.evictions++;
      },
    });
  }

  get(key: string): Kept | null {
    return this.lru.get(key)?.result ?? null;
  }

  set(key: string, result: ExecutionResult): void {
    const parts = parseKey(key);
    // Not one of ours, an answer with errors, or one keyed on versions a load has replaced
    // while it ran (it may hold the old content): not kept.
    if (!parts || result.errors?.length || !this.isCurrent(parts)) return;
    const kept = serialise(result);
    const size = Buffer.byteLength(kept.stringify()) + key.length;
    if (size > this.limits.maxBytes) return;
    const indexes = parts.scope.kind === 'catalog' ? [CATALOG] : parts.scope.ids;
    this.lru.set(key, { result: kept, size, indexes });
    for (const index of indexes) {
      let keys = this.byGraph.get(index);
      if (!keys) this.byGraph.set(index, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Entity invalidation is for mutations; this API has none, and versions do the rest. */
  invalidate(): void {}

  /** These graphs have new versions: their entries and the catalog-wide ones go. */
  dropGraphs(graphIds: readonly string[]): void {
    for (const index of [CATALOG, ...graphIds]) {
      for (const key of [...(this.byGraph.get(index) ?? [])]) this.lru.delete(key);
    }
  }

  clear(): void {
    this.lru.clear();
  }

  counters(): StoreCounters {
    return { evictions: this.evictions, entries: this.lru.size, bytes: this.lru.calculatedSize };
  }

  private unindex(key: string, entry: Entry): void {
    for (const index of entry.indexes) {
      const keys = this.byGraph.get(index);
      keys?.delete(key);
      if (keys?.size === 0) this.byGraph.delete(index);
    }
  }
}
