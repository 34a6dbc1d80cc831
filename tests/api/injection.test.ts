// Hostile strings in every user input are data: they match nothing, break nothing, change nothing.
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useMiniGraph, type Harness } from './support/harness.js';
import { INJECTION } from './support/mini-graph.js';

const h: Harness = useMiniGraph('api-injection');

const HOSTILE = [
  INJECTION,
  "topic' OR '1'='1",
  'topic"}) RETURN 1 UNION MATCH (n) DETACH DELETE n //',
  '`) DETACH DELETE n //',
  '$graph',
  '\\u0000\u0000\u202e',
  '*:*',
  'labelId:* OR definitionEn:[* TO *]',
  '../../etc/passwd',
];

async function conceptCount(): Promise<number> {
  const rows = await h.db.readRows('MATCH (c:Concept {graph: $graph}) RETURN count(c) AS n', {
    graph: h.graph,
  });
  return Number(rows[0]?.n);
}

describe('injection strings are data', () => {
  it('in ids, graph names, filters, search text, paths and neighbourhoods', async () => {
    const before = await conceptCount();
    for (const s of HOSTILE) {
      const v = { g: h.graph, s, i: s };
      const data = await gqlData(
        h.url,
        `query($g: ID, $s: String!, $i: ID!) {
          concept(graph: $g, id: $i) { id }
          relation(graph: $g, id: $i) { id }
          byText: concepts(graph: $g, where: {text: $s}) { totalCount }
          bySection: concepts(graph: $g, where: {section: $s, source: $i}) { totalCount }
          byIds: concepts(graph: $g, where: {ids: [$i]}) { totalCount }
          byEnds: relations(graph: $g, where: {from: $i, to: $i, concept: $i, source: $i}) { totalCount }
          search(graph: $g, text: $s) { concept { id } }
        }`,
        v,
      );
      expect(data.concept, s).toBeNull();
      expect(data.relation, s).toBeNull();
      expect(data.bySection, s).toEqual({ totalCount: 0 });
      expect(data.byIds, s).toEqual({ totalCount: 0 });
      expect(data.byEnds, s).toEqual({ totalCount: 0 });
      // The fixture holds the first string as data: text filters and search find exactly that.
      const expected = s === INJECTION ? 1 : 0;
      expect((data.byText as { totalCount: number }).totalCount, s).toBe(expected);

      const errors = await Promise.all([
        gql(h.url, 'query($g: ID, $i: ID!) { neighborhood(graph: $g, id: $i) { truncated } }', v),
        gql(
          h.url,
          'query($g: ID, $i: ID!) { paths(graph: $g, from: $i, to: "topic") { length } }',
          v,
        ),
        gql(h.url, 'query($i: ID) { concepts(graph: $i) { totalCount } }', v),
      ]);
      for (const r of errors) expect(errorCodes(r), s).toEqual(['NOT_FOUND']);

      const typed = await gql(
        h.url,
        'query($g: ID, $s: String!) { relations(graph: $g, where: {types: [$s]}) { totalCount } }',
        v,
      );
      expect(errorCodes(typed), s).toEqual(['BAD_USER_INPUT']);
      const kinds = await gql(
        h.url,
        'query($g: ID, $s: String!) { neighborhood(graph: $g, id: "topic", kinds: [$s]) { truncated } }',
        v,
      );
      expect(errorCodes(kinds), s).toEqual(['BAD_USER_INPUT']);
      const cursor = await gql(
        h.url,
        'query($g: ID, $s: String!) { concepts(graph: $g, after: $s) { totalCount } }',
        v,
      );
      expect(errorCodes(cursor), s).toEqual(['BAD_USER_INPUT']);
    }
    expect(await conceptCount()).toBe(before);
  });

  it('comes back verbatim when it is stored as data', async () => {
    const data = await gqlData<{ concept: { definition: string } }>(
      h.url,
      'query($g: ID) { concept(graph: $g, id: "goal-diversity") { definition } }',
      { g: h.graph },
    );
    expect(data.concept.definition).toBe(INJECTION);
  });

  it('in export paths and parameters', async () => {
    for (const s of HOSTILE) {
      const focus = await fetch(`${h.url}/export/${h.graph}.json?focus=${encodeURIComponent(s)}`);
      expect(focus.status, s).toBe(404);
      const path = await fetch(`${h.url}/export/${encodeURIComponent(s)}.json`);
      expect(path.status, s).toBe(404);
      expect(path.headers.get('content-type')).toMatch(/application\/json/);
    }
    expect(await conceptCount()).toBe(21);
  });
});
