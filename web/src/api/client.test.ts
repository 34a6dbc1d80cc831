// Reads go as cacheable GETs while they fit in a URL, and as POSTs past that.
import { describe, expect, it } from 'vitest';
import { httpRequest } from './client.js';
import * as ops from './operations.js';

describe('httpRequest', () => {
  it('sends a read that fits in a URL as GET with the query and variables in the search', () => {
    const [url, init] = httpRequest(
      '/graphql',
      ops.SEARCH.text,
      { graph: 'g', text: 'adil' },
      1000,
    );
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    const parsed = new URL(url, 'http://localhost');
    expect(parsed.pathname).toBe('/graphql');
    expect(parsed.searchParams.get('query')).toBe(ops.SEARCH.text);
    expect(JSON.parse(parsed.searchParams.get('variables') ?? '')).toEqual({
      graph: 'g',
      text: 'adil',
    });
  });

  it('sends every operation of the web app as GET with typical variables', () => {
    for (const { text } of Object.values(ops)) {
      const [, init] = httpRequest('/graphql', text, { graph: 'keserasian-sosial' }, 1000);
      expect(init.method).toBe('GET');
    }
  });

  it('falls back to POST with a JSON body when the URL would be too long', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `concept-${i}`);
    const [url, init] = httpRequest('/graphql', ops.SEARCH.text, { ids }, 1000);
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body as string)).toEqual({ query: ops.SEARCH.text, variables: { ids } });
  });
});
