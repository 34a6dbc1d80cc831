// Full-text search: the same Lucene query (ours builds it from what was typed) through the same
// `conceptText` index, filtered to the graph before the limit.
import type { Plain } from '../../graph/plain.js';
import { CONCEPT_TEXT_INDEX, SEARCH } from '../../graph/queries/search.js';
import { luceneQuery } from '../../graph/queries/search-text.js';
import type { Operation } from '../contenders/types.js';
import { arr, at, sortedIds, text } from './plain.js';

export const SEARCH_HITS = 10;

/**
 * How many hits, and the ids of hits scored above the lowest score: hits tied at the cut may
 * legitimately differ between engines that break ties differently. Scores themselves are left
 * out: the index spans every graph in the database, so its statistics (and every score) move
 * whenever another graph is loaded between two contenders' answers.
 */
function canonical(hits: { id: string; score: number }[]): Plain {
  const rounded = (score: number) => Math.round(score * 1e4) / 1e4;
  const cut = Math.min(...hits.map((h) => rounded(h.score)));
  const above = hits.filter((h) => rounded(h.score) > cut).map((h) => h.id);
  return { hits: hits.length, ids: sortedIds(above) };
}

export function search(graph: string, typed: string, first = SEARCH_HITS): Operation {
  const query = luceneQuery(typed, null, 'AND') ?? typed;
  return {
    id: 'search',
    title: `Full-text search ("${typed}")`,
    ours: {
      query: `query($graph: ID, $text: String!, $first: Int) {
        search(graph: $graph, text: $text, first: $first) { score field concept { id kind labels { id en } } } }`,
      variables: { graph, text: typed, first },
    },
    peer: {
      query: `query($graph: String!, $phrase: String!, $first: Int) {
        searchConcepts(phrase: $phrase, where: { node: { graph: { eq: $graph } } }, first: $first, sort: [{ score: DESC }]) {
          edges { score node { id kind labelId labelEn } } } }`,
      variables: { graph, phrase: query, first },
    },
    raw: {
      cypher: SEARCH,
      params: { index: CONCEPT_TEXT_INDEX, query, graph, kinds: null, first },
    },
    canonical: {
      ours: (data) =>
        canonical(
          arr(at(data, 'search')).map((h) => ({
            id: text(at(h, 'concept', 'id')),
            score: Number(at(h, 'score')),
          })),
        ),
      peer: (data) =>
        canonical(
          arr(at(data, 'searchConcepts', 'edges')).map((e) => ({
            id: text(at(e, 'node', 'id')),
            score: Number(at(e, 'score')),
          })),
        ),
      raw: (rows) =>
        canonical(
          rows.map((r) => ({ id: text(at(r, 'concept', 'id')), score: Number(at(r, 'score')) })),
        ),
    },
  };
}
