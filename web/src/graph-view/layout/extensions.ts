// Layout extensions. fcose is small and runs the first view, so it is registered up front; ELK
// (elkjs, ~1.5 MB) is loaded only when a layout that needs it is asked for. The page and the
// layout worker each have their own copy of cytoscape, and each registers through here.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let fcoseRegistered = false;

export function registerBaseExtensions(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

const LAZY = {
  elk: () => import('cytoscape-elk'),
};

/** An extension loaded on first use. */
export type LazyExtension = keyof typeof LAZY;

const loading = new Map<LazyExtension, Promise<void>>();

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
