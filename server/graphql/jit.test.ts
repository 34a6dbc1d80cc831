// Which requests the compiled executor runs, and that its field errors reach the client located
// and masked as the standard executor's do (the agreement over HTTP: tests/api/jit-agreement).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { buildSchema, parse, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import { createGraphQLError, createYoga } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { maskError } from './errors.js';
import { jitPlugin, runsCompiled } from './jit.js';
import { SCHEMA_FILE } from './yoga.js';

const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const runs = (
  query: string,
  variableValues: Record<string, unknown> = {},
  operationName?: string,
) => runsCompiled({ schema, document: parse(query), variableValues, operationName });

describe('runsCompiled', () => {
  const DOCS = 'docs/queries';
  const worked = readdirSync(DOCS)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(join(DOCS, f), 'utf8'));

  it('takes every worked query, its defaults sent', () => {
    expect(worked.length).toBeGreaterThan(0);
    for (const query of worked) {
      const operation = parse(query).definitions[0] as OperationDefinitionNode;
      const defaults = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((d) => d.defaultValue)
          .map((d) => [
            d.variable.name.value,
            d.defaultValue && valueFromASTUntyped(d.defaultValue),
          ]),
      );
      expect(runs(query, { graph: 'g', ...defaults }), query.slice(0, 80)).toBe(true);
    }
  });

  it('leaves a non-null variable with a default that is left out to the standard executor', () => {
    const query = 'query($id: ID! = "a") { concept(id: $id) { id } }';
    expect(runs(query)).toBe(false);
    expect(runs(query, { id: 'b' })).toBe(true);
    expect(runs('query($first: Int = 5) { concepts(first: $first) { totalCount } }')).toBe(true);
  });

  it('leaves variables that do not fit to the standard executor', () => {
    const query = 'query($id: ID!, $lang: Lang) { concept(id: $id) { label(lang: $lang) } }';
    expect(runs(query, { id: 'a', lang: 'EN' })).toBe(true);
    expect(runs(query, { id: 'a', lang: 'XX' })).toBe(false);
    expect(runs(query, { id: { not: 'an id' } })).toBe(false);
    expect(runs(query, {})).toBe(false);
  });

  it('leaves documents of several operations, and unknown operation names, to it', () => {
    const two = 'query A { graphs { id } } query B { graphs { id } }';
    expect(runs(two, {}, 'A')).toBe(false);
    expect(runs('query A { graphs { id } }', {}, 'A')).toBe(true);
    expect(runs('query A { graphs { id } }', {}, 'B')).toBe(false);
  });
});

describe('field errors under the compiled executor', () => {
  const tiny = makeExecutableSchema({
    typeDefs: 'type Query { ours: Int, unexpected: Int }',
    resolvers: {
      Query: {
        ours: () => {
          throw createGraphQLError('Not there.', { extensions: { code: 'NOT_FOUND' } });
        },
        unexpected: () => Promise.reject(new Error('secret detail')),
      },
    },
  });

  async function answer(jit: boolean): Promise<unknown> {
    const yoga = createYoga({
      schema: tiny,
      plugins: [jitPlugin(jit)],
      maskedErrors: { maskError, isDev: false },
      logging: false,
    });
    const ask = () =>
      yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query {\n  ours\n  unexpected\n}' }),
      });
    // A document is compiled on its second run.
    await ask();
    return (await ask()).json();
  }

  it('keep their locations, codes and masking', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const compiled = await answer(true);
      expect(compiled).toEqual(await answer(false));
      expect(compiled).toEqual({
        data: { ours: null, unexpected: null },
        errors: [
          {
            message: 'Not there.',
            locations: [{ line: 2, column: 3 }],
            path: ['ours'],
            extensions: { code: 'NOT_FOUND' },
          },
          {
            message: 'Unexpected error.',
            locations: [{ line: 3, column: 3 }],
            path: ['unexpected'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
    } finally {
      logged.mockRestore();
    }
  });
});
