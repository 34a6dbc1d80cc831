// What the response-cache tests share: small graphs loaded through the real loader (so each load
// switches in a new version), requests with their headers, the cache's counters and log lines.
import type { Database } from '../../graph/db.js';
import { loadSeedFile } from '../../graph/seed/load.js';
import { setLogSink } from '../../server/request-log.js';
import type { ResponseCacheStats } from '../../server/graphql/response-cache/plugin.js';
import { replaceOnce, tempDir, writeSeed } from '../seed/support/files.js';
import { SMALL_SEED } from '../seed/support/small-seed.js';

const dir = tempDir('response-cache-');

/** Loads the small seed as `graph`, its concept `kesetaraan` labelled `label` in English. */
export async function loadSmallGraph(db: Database, graph: string, label: string): Promise<void> {
  let text = replaceOnce(SMALL_SEED, 'id: small-test', `id: ${graph}`);
  text = replaceOnce(text, 'en: Equality', `en: ${label}`);
  await loadSeedFile(db, writeSeed(dir, `${graph}-${label.replace(/\W/g, '-')}.yaml`, text));
}

export const LABEL_QUERY =
  'query($g: ID!) { concept(graph: $g, id: "kesetaraan") { id labels { en } } }';

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: unknown[] } | null;
}

export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

export async function get(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const res = await fetch(`${url}/graphql?${search}`, {
    headers: { accept: 'application/graphql-response+json', ...headers },
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: text ? (JSON.parse(text) as Answer['body']) : null,
  };
}

/** The English label an answer to LABEL_QUERY shows. */
export function labelOf(answer: Answer): string | undefined {
  return (answer.body?.data as { concept?: { labels?: { en?: string } } } | undefined)?.concept
    ?.labels?.en;
}

export async function cacheStats(url: string): Promise<ResponseCacheStats> {
  const res = await fetch(`${url}/ready`);
  return ((await res.json()) as { responseCache: ResponseCacheStats }).responseCache;
}

/** The request log's lines from now on, by request id (the X-Request-Id a client sees). */
export function captureRequestLog(): (requestId: string | null) => Record<string, unknown> {
  const lines = new Map<string, Record<string, unknown>>();
  setLogSink((line) => {
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (typeof entry.requestId === 'string') lines.set(entry.requestId, entry);
  });
  return (requestId) => lines.get(requestId ?? '') ?? {};
}
