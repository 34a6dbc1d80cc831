import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLogSink } from '../../server/request-log.js';
import { testDatabase } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';

const db = testDatabase();
let server: TestServer;
const logLines: string[] = [];

beforeAll(async () => {
  setLogSink((line) => logLines.push(line));
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

describe('HTTP hygiene', () => {
  it('sends security headers on every response, errors included', async () => {
    for (const path of ['/health', '/no-such-page']) {
      const res = await fetch(`${server.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain('frame-ancestors');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('logs one structured line per request with the id the client sees', async () => {
    const res = await fetch(`${server.url}/health`);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 50));
    const line = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.requestId === id);
    expect(line).toMatchObject({ method: 'GET', path: '/health', status: 200, outcome: 'done' });
    expect(typeof line?.ms).toBe('number');
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${'a'.repeat(1_100_000)} }` }),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/limited to 1000000 bytes/);
  });

  it('refuses oversized headers with 431', async () => {
    const res = await fetch(`${server.url}/health`, { headers: { 'x-big': 'b'.repeat(20_000) } });
    expect(res.status).toBe(431);
  });
});
