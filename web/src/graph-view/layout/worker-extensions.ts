// The layout worker's extensions, loaded on first use: fcose, and ELK itself. The page has a stand-in of
// the same name (elk-in-worker.ts) that sends its layouts here, so ELK is in the build once.
import cytoscape from 'cytoscape';
import type { LazyExtension } from './extensions.js';

const LAZY: Record<LazyExtension, () => Promise<{ default: cytoscape.Ext }>> = {
  fcose: () => import('cytoscape-fcose'),
  elk: () => import('cytoscape-elk'),
};

const loading = new Map<LazyExtension, Promise<void>>();

export function loadWorkerExtension(name: LazyExtension): Promise<void> {
  let done = loading.get(name);
  if (!done) {
    done = LAZY[name]().then(({ default: extension }) => {
      cytoscape.use(extension);
    });
    loading.set(name, done);
  }
  return done;
}
