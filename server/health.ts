// Liveness and readiness. /health never touches Neo4j (an outage must not restart every instance);
// /ready does, with a short timeout, and keeps its failure body generic.
import type { ServerResponse } from 'node:http';
import type { Database } from '../graph/db.js';
import type { ResponseCacheStats } from './graphql/response-cache/plugin.js';
import { sendJson } from './respond.js';

export function handleHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

/** `responseCache`: the cache's counters (a benchmark reads its hit rate here). */
export async function handleReady(
  res: ServerResponse,
  db: Database,
  responseCache: ResponseCacheStats,
): Promise<void> {
  try {
    const { version, edition } = await db.ping();
    sendJson(res, 200, { status: 'ready', neo4j: { version, edition }, responseCache });
  } catch {
    sendJson(res, 503, {
      status: 'unavailable',
      reason: 'The graph database is not reachable right now. The server keeps retrying.',
      responseCache,
    });
  }
}
