// The explorer's landing view of a graph, as the browser builds it (web/src/app/): the whole
// graph (its first MAX_WHOLE_GRAPH concepts in text order), sections drawn as boxes, labels in
// one language, turned into the graph view's inputs by the browser's own functions.
import type { Api } from '../../web/src/api/client.js';
import { edgeInputs, nodeInputs } from '../../web/src/app/inputs.js';
import { MAX_WHOLE_GRAPH } from '../../web/src/app/landing.js';
import { merge } from '../../web/src/app/loader.js';
import { sectionBoxes } from '../../web/src/app/sections.js';
import type { EdgeInput, NodeInput } from '../../web/src/graph-view/types.js';
import type { UiLang } from '../../web/src/state/view.js';

export interface ViewInputs {
  nodes: NodeInput[];
  edges: EdgeInput[];
}

export async function wholeViewInputs(api: Api, graph: string, lang: UiLang): Promise<ViewInputs> {
  const [graphs, whole] = await Promise.all([api.graphs(), api.wholeGraph(graph, MAX_WHOLE_GRAPH)]);
  const info = graphs.find((g) => g.id === graph) ?? null;
  const elements = merge([whole], new Set());
  const boxes = sectionBoxes(elements.nodes, elements.relations, 'groups');
  return {
    nodes: nodeInputs(elements, info, lang, boxes),
    edges: edgeInputs(elements.relations, info, lang, boxes),
  };
}
