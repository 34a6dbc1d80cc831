// Runs a Cytoscape layout in a worker, on a headless copy of the graph (node sizes and edges
// only), so a graph of thousands of concepts never freezes the page while it is laid out.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from './layout-options.js';
import type { LayoutJob, LayoutResult } from './layout-job.js';
import { withSeededRandom } from './seeded-random.js';

cytoscape.use(fcose);
let elkReady: Promise<void> | null = null;

const reply = (result: LayoutResult) =>
  (globalThis as unknown as { postMessage(data: LayoutResult): void }).postMessage(result);

async function run(job: LayoutJob): Promise<LayoutResult> {
  if (job.name === 'elk') {
    elkReady ??= import('cytoscape-elk').then(({ default: elk }) => {
      cytoscape.use(elk);
    });
    await elkReady;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...job.nodes.map((n) => ({ group: 'nodes' as const, data: n, position: { x: n.x, y: n.y } })),
      ...job.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  const layout = cy.layout(layoutOptions(job.name, job.nodes.length, job.incremental));
  const done = layout.promiseOn('layoutstop');
  withSeededRandom(job.seed, () => layout.run());
  await done;
  const positions = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
  cy.destroy();
  return { id: job.id, positions };
}

globalThis.addEventListener('message', (event: MessageEvent<LayoutJob>) => {
  run(event.data).then(reply, (error: unknown) =>
    reply({ id: event.data.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
