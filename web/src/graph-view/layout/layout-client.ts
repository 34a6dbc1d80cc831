// The page's side of the layout worker. Any failure (no worker support, a blocked script, an
// error inside the layout) answers null, and the caller lays out on the main thread instead.
import type { Core, NodeSingular } from 'cytoscape';
import type { LayoutJob, LayoutResult } from './layout-job.js';
import type { CytoscapeLayoutName } from './layout-options.js';
import type { Box } from './overlap.js';
import { seedFrom } from './seeded-random.js';

let worker: Worker | null | undefined;
let jobs = 0;

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

export function layoutInWorker(
  cy: Core,
  name: CytoscapeLayoutName,
  incremental: boolean,
): Promise<Box[] | null> {
  const target = layoutWorker();
  if (!target) return Promise.resolve(null);
  // Parents first (outermost first), so the worker can add them before what they hold.
  const depth = (n: NodeSingular) => n.ancestors().length;
  const nodes = cy
    .nodes()
    .sort((a, b) => Number(b.isParent()) - Number(a.isParent()) || depth(a) - depth(b))
    .nodes()
    .map((n) => ({
      id: n.id(),
      w: Number(n.data('w')),
      h: Number(n.data('h')),
      kindOrder: Number(n.data('kindOrder')),
      ...n.position(),
      ...(n.isChild() ? { parent: n.parent().first().id() } : {}),
    }));
  const parents = new Set(nodes.flatMap((n) => (n.parent ? [n.parent] : [])));
  const job: LayoutJob = {
    id: ++jobs,
    name,
    incremental,
    seed: seedFrom(nodes.map((n) => n.id)),
    nodes,
    edges: cy
      .edges()
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
  return new Promise((resolve) => {
    const finish = (result: Box[] | null) => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
      resolve(result);
    };
    const onMessage = (event: MessageEvent<LayoutResult>) => {
      if (event.data.id !== job.id) return;
      if ('error' in event.data) return finish(null);
      const sizes = new Map(nodes.map((n) => [n.id, n]));
      finish(
        event.data.positions
          .filter((p) => !parents.has(p.id))
          .map((p) => ({
            ...p,
            w: sizes.get(p.id)?.w ?? 0,
            h: sizes.get(p.id)?.h ?? 0,
          })),
      );
    };
    const onError = () => {
      worker = null; // a worker that failed to start will not start next time either
      finish(null);
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage(job);
  });
}
