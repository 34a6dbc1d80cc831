// The research questions of docs/queries 15 to 22 (issue 15), each run over HTTP against the
// shipped graph, with answers worked out independently from the seed file itself (read here as
// plain YAML, not through the loader or the API).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gqlData } from './support/client.js';
import { useShippedGraph } from './support/shipped-graph.js';

const h = useShippedGraph('api-research');

interface SeedRelation {
  type: string;
  from: string;
  to: string;
  basis?: string;
  quote?: string;
  source?: string;
  page?: number;
  rationale?: { id?: string; en?: string };
}
interface Seed {
  relationTypes: { id: string; structural?: boolean }[];
  concepts: { id: string; kind: string; source?: string; page?: number }[];
  relations: SeedRelation[];
}

const seed = parse(readFileSync('seeds/keserasian-sosial.yaml', 'utf8')) as Seed;
const structural = new Set(seed.relationTypes.filter((t) => t.structural).map((t) => t.id));
const meaning = seed.relations.filter((r) => !structural.has(r.type));
const basisOf = (r: SeedRelation) => (r.basis === 'inferred' ? 'INFERRED' : 'STATED');
const kindOf = new Map(seed.concepts.map((c) => [c.id, c.kind]));

function tally(keys: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

interface Group {
  key: string[];
  count: number;
}
const asMap = (groups: Group[]) => new Map(groups.map((g) => [g.key.join('|'), g.count]));

const run = <T>(file: string) =>
  gqlData<T>(h.url, readFileSync(join('docs/queries', file), 'utf8'), { graph: h.graph });

describe('docs/queries 15 to 22 answer their questions', () => {
  it('15: no value is stated to support a goal; the inferred ones are the values that do', async () => {
    const data = await run<{
      stated: { totalCount: number };
      inferred: {
        totalCount: number;
        nodes: { id: string; relations: { to: { id: string }; rationale: string | null }[] }[];
      };
    }>('15-values-with-stated-support-for-a-goal.graphql');
    const supports = seed.relations.filter(
      (r) => r.type === 'SUPPORTS' && kindOf.get(r.from) === 'Value' && kindOf.get(r.to) === 'Goal',
    );
    const statedValues = new Set(
      supports.filter((r) => basisOf(r) === 'STATED').map((r) => r.from),
    );
    const inferred = supports.filter((r) => basisOf(r) === 'INFERRED');
    expect(data.stated.totalCount).toBe(statedValues.size);
    expect(data.stated.totalCount).toBe(0);
    expect(data.inferred.nodes.map((n) => n.id).sort()).toEqual(
      [...new Set(inferred.map((r) => r.from))].sort(),
    );
    for (const value of data.inferred.nodes) {
      const goals = inferred.filter((r) => r.from === value.id).map((r) => r.to);
      expect(value.relations.map((r) => r.to.id).sort(), value.id).toEqual(goals.sort());
      for (const r of value.relations) expect(r.rationale?.length, value.id).toBeGreaterThan(20);
    }
  });

  it('16: counts per type and basis add up to the counts per type, as in the seed', async () => {
    const data = await run<{ byTypeAndBasis: Group[]; byType: Group[] }>(
      '16-share-of-inferred-relations-per-type.graphql',
    );
    expect(asMap(data.byTypeAndBasis)).toEqual(
      tally(meaning.map((r) => `${r.type}|${basisOf(r)}`)),
    );
    expect(asMap(data.byType)).toEqual(tally(meaning.map((r) => r.type)));
    const counts = data.byType.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('17: the pages of each work and what each page of the 2006 guide gives', async () => {
    const data = await run<{
      graph: {
        sources: {
          id: string;
          pages: { page: number; conceptCount: number; relationCount: number }[];
        }[];
      };
      conceptCounts: Group[];
    }>('17-what-each-page-of-a-work-gives.graphql');
    for (const source of data.graph.sources) {
      const concepts = seed.concepts.filter((c) => c.source === source.id && c.page != null);
      const relations = seed.relations.filter((r) => r.source === source.id && r.page != null);
      const pages = [...new Set([...concepts, ...relations].map((x) => x.page ?? 0))].sort(
        (a, b) => a - b,
      );
      expect(source.pages, source.id).toEqual(
        pages.map((page) => ({
          page,
          conceptCount: concepts.filter((c) => c.page === page).length,
          relationCount: relations.filter((r) => r.page === page).length,
        })),
      );
    }
    const guide = data.graph.sources.find((s) => s.id === 'depsos-2006');
    expect(guide?.pages.map((p) => p.page)).toEqual([7, 8, 11]);
    const fromGuide = seed.concepts.filter((c) => c.source === 'depsos-2006');
    expect(asMap(data.conceptCounts)).toEqual(
      tally(fromGuide.map((c) => `${c.page ?? ''}|${c.kind}`)),
    );
  });

  it('18: the topic lies between the most concepts, then the pledge', async () => {
    const data = await run<{
      concepts: {
        nodes: {
          id: string;
          centrality: {
            betweenness: number;
            pageRank: number;
            inDegree: number;
            outDegree: number;
          };
        }[];
      };
    }>('18-concepts-most-between-others.graphql');
    const nodes = data.concepts.nodes;
    expect(nodes).toHaveLength(10);
    // networkx 3.6 over the seed's meaning relations gives 0.5591 and 0.3037 for the first two.
    expect(nodes.slice(0, 2).map((n) => n.id)).toEqual([
      'keserasian-sosial',
      'ikrar-keserasian-sosial',
    ]);
    expect(nodes[0]?.centrality.betweenness).toBeCloseTo(0.5591, 3);
    const values = nodes.map((n) => n.centrality.betweenness);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const topic = nodes[0];
    expect(topic?.centrality.outDegree).toBe(meaning.filter((r) => r.from === topic?.id).length);
    expect(topic?.centrality.inDegree).toBe(meaning.filter((r) => r.to === topic?.id).length);
  });

  it('19: three routes from the village forum to equality, and one avoiding the topic', async () => {
    interface P {
      length: number;
      nodes: { id: string }[];
    }
    const data = await run<{ threeShortest: P[]; avoidingTheTopic: P[] }>(
      '19-three-routes-from-a-forum-level-to-a-value.graphql',
    );
    expect(data.threeShortest).toHaveLength(3);
    const lengths = data.threeShortest.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const routes = data.threeShortest.map((p) => p.nodes.map((n) => n.id).join('>'));
    expect(new Set(routes).size).toBe(3);
    for (const p of [...data.threeShortest, ...data.avoidingTheTopic]) {
      expect([p.nodes[0]?.id, p.nodes.at(-1)?.id]).toEqual(['forum-desa', 'kesetaraan']);
      expect(p.nodes).toHaveLength(p.length + 1);
    }
    const [avoiding] = data.avoidingTheTopic;
    expect(avoiding?.nodes.map((n) => n.id)).not.toContain('keserasian-sosial');
    expect(avoiding?.length).toBeGreaterThanOrEqual(lengths[0] ?? 0);
  });

  it('20: evidence search finds every relation whose quote or rationale says "korban"', async () => {
    const data = await run<{
      relations: { totalCount: number; nodes: { type: string; from: { id: string } }[] };
    }>('20-evidence-about-the-victims.graphql');
    const mentions = seed.relations.filter((r) =>
      [r.quote, r.rationale?.id, r.rationale?.en].some((t) => t?.toLowerCase().includes('korban')),
    );
    expect(data.relations.totalCount).toBe(mentions.length);
    expect(data.relations.totalCount).toBeGreaterThan(10);
    const types = data.relations.nodes.map((n) => n.type);
    expect(types).toEqual([...types].sort());
  });

  it('21: the concepts without an inferred relation, sections left out', async () => {
    const data = await run<{
      perKind: Group[];
      concepts: { totalCount: number; nodes: { id: string; kind: string }[] };
    }>('21-concepts-with-no-inferred-relation.graphql');
    const touched = new Set(
      seed.relations.filter((r) => basisOf(r) === 'INFERRED').flatMap((r) => [r.from, r.to]),
    );
    const expected = seed.concepts.filter((c) => !touched.has(c.id) && c.kind !== 'Section');
    expect(data.concepts.nodes.map((n) => n.id).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(data.concepts.totalCount).toBe(expected.length);
    expect(asMap(data.perKind)).toEqual(tally(expected.map((c) => c.kind)));
  });

  it("22: the topic's meaning relations page by page, pages ascending and unpaged last", async () => {
    const data = await run<{
      concept: {
        relationsConnection: {
          totalCount: number;
          edges: { node: { id: string; page: number | null } }[];
          pageInfo: { hasNextPage: boolean };
        };
      };
    }>('22-relations-of-the-topic-page-by-page.graphql');
    const at = meaning.filter(
      (r) => r.from === 'keserasian-sosial' || r.to === 'keserasian-sosial',
    );
    const connection = data.concept.relationsConnection;
    expect(connection.totalCount).toBe(at.length);
    expect(connection.edges).toHaveLength(10);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const pages = connection.edges.map((e) => e.node.page);
    const smallest = Math.min(...at.filter((r) => r.page != null).map((r) => r.page ?? 0));
    expect(pages[0]).toBe(smallest);
    const numbered = pages.filter((p): p is number => p !== null);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
  });
});
