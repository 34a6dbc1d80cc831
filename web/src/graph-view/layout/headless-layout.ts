// Runs a Cytoscape layout on a headless copy of the graph: node sizes and edges only, no labels
// or styles. The layout worker lays out large graphs this way (a worker has no DOM to draw in).
import cytoscape from 'cytoscape';
import { cytoscapeLayout } from './layout-options.js';
import type { LayoutJob } from './layout-job.js';
import { withSeededRandom } from './seeded-random.js';

export type HeadlessJob = Omit<LayoutJob, 'id'>;

export async function layoutHeadless(
  job: HeadlessJob,
): Promise<{ id: string; x: number; y: number }[]> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...job.nodes.map((n) => ({ group: 'nodes' as const, data: n, position: { x: n.x, y: n.y } })),
      ...job.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  try {
    const options = cytoscapeLayout(job.name).options(job.nodes.length, job.incremental);
    const layout = cy.layout(options);
    const done = layout.promiseOn('layoutstop');
    withSeededRandom(job.seed, () => layout.run());
    await done;
    return cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
  } finally {
    cy.destroy();
  }
}
