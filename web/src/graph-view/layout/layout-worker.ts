// Runs a Cytoscape layout in a worker, on a headless copy of the graph (node sizes and edges
// only), so a graph of thousands of concepts never freezes the page while it is laid out. It is
// also where every ELK layout runs, whatever the graph's size (elk-in-worker.ts).
import { layoutHeadless } from './headless-layout.js';
import type { LayoutJob, LayoutResult } from './layout-job.js';
import { cytoscapeLayout } from './layout-options.js';
import { loadWorkerExtension } from './worker-extensions.js';

const reply = (result: LayoutResult) =>
  (globalThis as unknown as { postMessage(data: LayoutResult): void }).postMessage(result);

async function run(job: LayoutJob): Promise<LayoutResult> {
  const { extension } = cytoscapeLayout(job.name);
  if (extension) await loadWorkerExtension(extension);
  return { id: job.id, positions: await layoutHeadless(job) };
}

globalThis.addEventListener('message', (event: MessageEvent<LayoutJob>) => {
  run(event.data).then(reply, (error: unknown) =>
    reply({ id: event.data.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
