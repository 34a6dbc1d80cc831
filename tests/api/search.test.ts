// Full-text search: ranked, in either language, tolerant of diacritics, prefixes and typos.
import { describe, expect, it } from 'vitest';
import { errorCodes, gql, gqlData } from './support/client.js';
import { useMiniGraph } from './support/harness.js';

const h = useMiniGraph('api-search');

interface Hit {
  concept: { id: string };
  score: number;
  field: string;
}

async function search(text: string, extra = ''): Promise<Hit[]> {
  const data = await gqlData<{ search: Hit[] }>(
    h.url,
    `query($g: ID, $t: String!) { search(graph: $g, text: $t ${extra}) { concept { id } score field } }`,
    { g: h.graph, t: text },
  );
  return data.search;
}

const ids = (hits: Hit[]) => hits.map((x) => x.concept.id);

describe('search', () => {
  it('finds a label with and without its diacritics', async () => {
    for (const text of ['Bhinnéka', 'bhinneka', 'BHINNEKA', 'kerukunan bhinneka']) {
      const hits = await search(text);
      expect(ids(hits)[0], text).toBe('goal-diversity');
      expect(hits[0]?.field).toBe('LABEL_ID');
    }
  });

  it('completes prefixes, for autocomplete', async () => {
    expect(ids(await search('peneri'))[0]).toBe('goal-acceptance');
    expect(ids(await search('social accep'))[0]).toBe('goal-acceptance');
  });

  it('forgives a small typo', async () => {
    expect(ids(await search('integrasi sosail'))[0]).toBe('goal-integration');
    expect(ids(await search('acceptence'))[0]).toBe('goal-acceptance');
  });

  it('ranks and reports the matching field in either language', async () => {
    const hits = await search('acceptance', ', lang: EN');
    expect(hits[0]).toMatchObject({ concept: { id: 'goal-acceptance' }, field: 'LABEL_EN' });
    expect(hits[0]?.score).toBeGreaterThan(0);
    expect(await search('acceptance', ', lang: ID')).toEqual([]);
    const definition = await search('peace');
    expect(definition[0]).toMatchObject({ concept: { id: 'topic' }, field: 'DEFINITION_EN' });
    const scores = (await search('forum')).map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by kinds and honours first', async () => {
    const hits = await search('sosial', ', kinds: ["Goal"], first: 2');
    expect(hits).toHaveLength(2);
    expect(hits.every((x) => x.concept.id.startsWith('goal-'))).toBe(true);
  });

  it('treats Lucene syntax as plain text', async () => {
    for (const text of [
      'forum AND (',
      'sosial~9^99',
      '"unclosed',
      'title:*',
      '\\',
      'OR NOT',
      '*',
    ]) {
      const r = await gql(
        h.url,
        'query($g: ID, $t: String!) { search(graph: $g, text: $t) { concept { id } } }',
        { g: h.graph, t: text },
      );
      expect(r.errors, text).toBeUndefined();
    }
    expect(ids(await search('forum AND ('))).toHaveLength(5);
  });

  it('refuses empty and overlong text, and more than 50 hits', async () => {
    for (const [text, first] of [
      ['   ', 10],
      ['x'.repeat(201), 10],
      ['forum', 51],
    ] as const) {
      const r = await gql(
        h.url,
        'query($g: ID, $t: String!, $f: Int) { search(graph: $g, text: $t, first: $f) { score } }',
        { g: h.graph, t: text, f: first },
      );
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
