// The researchers' Python example (docs/examples/python/top_concepts.py) against a real server:
// networkx, fed by the API's pages of meaning relations, ranks the concepts as the server's own
// stored centrality does (orderBy BETWEENNESS / PAGERANK), to the float.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gqlData } from './support/client.js';
import { useShippedGraph } from './support/shipped-graph.js';

const shipped = useShippedGraph('api-python-example');
const SCRIPT = 'docs/examples/python/top_concepts.py';

interface Ranked {
  id: string;
  label: string;
  value: number;
}

interface ScriptOutput {
  concepts: number;
  relations: number;
  betweenness: Ranked[];
  pagerank: Ranked[];
}

async function runScript(...args: string[]): Promise<ScriptOutput> {
  const { stdout } = await promisify(execFile)(
    'python3',
    [SCRIPT, `${shipped.url}/graphql`, '--graph', shipped.graph, ...args],
    { timeout: 120_000 },
  );
  return JSON.parse(stdout) as ScriptOutput;
}

interface Scored {
  id: string;
  centrality: { betweenness: number; pageRank: number };
}

async function apiOrder(field: 'BETWEENNESS' | 'PAGERANK', first: number): Promise<Scored[]> {
  const data = await gqlData<{ concepts: { nodes: Scored[] } }>(
    shipped.url,
    `query($g: ID, $o: ConceptOrder, $n: Int) {
      concepts(graph: $g, orderBy: $o, first: $n) {
        nodes { id centrality { betweenness pageRank } }
      }
    }`,
    { g: shipped.graph, o: { field, direction: 'DESC' }, n: first },
  );
  return data.concepts.nodes;
}

/** Equal to 1e-9 relative (networkx and the loader may sum in different orders). */
function near(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), what).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-15);
}

describe('the Python example', () => {
  it('ranks the top 10 by betweenness and PageRank as the API orders them', async () => {
    const out = await runScript('--json', '--top', '10');
    const [meaning, all] = await Promise.all([
      gqlData<{ relations: { totalCount: number } }>(
        shipped.url,
        'query($g: ID) { relations(graph: $g, scope: MEANING, first: 0) { totalCount } }',
        { g: shipped.graph },
      ),
      apiOrder('BETWEENNESS', 500),
    ]);
    expect(out.concepts).toBe(all.length);
    expect(out.relations).toBe(meaning.relations.totalCount);
    expect(out.betweenness).toHaveLength(10);
    expect(out.betweenness[0]?.value).toBeGreaterThan(0);

    const stored = new Map(all.map((c) => [c.id, c.centrality]));
    for (const [field, list, key] of [
      ['BETWEENNESS', out.betweenness, 'betweenness'],
      ['PAGERANK', out.pagerank, 'pageRank'],
    ] as const) {
      const api = await apiOrder(field, 10);
      // Rank by rank the same scores (ties may list different ids at one score)...
      list.forEach((row, i) => {
        near(row.value, api[i]?.centrality[key] ?? NaN, `${field} rank ${i + 1}`);
      });
      // ...and each concept networkx names has that very score stored.
      for (const row of list) near(row.value, stored.get(row.id)?.[key] ?? NaN, row.id);
    }
  });

  it('passes --where to relations: a ranking over stated meaning relations only', async () => {
    const out = await runScript('--json', '--top', '3', '--where', '{"basis": "STATED"}');
    const stated = await gqlData<{ relations: { totalCount: number } }>(
      shipped.url,
      `query($g: ID) {
        relations(graph: $g, scope: MEANING, where: { basis: STATED }, first: 0) { totalCount }
      }`,
      { g: shipped.graph },
    );
    expect(out.relations).toBe(stated.relations.totalCount);
    expect(out.betweenness).toHaveLength(3);
  });

  it('prints a readable table without --json', async () => {
    const { stdout } = await promisify(execFile)(
      'python3',
      [SCRIPT, `${shipped.url}/graphql`, '--graph', shipped.graph, '--top', '3'],
      { timeout: 120_000 },
    );
    expect(stdout).toMatch(/^\d+ concepts, \d+ meaning relations$/m);
    expect(stdout).toContain('Top 3 by betweenness:');
    expect(stdout).toMatch(/^ {2}1\. 0\.\d{6} {2}.+ \([a-z0-9-]+\)$/m);
  });
});
