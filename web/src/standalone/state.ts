// What the standalone viewer's parts share: the file's data, the language shown, and which
// concept or relation is selected (its details are open).
import { pick } from '../i18n/index.js';
import type { UiLang } from '../state/view.js';
import type { TextWidth } from '../export/geometry.js';
import type { StandaloneConcept, StandaloneData, StandaloneGroup } from './data.js';
import type { Placement } from './placement.js';

export type Selection = { kind: 'concept' | 'relation'; id: string } | null;

export interface Viewer {
  readonly data: StandaloneData;
  readonly concepts: ReadonlyMap<string, StandaloneConcept>;
  /** Sections drawn as boxes; each is a concept too (a click shows its evidence). */
  readonly groups: ReadonlyMap<string, StandaloneGroup>;
  /** Text metrics for wrapping labels (the page's canvas), and for sections' bold titles. */
  readonly widthOf: TextWidth;
  readonly boldWidthOf: TextWidth;
  lang: UiLang;
  /** Where each box is drawn in the language shown (placement.ts). */
  placement: Placement;
  selected: Selection;
  /** Selects (or with null clears) and redraws what shows the selection. */
  choose(selection: Selection): void;
}

export const isSelected = (v: Viewer, kind: 'concept' | 'relation', id: string): boolean =>
  v.selected?.kind === kind && v.selected.id === id;

export const kindLabel = (v: Viewer, id: string): string =>
  pick(v.data.kinds.find((k) => k.id === id)?.labels, v.lang) || id;

export const typeLabel = (v: Viewer, id: string): string =>
  pick(v.data.types.find((k) => k.id === id)?.labels, v.lang) || id;

/** A concept drawn as a box or as a group (a section), with its labels and evidence. */
export const describedConcept = (
  v: Viewer,
  id: string,
): StandaloneConcept | StandaloneGroup | undefined => v.concepts.get(id) ?? v.groups.get(id);

/** "from → type → to", as the explorer names a relation. */
export function relationName(v: Viewer, from: string, type: string, to: string): string {
  const label = (id: string) => pick(describedConcept(v, id)?.labels, v.lang);
  return `${label(from)} → ${typeLabel(v, type)} → ${label(to)}`;
}
