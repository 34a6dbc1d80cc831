// The cache key of a query's answer: the versions of the graphs it reads (see scope.ts), the
// normalised document, the operation name and the variables. It reads
//   rc1|in:<graph>=<version>,<graph>=<version>|<hash>   (these graphs)
//   rc1|all:<digest of every graph's version>|<hash>     (the whole catalog)
// so that the store can index an entry by its graphs (drop exactly a changed graph's entries) and
// tell, when an answer is about to be kept, whether the versions it was keyed on still hold.
import { createHash } from 'node:crypto';
import type { VersionMap } from '../../graph-versions.js';
import { parseQuery, scopeOf, type Scope } from './scope.js';

const PREFIX = 'rc1|';

export interface CacheRequest {
  query: string | undefined;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Ids and versions escaped: `,`, `=` and `|` then only ever separate. A missing graph is `%`. */
function entry(id: string, version: string | undefined): string {
  return `${encodeURIComponent(id)}=${version === undefined ? '%' : encodeURIComponent(version)}`;
}

const digests = new WeakMap<VersionMap, string>();

function catalogDigest(versions: VersionMap): string {
  let digest = digests.get(versions);
  if (digest === undefined) {
    const entries = [...versions].map(([id, version]) => entry(id, version)).sort();
    digest = sha256(entries.join(','));
    digests.set(versions, digest);
  }
  return digest;
}

/** The versions part of a key: what must still hold for an entry to be served. */
export function versionTag(scope: Scope, versions: VersionMap): string {
  if (scope.kind === 'catalog') return `all:${catalogDigest(versions)}`;
  return `in:${scope.ids.map((id) => entry(id, versions.get(id))).join(',')}`;
}

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` share an entry. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The key of this request's answer, or null when it is not cacheable (it cannot run). */
export function cacheKey(request: CacheRequest, versions: VersionMap): string | null {
  if (!request.query) return null;
  const query = parseQuery(request.query);
  if (!query) return null;
  const scope = scopeOf(query, request.operationName, request.variables);
  if (!scope) return null;
  const hash = sha256(
    `${query.documentHash}\n${request.operationName ?? ''}\n${stableJson(request.variables ?? {})}`,
  );
  return `${PREFIX}${versionTag(scope, versions)}|${hash}`;
}

export interface KeyParts {
  scope: Scope;
  tag: string;
}

/** A key's scope and versions part; null for a string that is not one of ours. */
export function parseKey(key: string): KeyParts | null {
  if (!key.startsWith(PREFIX)) return null;
  const tag = key.slice(PREFIX.length, key.lastIndexOf('|'));
  if (tag.startsWith('all:')) return { scope: { kind: 'catalog' }, tag };
  if (!tag.startsWith('in:')) return null;
  const entries = tag.slice('in:'.length);
  const ids = entries === '' ? [] : entries.split(',').map((e) => e.slice(0, e.indexOf('=')));
  return { scope: { kind: 'graphs', ids: ids.map(decodeURIComponent) }, tag };
}
