// The server's web app route: pages, hashed assets with long caching, the SPA fallback for
// shared links, and nothing outside dist/web.
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { testDatabase } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = testDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

/** A raw request: fetch would normalise `..` in the path before sending it. */
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>(
    (resolve, reject) => {
      const req = request(`${server.url}${path}`, { method, path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body,
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('serving the web app', () => {
  it('serves the explorer page at / without caching it', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('id="graph"');
  });

  it('serves hashed assets with their type and a year-long immutable cache', async () => {
    const script = readdirSync('dist/web/assets').find((f) => f.endsWith('.js'));
    const res = await get(`/assets/${script}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const head = await get(`/assets/${script}`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers a shared view link with the explorer page', async () => {
    const res = await get('/view/anything?focus=x');
    expect(res.status).toBe(200);
    expect(res.body).toContain('id="graph"');
  });

  it('refuses missing files and anything outside dist/web', async () => {
    expect((await get('/missing.png')).status).toBe(404);
    expect((await get('/../package.json')).status).toBe(404);
    expect((await get('/%2e%2e/package.json')).status).toBe(404);
    expect((await get('/assets/..%2f..%2fpackage.json')).status).toBe(404);
  });

  it('leaves the API paths to their own routes', async () => {
    const res = await get('/export/nothing');
    expect(res.status).not.toBe(200);
    expect(res.headers['content-type']).not.toBe('text/html; charset=utf-8');
  });
});
