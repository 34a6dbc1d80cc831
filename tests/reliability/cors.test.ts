// CORS as configured: by default only pages of the server itself may call POST /graphql from a
// browser; CORS_ALLOWED_ORIGINS opens it to listed origins (never with credentials); tools that
// send no Origin are unaffected; exports stay readable from anywhere (public data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../graph/config.js';
import type { Database } from '../../graph/db.js';
import { createApp, listen } from '../../server/app.js';
import { readServerConfig } from '../../server/config.js';
import { apiTestDatabase } from '../api/support/database.js';
import { dropGraph, loadMiniGraph } from '../api/support/mini-graph.js';
import { uniqueGraphId } from '../support/database.js';

const ALLOWED = 'https://slides.example.org';
const STRANGER = 'https://evil.example';
const graph = uniqueGraphId('rel-cors');
let db: Database;
const servers: { url: string; close: () => void }[] = [];

/** A real server configured from the given environment, as `npm start` would read it. */
async function serverWith(env: Record<string, string>): Promise<string> {
  const config = readServerConfig(env);
  const server = createApp({ db, corsAllowedOrigins: config.corsAllowedOrigins });
  const port = await listen(server, 0, '127.0.0.1');
  servers.push({
    url: `http://127.0.0.1:${port}`,
    close: () => (server.closeAllConnections(), server.close()),
  });
  return `http://127.0.0.1:${port}`;
}

function query(url: string, origin?: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({
      query: 'query($g: ID) { concepts(graph: $g, first: 1) { totalCount } }',
      variables: { g: graph },
    }),
  });
}

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
}

beforeAll(async () => {
  db = apiTestDatabase();
  await loadMiniGraph(db, graph);
});
afterAll(async () => {
  for (const s of servers) s.close();
  await dropGraph(db, graph);
  await db.close();
});

describe('CORS on POST /graphql', () => {
  it('by default answers tools and the same origin, and refuses other origins', async () => {
    const url = await serverWith({});
    const tool = await query(url);
    expect(tool.status).toBe(200);
    expect(
      ((await tool.json()) as { data: { concepts: { totalCount: number } } }).data.concepts
        .totalCount,
    ).toBeGreaterThan(0);

    const same = await query(url, url);
    expect(same.status).toBe(200);

    const stranger = await query(url, STRANGER);
    expect(stranger.status).toBe(403);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(
      ((await stranger.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        ?.extensions.code,
    ).toBe('FORBIDDEN_ORIGIN');

    // The browser asks first for a JSON POST: no grant, so it never sends the request.
    const asked = await preflight(url, STRANGER);
    expect(asked.status).toBeLessThan(300);
    expect(asked.headers.get('access-control-allow-origin')).toBeNull();
    expect(asked.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('grants the origins in CORS_ALLOWED_ORIGINS, without credentials, and only those', async () => {
    const url = await serverWith({ CORS_ALLOWED_ORIGINS: `${ALLOWED}, https://other.example.org` });
    const asked = await preflight(url, ALLOWED);
    expect(asked.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(asked.headers.get('access-control-allow-methods')).toContain('POST');
    expect(asked.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(asked.headers.get('access-control-allow-credentials')).toBeNull();

    const allowed = await query(url, ALLOWED);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);

    const stranger = await query(url, STRANGER);
    expect(stranger.status).toBe(403);
    expect((await preflight(url, STRANGER)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with `*` lets any page call the API, still without credentials', async () => {
    const url = await serverWith({ CORS_ALLOWED_ORIGINS: '*' });
    const res = await query(url, STRANGER);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(STRANGER);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('keeps exports readable from any origin', async () => {
    const url = await serverWith({});
    const res = await fetch(`${url}/export/${graph}.json`, { headers: { origin: STRANGER } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a malformed CORS_ALLOWED_ORIGINS at start-up', () => {
    expect(() => readServerConfig({ CORS_ALLOWED_ORIGINS: 'javascript:alert(1)' })).toThrow(
      ConfigError,
    );
    expect(() => readServerConfig({ CORS_ALLOWED_ORIGINS: 'https://a.example/path' })).toThrow(
      ConfigError,
    );
  });
});
