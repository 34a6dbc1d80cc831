// The response cache: @graphql-yoga/plugin-response-cache, keyed on the versions of the graphs a
// query reads (key.ts), kept in a bounded store indexed by graph (store.ts), dropped per graph as
// versions change (server/graph-versions.ts), counted for /ready and the request log, and the
// HTTP side of GET answers (ETag, 304, Cache-Control; http.ts).
import type { IncomingMessage } from 'node:http';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Database } from '../../../graph/db.js';
import { graphVersions, type GraphVersions } from '../../graph-versions.js';
import { addLogFields } from '../../request-log.js';
import { CACHE_CONTROL, etagOf, getParams, matchesIfNoneMatch } from './http.js';
import { cacheKey, versionTag, type CacheRequest } from './key.js';
import { RESPONSE_CACHE_DEFAULTS, type ResponseCacheSettings } from './settings.js';
import { ResponseStore } from './store.js';

/** What /ready reports (`responseCache`). */
export interface ResponseCacheStats {
  enabled: boolean;
  /** Requests answered from the cache, and requests that looked and ran. */
  hits: number;
  misses: number;
  /** Entries pushed out by the bounds (not those dropped by a new version). */
  evictions: number;
  entries: number;
  bytes: number;
  /** GET requests answered 304 (their ETag still holds), without looking anything up. */
  notModified: number;
}

export const CACHE_OFF_STATS: ResponseCacheStats = {
  enabled: false,
  hits: 0,
  misses: 0,
  evictions: 0,
  entries: 0,
  bytes: 0,
  notModified: 0,
};

/** Set by the plugin when it answers from its store. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/** The plugin's key for a request we do not cache: no store entry is ever made under it. */
const UNCACHED = 'uncached';

interface Looked {
  key: string;
  /** The answer has no errors (so a GET may carry an ETag). */
  cacheable?: boolean;
}

type ServerContext = { req?: IncomingMessage };

export class ResponseCache {
  private readonly versions: GraphVersions;
  private readonly store: ResponseStore;
  private readonly stopListening: () => void;
  private readonly looked = new WeakMap<Request, Looked>();
  private hits = 0;
  private misses = 0;
  private notModified = 0;

  constructor(db: Database, settings: ResponseCacheSettings = RESPONSE_CACHE_DEFAULTS) {
    this.versions = graphVersions(db, settings.maxStaleMs);
    this.store = new ResponseStore(settings, (parts) => {
      const known = this.versions.known();
      return known !== null && versionTag(parts.scope, known) === parts.tag;
    });
    this.stopListening = this.versions.onChange((graphs) => this.store.dropGraphs(graphs));
  }

  /**
   * The key of a request's answer, with the versions live now; null when it is not cached: it
   * cannot run (does not parse, no such operation), or the versions cannot be read (Neo4j away).
   */
  async keyOf(request: CacheRequest): Promise<string | null> {
    try {
      return cacheKey(request, await this.versions.current());
    } catch {
      return null; // versions unreadable, or variables nested too deep to hash
    }
  }

  stats(): ResponseCacheStats {
    const { hits, misses, notModified } = this;
    return { enabled: true, hits, misses, notModified, ...this.store.counters() };
  }

  /** The server closed: stop following versions and let the entries go. */
  close(): void {
    this.stopListening();
    this.store.clear();
  }

  plugins(): Plugin[] {
    return [
      this.httpPlugin(),
      useResponseCache({
        session: () => null, // every answer is public: there are no users
        cache: this.store,
        buildResponseCacheKey: async ({
          documentString,
          variableValues,
          operationName,
          request,
        }) => {
          const key = await this.keyOf({
            query: documentString,
            variables: variableValues,
            operationName,
          });
          if (key) this.looked.set(request, { key });
          return key ?? UNCACHED;
        },
        // Entities are for invalidation by mutations: there are none; versions do it.
        idFields: [],
        invalidateViaMutation: false,
        // Never add `extensions.responseCache` to answers (it would by default in development).
        includeExtensionMetadata: false,
      }),
    ];
  }

  /** Counts and logs each lookup; ETag, 304 and Cache-Control for GET. */
  private httpPlugin(): Plugin<object, ServerContext> {
    return {
      onRequest: async (payload) => {
        const { request, url, serverContext, fetchAPI } = payload;
        const tag = request.headers.get('if-none-match');
        if (request.method !== 'GET' || !tag) return;
        const params = getParams(url);
        const key = params && (await this.keyOf(params));
        if (!key) return;
        const etag = etagOf(key);
        if (!matchesIfNoneMatch(tag, etag)) return;
        this.notModified++;
        if (serverContext.req) addLogFields(serverContext.req, { cache: 'not-modified' });
        payload.endResponse(
          new fetchAPI.Response(null, { status: 304, headers: validators(etag) }),
        );
      },
      onResultProcess: ({ request, result, serverContext }) => {
        const looked = this.looked.get(request);
        if (!looked) return;
        const hit =
          !Array.isArray(result) && !isAsyncIterable(result) && SERVED_FROM_CACHE in result;
        if (hit) this.hits++;
        else this.misses++;
        if (serverContext.req) addLogFields(serverContext.req, { cache: hit ? 'hit' : 'miss' });
        looked.cacheable =
          !Array.isArray(result) && !isAsyncIterable(result) && !result.errors?.length;
      },
      onResponse: ({ request, response }) => {
        const looked = this.looked.get(request);
        if (!looked) return;
        // The plugin's own validators name the raw key and a time: ours replace them, on GET only.
        response.headers.delete('etag');
        response.headers.delete('last-modified');
        if (request.method !== 'GET' || !looked.cacheable || response.status !== 200) return;
        response.headers.set('etag', etagOf(looked.key));
        response.headers.set('cache-control', CACHE_CONTROL);
        response.headers.append('vary', 'Accept');
      },
    };
  }
}

/** A 304's headers. The body is the same JSON whichever GraphQL media type was asked for. */
function validators(etag: string): Record<string, string> {
  return { etag, 'cache-control': CACHE_CONTROL, vary: 'Accept' };
}

export function createResponseCache(
  db: Database,
  settings: Partial<ResponseCacheSettings> = {},
): ResponseCache {
  return new ResponseCache(db, { ...RESPONSE_CACHE_DEFAULTS, ...settings });
}
