// From loaded data to what the graph view draws, in the chosen language.
import type { GraphInfo, RelationSummary } from '../api/model.js';
import type { EdgeInput, NodeInput } from '../graph-view/types.js';
import { pick } from '../i18n/index.js';
import type { ViewElements } from '../state/app-state.js';
import type { UiLang } from '../state/view.js';
import type { SectionBoxes } from './sections.js';

const FALLBACK_COLOR = '#888888';

export function nodeInputs(
  elements: ViewElements,
  graph: GraphInfo | null,
  lang: UiLang,
  boxes?: SectionBoxes,
): NodeInput[] {
  const kinds = graph?.kinds ?? [];
  return elements.nodes.map((concept) => {
    const kindOrder = kinds.findIndex((k) => k.id === concept.kind);
    const parent = boxes?.parentOf.get(concept.id);
    return {
      id: concept.id,
      label: pick(concept.labels, lang) || concept.id,
      kind: concept.kind,
      color: kinds[kindOrder]?.color ?? FALLBACK_COLOR,
      // The first declared kind is the graph's topic, the second its sections.
      rank: kindOrder === 0 ? 0 : kindOrder === 1 ? 1 : 2,
      kindOrder: kindOrder < 0 ? kinds.length : kindOrder,
      ...(parent ? { parent } : {}),
    };
  });
}

export function relationLabel(graph: GraphInfo | null, type: string, lang: UiLang): string {
  const info = graph?.relationTypes.find((t) => t.id === type);
  return info ? pick(info.labels, lang) || type : type;
}

export function edgeInputs(
  relations: readonly RelationSummary[],
  graph: GraphInfo | null,
  lang: UiLang,
  boxes?: SectionBoxes,
): EdgeInput[] {
  const types = graph?.relationTypes ?? [];
  const drawn = boxes ? relations.filter((r) => !boxes.replaced.has(r.id)) : relations;
  return drawn.map((r) => ({
    id: r.id,
    source: r.from.id,
    target: r.to.id,
    type: r.type,
    label: relationLabel(graph, r.type, lang),
    color: types.find((t) => t.id === r.type)?.color ?? FALLBACK_COLOR,
    inferred: r.basis === 'INFERRED',
    structural: r.structural,
  }));
}
