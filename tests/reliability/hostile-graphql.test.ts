// Hostile GraphQL: each request is refused with a clear error and a 4xx, the server stays up, and
// a normal query right after is served (within the server's deadline and a stated slack, see
// support/http.ts: the server's promise, not a speed target).
import { describe, expect, it } from 'vitest';
import { useMiniGraph } from '../api/support/harness.js';
import {
  GIVE_UP_MS,
  errorMessage,
  expectWithinDeadline,
  post,
  postQuery,
  serverTimes,
  type RawResponse,
} from './support/http.js';

const h = useMiniGraph('rel-hostile');
const NORMAL = 'query($g: ID) { concepts(graph: $g, first: 2) { totalCount nodes { id } } }';

function nest(field: string, depth: number, leaf = 'id'): string {
  let s = leaf;
  for (let i = 0; i < depth; i++) s = `${field} { ${s} }`;
  return s;
}

interface Case {
  name: string;
  send: () => Promise<RawResponse>;
  message: RegExp;
  /**
   * What a refusal looks like when it is not a 4xx: argument bounds are checked in resolvers, and
   * yoga answers execution errors with 200 and `data: null` (see the report in SECURITY.md).
   */
  alsoAccept?: 'execution-refusal';
}

const cases: Case[] = [
  {
    name: 'deep nesting (60 levels)',
    send: () =>
      postQuery(
        h.url,
        `query($g: ID) { concept(graph: $g, id: "topic") { ${nest('neighbors', 60)} } }`,
        { g: h.graph },
      ),
    message: /Query (depth|Cost) limit of \d+ exceeded/,
  },
  {
    name: 'alias flood (150 aliases)',
    send: () =>
      postQuery(
        h.url,
        `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: graphs { id }`).join(' ')} }`,
      ),
    message: /Aliases limit of \d+ exceeded/,
  },
  {
    name: 'token flood (20 000 fields)',
    send: () => postQuery(h.url, `{ graphs { ${'id '.repeat(20_000)} } }`),
    message: /Token limit of \d+ exceeded/,
  },
  {
    name: 'directive flood (500 @include)',
    send: () => postQuery(h.url, `{ graphs { id ${'@include(if: true) '.repeat(500)} } }`),
    message: /(Directives|Token) limit/,
  },
  {
    name: 'fragment cycle',
    send: () =>
      postQuery(
        h.url,
        `query($g: ID) { concept(graph: $g, id: "topic") { ...A } }
         fragment A on Concept { id neighbors { ...B } }
         fragment B on Concept { id neighbors { ...A } }`,
        { g: h.graph },
      ),
    message: /Cannot spread fragment "A" within itself|depth limit/,
  },
  {
    name: 'self-spreading fragment',
    send: () => postQuery(h.url, '{ graphs { ...F } } fragment F on Graph { id ...F }'),
    message: /Cannot spread fragment "F" within itself|depth limit/,
  },
  {
    name: 'deep query in a fragment named __schema',
    send: () =>
      postQuery(
        h.url,
        `query($g: ID) { concept(graph: $g, id: "topic") { ...__schema } }
         fragment __schema on Concept { ${nest('neighbors', 20)} }`,
        { g: h.graph },
      ),
    message: /Query depth limit/,
  },
  {
    name: 'deep query in an operation named __schema',
    send: () =>
      postQuery(
        h.url,
        `query __schema($g: ID) { concept(graph: $g, id: "topic") { ${nest('neighbors', 20)} } }`,
        { g: h.graph },
      ),
    message: /Query depth limit/,
  },
  {
    name: 'introspection alias flood (40 × __schema)',
    send: () =>
      postQuery(
        h.url,
        `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
      ),
    message: /Aliases limit/,
  },
  {
    name: 'huge string argument (90 000 chars of search text)',
    send: () =>
      postQuery(
        h.url,
        'query($g: ID, $t: String!) { search(graph: $g, text: $t) { concept { id } } }',
        { g: h.graph, t: 'x'.repeat(90_000) },
      ),
    message: /at most|between|too long|characters/i,
    alsoAccept: 'execution-refusal',
  },
  {
    name: 'huge list argument (10 000 ids)',
    send: () =>
      postQuery(
        h.url,
        'query($g: ID, $ids: [ID!]) { concepts(graph: $g, where: {ids: $ids}) { totalCount } }',
        {
          g: h.graph,
          ids: Array.from({ length: 10_000 }, (_, i) => String(i)),
        },
      ),
    message: /may list at most \d+ values/,
    alsoAccept: 'execution-refusal',
  },
  {
    name: 'huge page size (first: 2147483647)',
    send: () =>
      postQuery(h.url, 'query($g: ID) { concepts(graph: $g, first: 2147483647) { totalCount } }', {
        g: h.graph,
      }),
    message: /`first` must be between|Query Cost limit/,
  },
  {
    name: 'batched operations (JSON array of 50)',
    send: () =>
      post(
        h.url,
        JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ graphs { id } }' }))),
      ),
    message: /./,
  },
  {
    name: 'several operations without operationName',
    send: () => postQuery(h.url, 'query A { graphs { id } } query B { graphs { id } }'),
    message: /operation name|what operation to execute/i,
  },
  {
    name: 'invalid UTF-8 in the body',
    send: () =>
      post(
        h.url,
        Buffer.concat([
          Buffer.from('{"query":"{ graphs { id } } #'),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
          Buffer.from('"}'),
        ]),
      ),
    message: /not valid UTF-8/,
  },
  {
    name: 'invalid UTF-8 in a variable',
    send: () =>
      post(
        h.url,
        Buffer.concat([
          Buffer.from(
            '{"query":"query($g: ID, $t: String!) { search(graph: $g, text: $t) { concept { id } } }","variables":{"t":"',
          ),
          Buffer.from([0xed, 0xa0, 0x80, 0xff]),
          Buffer.from('"}}'),
        ]),
      ),
    message: /not valid UTF-8/,
  },
  {
    name: 'malformed JSON',
    send: () => post(h.url, '{"query": "{ graphs { id } }"'),
    message: /./,
  },
  {
    name: 'deeply nested JSON variables (5 000 levels)',
    send: () =>
      post(
        h.url,
        `{"query":"query($g: ID) { graphs { id } }","variables":{"g":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
      ),
    message: /./,
  },
  {
    name: 'oversized body for GraphQL (200 kB, under the app limit)',
    send: () => postQuery(h.url, `{ graphs { id } } # ${'x'.repeat(200_000)}`),
    message: /./,
  },
  {
    name: 'oversized chunked body without content-length (3 MB)',
    send: async () => {
      const started = performance.now();
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0)
            controller.enqueue(new TextEncoder().encode('{"query":"{ graphs { id } } #'));
          if (sent >= 48) return controller.close();
          sent += 1;
          controller.enqueue(chunk);
        },
      });
      try {
        const res = await fetch(`${h.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          duplex: 'half',
          signal: AbortSignal.timeout(GIVE_UP_MS),
        } as RequestInit);
        const text = await res.text();
        return { status: res.status, text, ms: performance.now() - started, ...serverTimes(res) };
      } catch (error) {
        // The server may close the socket mid-upload after answering: a refusal, not a crash.
        return {
          status: 413,
          text: `connection closed: ${String(error)}`,
          ms: performance.now() - started,
        };
      }
    },
    message: /./,
  },
];

async function normalQueryWorks(): Promise<number> {
  const r = await postQuery(h.url, NORMAL, { g: h.graph });
  expect(r.status).toBe(200);
  expect(JSON.parse(r.text)).toMatchObject({ data: { concepts: { totalCount: 21 } } });
  expectWithinDeadline(r);
  return r.ms;
}

function refused(c: Case, r: RawResponse): boolean {
  if (r.status >= 400 && r.status < 500) return true;
  if (r.status !== 200) return false;
  const body = JSON.parse(r.text) as {
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
  if (c.alsoAccept === 'execution-refusal') {
    return body.data === null && body.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT';
  }
  return false;
}

describe('hostile GraphQL', () => {
  // First: later cases close connections mid-upload, which can reset a pooled keep-alive socket.
  it('an introspection flood (40 concurrent full introspections) leaves the server answering', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const query = getIntrospectionQuery({ descriptions: true });
    const results = await Promise.all(Array.from({ length: 40 }, () => postQuery(h.url, query)));
    for (const r of results) expect(r.status).toBe(200);
    const ms = await normalQueryWorks();
    console.log(`[hostile] normal query after an introspection flood: ${ms.toFixed(0)} ms`);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s → refused with a clear error',
    async (_name, c) => {
      const r = await c.send();
      const message = errorMessage(r.text);
      console.log(
        `[hostile] ${c.name}: HTTP ${r.status} in ${r.ms.toFixed(0)} ms: ${message.slice(0, 100)}`,
      );
      expect(refused(c, r), `HTTP ${r.status}: ${message}`).toBe(true);
      if (!c.alsoAccept || r.status !== 200) expect(message).toMatch(c.message);
      expectWithinDeadline(r);
      await normalQueryWorks();
    },
  );
});
