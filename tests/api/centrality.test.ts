// Concept.centrality over HTTP on the shipped graph: computed at load (graph/seed/centrality.ts),
// read back as stored. Degrees agree with the API's own meaning degrees, PageRank is a
// distribution, betweenness a share, and a graph loaded by older code reads as zeros.
import { describe, expect, it } from 'vitest';
import { ensureSeedLoaded, needsLoad } from '../../graph/seed/index.js';
import { keserasianText, tempDir, writeSeed } from '../seed/support/files.js';
import { gqlData } from './support/client.js';
import { useShippedGraph } from './support/shipped-graph.js';
import { seedFacts } from './support/seed-facts.js';

const shipped = useShippedGraph('api-centrality');
const seed = seedFacts();

interface Row {
  id: string;
  centrality: { inDegree: number; outDegree: number; betweenness: number; pageRank: number };
  meaningIn: number;
  meaningOut: number;
  allIn: number;
}

async function everyConcept(): Promise<Row[]> {
  const data = await gqlData<{ concepts: { totalCount: number; nodes: Row[] } }>(
    shipped.url,
    `query($g: ID) {
      concepts(graph: $g, first: 500) {
        totalCount
        nodes {
          id
          centrality { inDegree outDegree betweenness pageRank }
          meaningIn: degree(scope: MEANING, direction: IN)
          meaningOut: degree(scope: MEANING, direction: OUT)
          allIn: degree(scope: ALL, direction: IN)
        }
      }
    }`,
    { g: shipped.graph },
  );
  expect(data.concepts.nodes).toHaveLength(data.concepts.totalCount);
  return data.concepts.nodes;
}

describe('Concept.centrality on the shipped graph', () => {
  it('gives every concept its meaning in- and out-degree, as degree(scope: MEANING) counts them', async () => {
    const rows = await everyConcept();
    expect(rows).toHaveLength(seed.concepts.length);
    const meaningRelations = seed.relations.filter((r) => !seed.structural.has(r.type));
    for (const row of rows) {
      expect(row.centrality.inDegree, row.id).toBe(row.meaningIn);
      expect(row.centrality.outDegree, row.id).toBe(row.meaningOut);
      expect(row.centrality.inDegree, row.id).toBe(
        meaningRelations.filter((r) => r.to === row.id).length,
      );
    }
    // Structure is left out: some concept's degree counting all relations is larger.
    expect(rows.some((r) => r.allIn > r.centrality.inDegree)).toBe(true);
    // Every meaning relation counted once at each end.
    const meaning = meaningRelations.length;
    expect(rows.reduce((n, r) => n + r.centrality.inDegree, 0)).toBe(meaning);
    expect(rows.reduce((n, r) => n + r.centrality.outDegree, 0)).toBe(meaning);
  });

  it('has PageRank summing to 1 and betweenness between 0 and 1, some of it above 0', async () => {
    const rows = await everyConcept();
    const total = rows.reduce((sum, r) => sum + r.centrality.pageRank, 0);
    expect(total).toBeCloseTo(1, 6);
    for (const { centrality: c, id } of rows) {
      expect(c.pageRank, id).toBeGreaterThan(0);
      expect(c.betweenness, id).toBeGreaterThanOrEqual(0);
      expect(c.betweenness, id).toBeLessThanOrEqual(1);
    }
    expect(rows.filter((r) => r.centrality.betweenness > 0).length).toBeGreaterThan(5);
  });

  it('reads the stored values when centrality is all a query asks (a full field)', async () => {
    const rows = await everyConcept();
    const best = rows.reduce((a, b) =>
      b.centrality.betweenness > a.centrality.betweenness ? b : a,
    );
    const data = await gqlData<{ concept: Pick<Row, 'centrality'> }>(
      shipped.url,
      `query($g: ID, $id: ID!) {
        concept(graph: $g, id: $id) { centrality { inDegree outDegree betweenness pageRank } }
      }`,
      { g: shipped.graph, id: best.id },
    );
    expect(data.concept.centrality).toEqual(best.centrality);
    expect(best.centrality.betweenness).toBeGreaterThan(0);
  });

  it('reads zeros on concepts stored without centrality (a graph loaded by older code)', async () => {
    const [row] = await shipped.db.writeRows(
      `MATCH (c:Concept {graph: $graph}) WITH c ORDER BY c.id LIMIT 1
       REMOVE c.inDegree, c.outDegree, c.betweenness, c.pageRank RETURN c.id AS id`,
      { graph: shipped.graph },
    );
    const id = row?.id;
    if (typeof id !== 'string') throw new Error('The shipped graph has no concept');
    const data = await gqlData<{ concept: Pick<Row, 'centrality'> }>(
      shipped.url,
      `query($g: ID, $id: ID!) {
        concept(graph: $g, id: $id) { centrality { inDegree outDegree betweenness pageRank } }
      }`,
      { g: shipped.graph, id },
    );
    expect(data.concept.centrality).toEqual({
      inDegree: 0,
      outDegree: 0,
      betweenness: 0,
      pageRank: 0,
    });
  });

  it('is reloaded at start when older code loaded the same file (no loader version, no centrality)', async () => {
    const file = writeSeed(tempDir(), 'keserasian.yaml', keserasianText(shipped.graph));
    expect(await needsLoad(shipped.db, file)).toBe(false);
    expect((await ensureSeedLoaded(shipped.db, file)).loaded).toBe(false);
    await shipped.db.writeRows(
      `MATCH (g:Graph {id: $graph}) REMOVE g.loader WITH g
       MATCH (c:Concept {graph: $graph}) REMOVE c.inDegree, c.outDegree, c.betweenness, c.pageRank`,
      { graph: shipped.graph },
    );
    expect(await needsLoad(shipped.db, file)).toBe(true);
    expect((await ensureSeedLoaded(shipped.db, file)).loaded).toBe(true);
    expect(await needsLoad(shipped.db, file)).toBe(false);
    const rows = await everyConcept();
    expect(rows.reduce((sum, r) => sum + r.centrality.pageRank, 0)).toBeCloseTo(1, 6);
  });
});
