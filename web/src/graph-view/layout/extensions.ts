// Layout extensions. fcose is small and runs the first view, so it is registered up front (in
// the page and in the layout worker, which has its own copy of cytoscape). ELK (elkjs, ~1.4 MB)
// lives in the layout worker only (worker-extensions.ts): in the page, `elk` is a stand-in that
// asks the worker (elk-in-worker.ts), loaded when a layered layout is first asked for; in Node
// (no workers) ELK itself.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let fcoseRegistered = false;

export function registerBaseExtensions(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

type Extension = { default: cytoscape.Ext };

/**
 * Without workers (Node, where the server lays views out on a headless Cytoscape) ELK runs in
 * process. Its name is hidden from the bundler, which would otherwise ship ELK in the page's
 * build a second time; a browser never takes this path (it has workers).
 */
const inProcess = (specifier: string): Promise<Extension> =>
  import(/* @vite-ignore */ specifier) as Promise<Extension>;

const LAZY = {
  elk: (): Promise<Extension> =>
    typeof Worker === 'function' ? import('./elk-in-worker.js') : inProcess('cytoscape-elk'),
};

/** An extension loaded on first use. */
export type LazyExtension = keyof typeof LAZY;

const loading = new Map<LazyExtension, Promise<void>>();

/** The page's side: registers the extension (or its stand-in) once, on first use. */
export function loadExtension(name: LazyExtension): Promise<void> {
  let done = loading.get(name);
  if (!done) {
    done = LAZY[name]().then(({ default: extension }) => {
      cytoscape.use(extension);
    });
    loading.set(name, done);
  }
  return done;
}
