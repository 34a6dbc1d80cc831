// Concept by id: the smallest useful request, so overheads dominate.
import type { Plain } from '../../graph/plain.js';
import type { Operation } from '../contenders/types.js';
import { at, obj } from './plain.js';

const FIELDS = 'id kind labelId labelEn definitionId definitionEn quote page section order'.split(
  ' ',
);

function concept(value: Plain): Plain {
  const c = obj(value);
  return Object.fromEntries(FIELDS.map((f) => [f, c[f] ?? null]));
}

export function conceptById(graph: string, id: string): Operation {
  return {
    id: 'concept-by-id',
    title: 'Concept by id',
    ours: {
      query: `query($graph: ID, $id: ID!) { concept(graph: $graph, id: $id) {
        id kind labels { id en } definitions { id en } quote page section order } }`,
      variables: { graph, id },
    },
    peer: {
      query: `query($graph: String!, $id: ID!) { concepts(where: { graph: { eq: $graph }, id: { eq: $id } }) {
        id kind labelId labelEn definitionId definitionEn quote page section order } }`,
      variables: { graph, id },
    },
    raw: {
      cypher: `MATCH (c:Concept {graph: $graph, id: $id})
RETURN c {.id, .kind, .labelId, .labelEn, .definitionId, .definitionEn, .quote, .page, .section, .order} AS concept`,
      params: { graph, id },
    },
    canonical: {
      ours: (data) => {
        const c = obj(at(data, 'concept'));
        const labels = obj(c.labels);
        const definitions = obj(c.definitions);
        return concept({
          ...c,
          labelId: labels.id ?? null,
          labelEn: labels.en ?? null,
          definitionId: definitions.id ?? null,
          definitionEn: definitions.en ?? null,
        });
      },
      peer: (data) =>
        concept(
          Array.isArray(at(data, 'concepts'))
            ? ((at(data, 'concepts') as Plain[])[0] ?? null)
            : null,
        ),
      raw: (rows) => concept(at(rows[0] ?? null, 'concept')),
    },
  };
}
