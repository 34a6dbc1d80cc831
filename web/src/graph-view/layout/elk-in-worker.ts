// The page's `elk` layout: a stand-in that hands the graph to the layout worker and places the
// nodes where ELK put them there. ELK (elkjs, about 1.4 MB) is loaded by the worker only
// (worker-extensions.ts), so the build ships it once instead of once for the page and once for
// the worker. Without a worker (a blocked script, an old browser) the nodes stay where they are.
import type cytoscape from 'cytoscape';
import type { Core, NodeSingular, Position } from 'cytoscape';
import { layoutInWorker } from './layout-client.js';

/** The options Cytoscape hands a layout: ours (layout-options.ts) plus the graph. */
interface StandInOptions {
  cy: Core;
  eles: cytoscape.Collection;
  [option: string]: unknown;
}

/** Cytoscape's own positioning (events, fit, animation), typed as it is called at runtime. */
type LayoutPositions = (
  layout: unknown,
  options: StandInOptions,
  position: (node: NodeSingular) => Position,
) => void;

interface StandIn {
  options: StandInOptions;
}

type Layouts = cytoscape.Layouts & StandIn;

function ElkInWorker(this: StandIn, options: StandInOptions): void {
  // layoutPositions calls these as event handlers: absent ones must be functions too.
  this.options = { ready: () => undefined, stop: () => undefined, ...options };
}

// Cytoscape calls a layout's constructor with `.call`, so it is a function, not a class.
const proto = ElkInWorker.prototype as {
  run(this: Layouts): Layouts;
  stop(this: Layouts): Layouts;
};

proto.run = function run(this: Layouts): Layouts {
  const { cy, eles } = this.options;
  void layoutInWorker(cy, 'elk', false).then((boxes) => {
    const at = new Map((boxes ?? []).map((box) => [box.id, box] as const));
    const placed = (node: NodeSingular) => {
      const box = at.get(node.id());
      return box ? { x: box.x, y: box.y } : { ...node.position() };
    };
    const nodes = eles.nodes();
    (nodes.layoutPositions as unknown as LayoutPositions).call(nodes, this, this.options, placed);
  });
  return this;
};

proto.stop = function stop(this: Layouts): Layouts {
  return this;
};

export default function register(cy: typeof cytoscape): void {
  cy('layout', 'elk', ElkInWorker);
}
