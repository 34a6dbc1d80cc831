// Cypher injection strings in every argument that reaches a query: the answers treat them as data,
// and neither the target graph nor a second, untouched graph changes (counts and property hash).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueGraphId } from '../support/database.js';
import { useMiniGraph } from '../api/support/harness.js';
import { dropGraph, INJECTION, loadMiniGraph } from '../api/support/mini-graph.js';
import { fingerprint, type Fingerprint } from './support/fingerprint.js';
import { postQuery } from './support/http.js';

const h = useMiniGraph('rel-inject');
const canary = uniqueGraphId('rel-canary');

const HOSTILE = [
  INJECTION,
  "topic' OR '1'='1",
  "topic'}) MATCH (n) DETACH DELETE n WITH 1 AS x MATCH (m {id:'",
  'topic"}) DETACH DELETE n RETURN 1 //',
  '`) DETACH DELETE n //',
  'Value`:Concept) DETACH DELETE n //',
  '*/ MATCH (n) DETACH DELETE n /*',
  "\\' }) CALL db.clearQueryCaches() //",
  "x'; CALL apoc.periodic.iterate('MATCH (n) RETURN n','DETACH DELETE n',{}) //",
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '$graph',
  '{graph}',
  '\u0000\u001b[2J\u202e',
  '~ AND:* OR "',
];

// Every argument that reaches Cypher, one field per request so one refusal hides nothing else.
const FIELDS: string[] = [
  'graph(id: $i) { id }',
  'concept(graph: $g, id: $i) { id }',
  'concept(graph: $i, id: "topic") { id }',
  'relation(graph: $g, id: $i) { id }',
  'concepts(graph: $g, where: {text: $s}) { totalCount nodes { id } }',
  'concepts(graph: $g, where: {section: $s, source: $i, ids: [$i]}) { totalCount }',
  'concepts(graph: $g, where: {kinds: [$s]}) { totalCount }',
  'concepts(graph: $g, after: $s) { totalCount }',
  'relations(graph: $g, where: {from: $i, to: $i, concept: $i, source: $i}) { totalCount }',
  'relations(graph: $g, where: {types: [$s]}) { totalCount }',
  'relations(graph: $g, after: $s) { totalCount }',
  'neighborhood(graph: $g, id: $i) { truncated }',
  'neighborhood(graph: $g, id: "topic", kinds: [$s]) { truncated }',
  'neighborhood(graph: $g, id: "topic", relationTypes: [$s]) { truncated }',
  'paths(graph: $g, from: $i, to: "topic") { length }',
  'paths(graph: $g, from: "topic", to: $i) { length }',
  'paths(graph: $g, from: "topic", to: "goal-acceptance", relationTypes: [$s]) { length }',
  'search(graph: $g, text: $s) { concept { id definition(lang: EN) } }',
  'search(graph: $g, text: "nilai", kinds: [$s]) { concept { id } }',
  'stats(graph: $i) { mostConnected(first: 1) { degree } }',
  'concept(graph: $g, id: "topic") { relations(types: [$s]) { id } }',
  'concept(graph: $g, id: "topic") { neighbors(types: [$s]) { id } }',
  'concept(graph: $g, id: "topic") { neighbors(kinds: [$s]) { id } }',
];

/** The operation around one field, declaring exactly the variables it uses. */
function operation(field: string): string {
  const types: [string, string][] = [
    ['$g', 'ID'],
    ['$s', 'String!'],
    ['$i', 'ID!'],
  ];
  const declared = types.filter(([name]) => field.includes(name)).map(([n, t]) => `${n}: ${t}`);
  return `query(${declared.join(', ')}) { ${field} }`;
}

let before: Fingerprint;
let canaryBefore: Fingerprint;
beforeAll(async () => {
  await loadMiniGraph(h.db, canary);
  before = await fingerprint(h.db, h.graph);
  canaryBefore = await fingerprint(h.db, canary);
});
afterAll(() => dropGraph(h.db, canary));

describe('Cypher injection strings', () => {
  it(`in ${FIELDS.length} arguments × ${HOSTILE.length} strings are data and change nothing`, async () => {
    const outcomes = new Map<string, number>();
    for (const s of HOSTILE) {
      for (const field of FIELDS) {
        const r = await postQuery(h.url, operation(field), { g: h.graph, s, i: s });
        expect(r.status, `${field} ${s}`).toBeLessThan(500);
        const body = JSON.parse(r.text) as {
          data?: Record<string, unknown> | null;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        const code = body.errors?.[0]?.extensions?.code ?? 'data';
        expect(['data', 'BAD_USER_INPUT', 'NOT_FOUND'], `${field} ${s}: ${r.text}`).toContain(code);
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        // Nothing hostile ever matches, except the one string the fixture stores as data.
        if (code === 'data' && s !== INJECTION)
          expect(r.text, field).not.toMatch(/"totalCount":[1-9]/);
      }
    }
    console.log(
      `[injection] ${FIELDS.length * HOSTILE.length} requests: ${JSON.stringify(Object.fromEntries(outcomes))}`,
    );
    expect(await fingerprint(h.db, h.graph)).toEqual(before);
    expect(await fingerprint(h.db, canary)).toEqual(canaryBefore);
    console.log(
      `[injection] target ${JSON.stringify(before)}, canary ${JSON.stringify(canaryBefore)}: unchanged`,
    );
  }, 300_000);

  it('comes back verbatim where it is stored as data', async () => {
    const r = await postQuery(
      h.url,
      'query($g: ID, $s: String!) { search(graph: $g, text: $s) { concept { id definition(lang: EN) } } }',
      { g: h.graph, s: 'DETACH' },
    );
    expect(r.text).toContain(JSON.stringify(INJECTION).slice(1, -1));
  });

  it('in export paths and parameters', async () => {
    for (const s of HOSTILE) {
      const e = encodeURIComponent(s);
      for (const path of [
        `/export/${e}.json`,
        `/export/${h.graph}.json?focus=${e}`,
        `/export/${h.graph}.graphml?focus=topic&depth=${e}&lang=${e}`,
      ]) {
        const res = await fetch(`${h.url}${path}`);
        expect(res.status, path).toBeGreaterThanOrEqual(400);
        expect(res.status, path).toBeLessThan(500);
      }
    }
    expect(await fingerprint(h.db, h.graph)).toEqual(before);
  });
});
