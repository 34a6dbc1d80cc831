// Each safety limit rejects with its message; introspection stays available.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listen } from '../../server/app.js';
import { LIMITS } from '../../common/limits.js';
import { errorCodes, gql } from './support/client.js';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-limits');

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `neighbors { ${selection} }`;
  return selection;
}

describe('query shape limits (graphql-armor)', () => {
  it(`refuses queries deeper than ${LIMITS.depth}`, async () => {
    const ok = await gql(
      h.url,
      `query($g: ID) { concept(graph: $g, id: "topic") { ${nested(LIMITS.depth - 2)} } }`,
      { g: h.graph },
    );
    expect(ok.errors).toBeUndefined();
    const r = await gql(
      h.url,
      `query($g: ID) { concept(graph: $g, id: "topic") { ${nested(LIMITS.depth)} } }`,
      { g: h.graph },
    );
    expect(r.status).toBe(400);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toBe(
      `Query depth limit of ${LIMITS.depth} exceeded, found ${LIMITS.depth + 2}.`,
    );
  });

  it('still refuses a deep query hidden in a fragment or an operation named __schema', async () => {
    const fragment = `
      query($g: ID) { concept(graph: $g, id: "topic") { neighbors { neighbors { ...__schema } } } }
      fragment __schema on Concept { ${nested(LIMITS.depth)} }`;
    const viaFragment = await gql(h.url, fragment, { g: h.graph });
    expect(viaFragment.errors?.[0]?.message).toMatch(/Query depth limit/);
    const operation = `query __schema($g: ID) { concept(graph: $g, id: "topic") { ${nested(LIMITS.depth)} } }`;
    const viaOperation = await gql(h.url, operation, { g: h.graph });
    expect(viaOperation.errors?.[0]?.message).toMatch(/Query depth limit/);
  });

  it(`refuses more than ${LIMITS.aliases} aliases`, async () => {
    const aliases = Array.from(
      { length: LIMITS.aliases + 1 },
      (_, i) => `a${i}: graphs { id }`,
    ).join(' ');
    const r = await gql(h.url, `{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(
      new RegExp(`^Aliases limit of ${LIMITS.aliases} exceeded`),
    );
  });

  it(`refuses documents of more than ${LIMITS.tokens} tokens`, async () => {
    const fields = Array.from({ length: LIMITS.tokens }, () => 'id').join(' ');
    const r = await gql(h.url, `{ graphs { ${fields} } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(new RegExp(`Token limit of ${LIMITS.tokens} exceeded`));
  });

  it(`refuses queries that cost more than ${LIMITS.cost}`, async () => {
    const costly =
      'query($g: ID) { concepts(graph: $g, first: 500) { nodes { relations(first: 200) { id } } } }';
    const r = await gql(h.url, costly, { g: h.graph });
    expect(r.status).toBe(400);
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toMatch(
      new RegExp(`^Query Cost limit of ${LIMITS.cost} exceeded, found \\d+`),
    );
  });

  it("keeps introspection on, as a researchers' API", async () => {
    const r = await gql<{ __schema: { queryType: { name: string } } }>(
      h.url,
      getIntrospectionQuery({ descriptions: true }),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('request size', () => {
  it('refuses a body over 100 kB before reading it as GraphQL', async () => {
    const res = await fetch(`${h.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ graphs { id } } # ${'x'.repeat(120_000)}` }),
    });
    expect(res.status).toBe(413);
  });
});

describe('argument limits', () => {
  it.each([
    [
      'concepts(graph: $g, first: 501) { totalCount }',
      '`first` must be between 0 and 500 (got 501); page through the rest with `after`.',
    ],
    [
      'relations(graph: $g, first: -1) { totalCount }',
      '`first` must be between 0 and 500 (got -1); page through the rest with `after`.',
    ],
    [
      'concept(graph: $g, id: "topic") { relations(first: 201) { id } }',
      '`first` must be between 1 and 200 (got 201).',
    ],
    [
      'concept(graph: $g, id: "topic") { neighbors(first: 0) { id } }',
      '`first` must be between 1 and 200 (got 0).',
    ],
    [
      'stats(graph: $g) { mostConnected(first: 101) { degree } }',
      '`first` must be between 1 and 100 (got 101).',
    ],
    [
      'paths(graph: $g, from: "topic", to: "goal-acceptance", maxLength: 11) { length }',
      '`maxLength` must be between 1 and 10 (got 11).',
    ],
  ])('%s → BAD_USER_INPUT', async (field, message) => {
    const r = await gql(h.url, `query($g: ID) { ${field} }`, { g: h.graph });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toBe(message);
  });

  it('refuses filter lists longer than the cap', async () => {
    const ids = Array.from({ length: LIMITS.filterList + 1 }, (_, i) => `id-${i}`);
    const r = await gql(
      h.url,
      'query($g: ID, $ids: [ID!]) { concepts(graph: $g, where: {ids: $ids}) { totalCount } }',
      { g: h.graph, ids },
    );
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('field suggestions', () => {
  let production: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const server = createApp({ db: h.db, production: true });
    const port = await listen(server, 0, '127.0.0.1');
    production = {
      url: `http://127.0.0.1:${port}`,
      close: () =>
        new Promise((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  });
  afterAll(() => production.close());

  it('are given in development and hidden in production', async () => {
    const dev = await gql(h.url, '{ graphs { titel } }');
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean "title"/);
    const prod = await gql(production.url, '{ graphs { titel } }');
    expect(prod.errors?.[0]?.message).toMatch(/Cannot query field "titel"/);
    expect(prod.errors?.[0]?.message).not.toMatch(/title/);
  });
});
