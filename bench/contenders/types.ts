// The contenders and the operations they answer, each in its own dialect.
import type { Plain } from '../../graph/plain.js';

import type { ResponseCacheStats } from '../../server/graphql/response-cache/plugin.js';
/**
 * `ours` is our server with its response cache off (what the engine itself costs), `ours-cached`
 * the same server with the cache on (what a repeated question costs); both speak our dialect.
 */
export type ContenderName = 'ours' | 'ours-cached' | 'raw' | 'peer';
export const CONTENDERS: readonly ContenderName[] = ['ours', 'ours-cached', 'raw', 'peer'];

/** Which of an operation's calls a contender sends. */
export function dialectOf(name: ContenderName): 'ours' | 'raw' | 'peer' {
  return name === 'ours-cached' ? 'ours' : name;
}

export interface GraphQLCall {
  query: string;
  variables: Record<string, unknown>;
  /**
   * The request as `GET <path>?query=…&variables=…`, the way the explorer sends a read that fits
   * in a URL (web/src/api/client.ts); a POST when absent.
   */
  get?: string;
}

export interface RawCall {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * One thing a user asks, as each contender asks it, and how each answer maps to one canonical
 * form: a run checks that the canonical forms are equal before it measures anything.
 */
export interface Operation {
  id: string;
  title: string;
  ours: GraphQLCall;
  /** Absent where the peer's generated API cannot express the question at all. */
  peer?: GraphQLCall;
  /** Absent where no hand-written statement says the same (the replay's detail panels). */
  raw?: RawCall;
  canonical: {
    ours(data: Plain): Plain;
    peer?(data: Plain): Plain;
    raw?(rows: Plain[]): Plain;
  };
}

/** The contenders that can ask `op` (the peer and raw sit out what they cannot express). */
export function answering(contenders: readonly Contender[], op: Operation): Contender[] {
  return contenders.filter((c) => {
    const dialect = dialectOf(c.name);
    return dialect === 'ours' || op[dialect] !== undefined;
  });
}

/** The response cache's counters, as our server's `/ready` reports them (304s aside). */
export type CacheCounters = Omit<ResponseCacheStats, 'notModified'>;

export interface Contender {
  name: ContenderName;
  /** The answer (GraphQL `data`, or the raw rows); throws on any error. */
  call(op: Operation): Promise<Plain>;
  /** Cypher statements this contender has sent so far (servers count their own). */
  statements(): Promise<number>;
  /** The statements it sent after the `since`-th (servers keep the last few), for profiling. */
  recent?(since: number): Promise<{ cypher: string; params: unknown }[]>;
  /**
   * The cheapest round-trip this contender's transport allows (ours: an HTTP request the server
   * answers without work; raw: a Bolt `RETURN 1`), to show the floor under its latencies.
   */
  floor?(): Promise<void>;
  /** Our server's response-cache counters; null when its `/ready` reports none. */
  cacheCounters?(): Promise<CacheCounters | null>;
  close(): Promise<void>;
}

export function canonicalOf(contender: ContenderName, op: Operation, answer: Plain): Plain {
  const dialect = dialectOf(contender);
  if (dialect === 'ours') return op.canonical.ours(answer);
  if (dialect === 'raw') {
    if (!op.canonical.raw) throw new Error(`the raw driver cannot answer ${op.id}`);
    return op.canonical.raw(Array.isArray(answer) ? answer : []);
  }
  if (!op.canonical.peer) throw new Error(`the peer cannot answer ${op.id}`);
  return op.canonical.peer(answer);
}
