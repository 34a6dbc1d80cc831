// Layout extensions, each loaded on first use. fcose (with cose-base and layout-base, about 30 kB
// compressed) is left out of the landing view's download: the server sends that view's layout
// (server/layout/), so the page fetches fcose only when it lays something out itself (a focus,
// an expansion, another language). ELK (elkjs, ~1.4 MB) lives in the layout worker only
// (worker-extensions.ts): in the page, `elk` is a stand-in that asks the worker
// (elk-in-worker.ts); in Node (no workers) ELK itself.
import cytoscape from 'cytoscape';

type Extension = { default: cytoscape.Ext };

/**
 * Without workers (Node, where the server lays views out on a headless Cytoscape) ELK runs in
 * process. Its name is hidden from the bundler, which would otherwise ship ELK in the page's
 * build a second time; a browser never takes this path (it has workers).
 */
const inProcess = (specifier: string): Promise<Extension> =>
  import(/* @vite-ignore */ specifier) as Promise<Extension>;

const LAZY = {
  fcose: (): Promise<Extension> => import('cytoscape-fcose'),
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
