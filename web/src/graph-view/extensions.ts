// Layout extensions. ELK (elkjs, ~1.5 MB) is loaded only when a hierarchical layout is asked
// for, so the first view does not wait for it.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let fcoseRegistered = false;
let elkLoading: Promise<void> | null = null;

export function registerBaseExtensions(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

export function ensureElk(): Promise<void> {
  elkLoading ??= import('cytoscape-elk').then(({ default: elk }) => {
    cytoscape.use(elk);
  });
  return elkLoading;
}
