// GraphiQL at /graphql for a browser, with the worked examples preloaded; plain GET queries work.
import { describe, expect, it } from 'vitest';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-graphiql');

describe('GraphiQL', () => {
  it('is served to a browser with example tabs and a page policy that lets it load', async () => {
    const res = await fetch(`${h.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(
      /script-src 'self' 'unsafe-inline' https:\/\/unpkg\.com/,
    );
    const html = await res.text();
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).toContain('Keserasian Sosial GraphQL');
    expect(html).toContain('defaultTabs');
    expect(html).toContain('conceptCount');
  });

  it('answers a query sent with GET', async () => {
    const query = encodeURIComponent(`{ graph(id: "${h.graph}") { conceptCount } }`);
    const res = await fetch(`${h.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json' },
    });
    expect(await res.json()).toEqual({ data: { graph: { conceptCount: 21 } } });
  });
});
