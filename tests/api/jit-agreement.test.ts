// The compiled executor (GRAPHQL_JIT) answers exactly as the standard one: two real servers over
// the same database and graph, one with it and one without, are sent the worked queries, requests
// that fail on purpose (masking, armor limits, bad variables, operation names) and the fuzz
// suite's mutated documents, and must give the same status, data and errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, valueFromASTUntyped, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/db.js';
import { loadSeedFile } from '../../graph/seed/index.js';
import { uniqueGraphId } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { keserasianText, tempDir, writeSeed } from '../seed/support/files.js';
import { postQuery, type RawResponse } from '../reliability/support/http.js';
import { mutate, mutateVariables } from '../reliability/support/mutate.js';
import { pick, prng } from '../reliability/support/prng.js';
import { apiTestDatabase } from './support/database.js';
import { dropGraph } from './support/mini-graph.js';

const DOCS = 'docs/queries';
const WORKED = readdirSync(DOCS)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((file) => ({ file, query: readFileSync(join(DOCS, file), 'utf8') }));
/** Enough mutated documents to reach every kind of failure the fuzzer makes, in a minute or so. */
const FUZZ_COUNT = 150;
const FUZZ_SEED = 20_261_203;

let db: Database;
let graph: string;
let jit: TestServer;
let standard: TestServer;

beforeAll(async () => {
  db = apiTestDatabase();
  graph = uniqueGraphId('api-jit');
  await loadSeedFile(db, writeSeed(tempDir(), 'keserasian.yaml', keserasianText(graph)));
  // Without the response cache, so that every request is executed (and by the executor named).
  jit = await startTestServer(db, { jit: true, responseCache: false });
  standard = await startTestServer(db, { jit: false, responseCache: false });
});
afterAll(async () => {
  await jit?.close();
  await standard?.close();
  if (db) await dropGraph(db, graph);
  await db?.close();
});

/**
 * What a client can see of an answer: its status and its body, byte for byte (the parsed body
 * beside it makes a difference readable).
 */
function seen(response: RawResponse): { status: number; body: unknown; text: string } {
  const { status, text } = response;
  try {
    return { status, body: JSON.parse(text), text };
  } catch {
    return { status, body: text, text };
  }
}

/**
 * One request to both servers, one after the other; what each answered. The compiled executor
 * takes a document from its second run on (see jit.ts), so that server is asked twice.
 */
async function both(query: string, variables: Record<string, unknown> = {}) {
  await postQuery(jit.url, query, variables);
  const compiled = seen(await postQuery(jit.url, query, variables));
  const interpreted = seen(await postQuery(standard.url, query, variables));
  return { compiled, interpreted };
}

async function expectSame(query: string, variables: Record<string, unknown> = {}) {
  const { compiled, interpreted } = await both(query, variables);
  expect(compiled, query.slice(0, 200)).toEqual(interpreted);
  return interpreted;
}

