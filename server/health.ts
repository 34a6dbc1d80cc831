// Liveness and readiness. /health never touches Neo4j (an outage must not restart every instance);
// /ready does, with a short timeout, and keeps its failure body generic.
import type { ServerResponse } from 'node:http';
import type { Database } from '../graph/db.js';
import { sendJson } from './respond.js';

export function handleHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'ok' });
}

export async function handleReady(res: ServerResponse, db: Database): Promise<void> {
  try {
    const { version, edition } = await db.ping();
    sendJson(res, 200, { status: 'ready', neo4j: { version, edition } });
  } catch {
    sendJson(res, 503, {
      status: 'unavailable',
      reason: 'The graph database is not reachable right now. The server keeps retrying.',
    });
  }
}
