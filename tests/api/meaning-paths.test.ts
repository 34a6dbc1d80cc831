// In the shipped Keserasian Sosial graph, the questions a reader asks of a path ("how does a forum
// level connect to a basic value?") are answered through meaning, with evidence at every step,
// by a `paths` query with its defaults. Exact routes are not asserted: the seed's relations are
// corrected over time, and any route through meaning relations is an answer.
import { describe, expect, it } from 'vitest';
import { gqlData } from './support/client.js';
import { useShippedGraph } from './support/shipped-graph.js';

const h = useShippedGraph('api-meaning-paths');

interface Step {
  type: string;
  structural: boolean;
  quote: string | null;
  from: { id: string };
  to: { id: string };
}

const PATHS = `query($g: ID, $from: ID!, $to: ID!) {
  graph(id: $g) { relationTypes { id structural } }
  paths(graph: $g, from: $from, to: $to, all: true) {
    length
    nodes { id }
    relations { type structural quote from { id } to { id } }
  }
}`;

describe('paths in the shipped graph, with the defaults', () => {
  it.each([
    ['forum-provinsi', 'mutualisme'],
    ['forum-desa', 'kesetaraan'],
  ])('lead from %s to %s through meaning, each step quoted', async (from, to) => {
    const data = await gqlData<{
      graph: { relationTypes: { id: string; structural: boolean }[] };
      paths: { length: number; nodes: { id: string }[]; relations: Step[] }[];
    }>(h.url, PATHS, { g: h.graph, from, to });
    const structural = data.graph.relationTypes.filter((t) => t.structural).map((t) => t.id);
    expect(structural).toEqual(expect.arrayContaining(['HAS_SECTION', 'HAS_MEMBER']));
    expect(data.paths.length).toBeGreaterThan(0);
    for (const path of data.paths) {
      expect(path.nodes[0]?.id).toBe(from);
      expect(path.nodes.at(-1)?.id).toBe(to);
      expect(path.relations).toHaveLength(path.length);
      for (const step of path.relations) {
        const name = `${step.from.id} ${step.type} ${step.to.id}`;
        expect(step.structural, name).toBe(false);
        expect(structural, name).not.toContain(step.type);
        expect(step.quote?.trim(), name).toBeTruthy();
      }
    }
  });
});