describe('the compiled executor agrees with the standard one', () => {
  it.each(WORKED)('on docs/queries/$file', async ({ query }) => {
    const answer = await expectSame(query, { graph });
    // A worked query that failed on both would agree for nothing.
    expect(answer.status).toBe(200);
    expect((answer.body as { errors?: unknown }).errors).toBeUndefined();
  });

  // A left-out non-null variable with a default goes to the standard executor (see jit.ts), so
  // the queries that declare one are also sent with their defaults spelled out.
  const withDefaults = WORKED.flatMap(({ file, query }) => {
    const operation = parse(query).definitions[0] as OperationDefinitionNode;
    const defaults = (operation.variableDefinitions ?? []).flatMap((d) =>
      d.type.kind === Kind.NON_NULL_TYPE && d.defaultValue
        ? [[d.variable.name.value, valueFromASTUntyped(d.defaultValue)] as const]
        : [],
    );
    return defaults.length ? [{ file, query, defaults: Object.fromEntries(defaults) }] : [];
  });

  it.each(withDefaults)('on docs/queries/$file with its defaults sent', async (worked) => {
    const answer = await expectSame(worked.query, { graph, ...worked.defaults });
    expect((answer.body as { errors?: unknown }).errors).toBeUndefined();
  });

  const CONCEPT = 'query($graph: ID, $id: ID!) { concept(graph: $graph, id: $id) { id kind } }';
  const failures: [string, string, Record<string, unknown>][] = [
    ['a missing concept (null)', CONCEPT, { id: 'no-such-concept' }],
    [
      'a missing neighbourhood centre (NOT_FOUND)',
      'query($graph: ID) { neighborhood(graph: $graph, id: "no-such-concept") { nodes { id } } }',
      {},
    ],
    [
      'an argument out of range (BAD_USER_INPUT)',
      'query($graph: ID) { concepts(graph: $graph, first: 100000) { totalCount } }',
      {},
    ],
    ['an unknown graph', 'query { concepts(graph: "no-such-graph", first: 1) { totalCount } }', {}],
    ['a variable of the wrong type', CONCEPT, { id: { not: 'an id' } }],
    ['a required variable left out', 'query($id: ID!) { concept(id: $id) { id } }', {}],
    [
      'an enum variable with no such value',
      'query($graph: ID, $lang: Lang) { search(graph: $graph, text: "x", lang: $lang) { concept { id } } }',
      { lang: 'XX' },
    ],
    ['a syntax error', 'query { concepts(first: ) { totalCount } }', {}],
    ['a field that does not exist', 'query { concepts { nope } }', {}],
    [
      'a query nested past the depth limit (armor)',
      `query($graph: ID) { concepts(graph: $graph, first: 1) { nodes { ${'neighbors(first: 1) { '.repeat(12)}id${' }'.repeat(12)} } } }`,
      {},
    ],
    [
      'too many aliases (armor)',
      `query { ${Array.from({ length: 40 }, (_, i) => `a${i}: graphs { id }`).join(' ')} }`,
      {},
    ],
    [
      'too many directives (armor)',
      `query { graphs { id ${'@include(if: true) '.repeat(60)} } }`,
      {},
    ],
    ['too many tokens (armor)', `query { graphs { ${'id '.repeat(1100)} } }`, {}],
    [
      'a query past the cost limit (armor)',
      `query($graph: ID) { concepts(graph: $graph, first: 500) { nodes {
        neighbors(first: 200) { neighbors(first: 200) { id } } } } }`,
      {},
    ],
    [
      '__typename and introspection of a type',
      '{ __typename __type(name: "Lang") { enumValues { name } } }',
      {},
    ],
    [
      'a fragment with @skip and @include on variables',
      `query($graph: ID, $yes: Boolean!, $no: Boolean!) {
        concepts(graph: $graph, first: 3) { nodes { ...F } } }
        fragment F on Concept { id kind @include(if: $yes) labels @skip(if: $no) { id en } }`,
      { yes: true, no: false },
    ],
  ];

  it.each(failures)('on %s', async (_name, query, variables) => {
    await expectSame(query, { graph, ...variables });
  });

  it('on a document of two operations, run by each name in turn', async () => {
    const document = `
      query One($graph: ID) { concepts(graph: $graph, first: 1) { nodes { id } } }
      query Two($graph: ID) { relations(graph: $graph, first: 1) { nodes { id type } } }`;
    for (const operationName of ['One', 'Two', 'One', 'Three', undefined]) {
      const body = JSON.stringify({ query: document, variables: { graph }, operationName });
      const [compiled, interpreted] = await Promise.all(
        [jit, standard].map(async (server) => {
          const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json',
            },
            body,
          });
          return { status: res.status, body: (await res.json()) as unknown };
        }),
      );
      expect(compiled, String(operationName)).toEqual(interpreted);
    }
  });

  it(`on ${FUZZ_COUNT} of the fuzz suite's mutated documents (seed ${FUZZ_SEED})`, async () => {
    const random = prng(FUZZ_SEED);
    const statuses = new Map<number, number>();
    for (let i = 0; i < FUZZ_COUNT; i++) {
      const query = mutate(random, pick(random, WORKED).query);
      const variables = mutateVariables(random, graph);
      const { compiled, interpreted } = await both(query, variables);
      expect(compiled, JSON.stringify({ query, variables }).slice(0, 600)).toEqual(interpreted);
      statuses.set(interpreted.status, (statuses.get(interpreted.status) ?? 0) + 1);
    }
    // The mutations must reach execution, not only fail to parse: some answers carry data.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
  }, 300_000);
});
