import { describe, expect, it } from 'vitest';
import { cacheKey, parseKey } from './key.js';

const versions = new Map([
  ['a', 'v1'],
  ['b', 'v2'],
  ['odd,id=|x', 'v3'],
]);

const scopeOf = (query: string, variables?: Record<string, unknown>, operationName?: string) => {
  const key = cacheKey({ query, variables, operationName }, versions);
  return key === null ? null : parseKey(key)?.scope;
};

describe('which graphs a query reads', () => {
  it('is the graph a top-level field names, as a literal or a variable', () => {
    expect(scopeOf('{ concept(graph: "a", id: "x") { id } }')).toEqual({
      kind: 'graphs',
      ids: ['a'],
    });
    expect(scopeOf('query($g: ID) { concepts(graph: $g) { totalCount } }', { g: 'b' })).toEqual({
      kind: 'graphs',
      ids: ['b'],
    });
    expect(scopeOf('query($g: ID = "a") { concepts(graph: $g) { totalCount } }')).toEqual({
      kind: 'graphs',
      ids: ['a'],
    });
    expect(scopeOf('{ graph(id: "b") { id } }')).toEqual({ kind: 'graphs', ids: ['b'] });
  });

  it('is every graph named, through fragments and aliases', () => {
    const query = `query { x: concept(graph: "b", id: "1") { id } ...F ... on Query { graph(id: "a") { id } } }
      fragment F on Query { search(graph: "b", text: "t") { score } }`;
    expect(scopeOf(query)).toEqual({ kind: 'graphs', ids: ['a', 'b'] });
  });

  it('is the whole catalog when a field names no graph or has no such argument', () => {
    expect(scopeOf('{ graphs { id } }')).toEqual({ kind: 'catalog' });
    expect(scopeOf('{ concept(id: "x") { id } }')).toEqual({ kind: 'catalog' });
    expect(scopeOf('{ concept(graph: "a", id: "x") { id } graphs { id } }')).toEqual({
      kind: 'catalog',
    });
    // A variable given as null overrides its default: "the only graph".
    expect(
      scopeOf('query($g: ID = "a") { concepts(graph: $g) { totalCount } }', { g: null }),
    ).toEqual({ kind: 'catalog' });
  });

  it('leaves introspection out of it', () => {
    expect(scopeOf('{ __typename concept(graph: "a", id: "x") { id } }')).toEqual({
      kind: 'graphs',
      ids: ['a'],
    });
  });

  it('reads graph ids that hold separators back intact', () => {
    expect(scopeOf('{ concept(graph: "odd,id=|x", id: "x") { id } }')).toEqual({
      kind: 'graphs',
      ids: ['odd,id=|x'],
    });
  });
});

describe('the cache key', () => {
  const key = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
    cacheKey({ query, variables, operationName }, versions);

  it('is the same however the document is spaced, and for variables in any order', () => {
    expect(key('{concept(graph:"a",id:"x"){id}}')).toBe(
      key('# a comment\n{\n  concept(graph: "a", id: "x") {\n    id\n  }\n}'),
    );
    const q = 'query($g: ID, $id: ID!) { concept(graph: $g, id: $id) { id } }';
    expect(key(q, { g: 'a', id: 'x' })).toBe(key(q, { id: 'x', g: 'a' }));
    expect(key(q, { g: 'a', id: 'x' })).not.toBe(key(q, { g: 'a', id: 'y' }));
  });

  it('changes with the version of a graph the query reads, and only then', () => {
    const q = '{ concept(graph: "a", id: "x") { id } }';
    const before = cacheKey({ query: q }, versions);
    expect(cacheKey({ query: q }, new Map([...versions, ['b', 'v9']]))).toBe(before);
    expect(cacheKey({ query: q }, new Map([...versions, ['a', 'v9']]))).not.toBe(before);
    // A graph loaded since: catalog-wide answers change.
    const catalog = cacheKey({ query: '{ graphs { id } }' }, versions);
    expect(cacheKey({ query: '{ graphs { id } }' }, new Map([...versions, ['c', 'v1']]))).not.toBe(
      catalog,
    );
  });

  it('tells the operation apart, and is none for what cannot run', () => {
    const two = 'query A { graph(id: "a") { id } } query B { graph(id: "b") { id } }';
    expect(parseKey(key(two, {}, 'B') ?? '')?.scope).toEqual({ kind: 'graphs', ids: ['b'] });
    expect(key(two)).toBeNull(); // which one is ambiguous: an error
    expect(key('{ concept(')).toBeNull();
    expect(key('')).toBeNull();
  });

  it('is not parsed from a string that is not one of ours', () => {
    expect(parseKey('"some-etag"')).toBeNull();
  });
});
