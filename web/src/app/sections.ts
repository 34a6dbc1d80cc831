// Sections drawn as boxes: which concept sits in which section's box, and which relations the
// boxes stand for. A concept sits in the box of its `section` when that section is on the canvas
// too; the box then says what the structural relations at it said:
// - a section contains a concept (HAS_MEMBER): the concept is drawn inside the section's box;
// - the topic has a section (HAS_SECTION), or any structural relation into a box: hidden as well.
//   The boxes, each titled with its section's name and number, already show the document's
//   parts, and seven lines from the topic to box borders would cross other boxes and pull every
//   layout toward the topic without saying anything the boxes do not.
// A structural relation from a box to a concept drawn elsewhere (a concept a second section also
// names) stays drawn: nothing else would show it; so do the steps of a traced path (the reader
// asked for paths through the structure) and a selected relation. Relations of meaning are
// always drawn.
import type { ConceptSummary, RelationSummary } from '../api/model.js';
import type { SectionsMode } from '../state/view.js';

export interface SectionBoxes {
  /** Concept id → the section whose box it is drawn in. */
  parentOf: ReadonlyMap<string, string>;
  /** Relations the boxes stand for, left off the canvas. */
  replaced: ReadonlySet<string>;
}

const NONE: SectionBoxes = { parentOf: new Map(), replaced: new Set() };

export function sectionBoxes(
  nodes: readonly ConceptSummary[],
  relations: readonly RelationSummary[],
  mode: SectionsMode,
  /** Relations drawn whatever the boxes say: a traced path's steps, the selected relation. */
  keep: ReadonlySet<string> = new Set(),
): SectionBoxes {
  if (mode === 'edges') return NONE;
  const ids = new Set(nodes.map((n) => n.id));
  const parentOf = new Map<string, string>();
  for (const n of nodes) {
    if (n.section && n.section !== n.id && ids.has(n.section)) parentOf.set(n.id, n.section);
  }
  const boxes = new Set(parentOf.values());
  const replaced = new Set<string>();
  for (const r of relations) {
    if (!r.structural || keep.has(r.id)) continue;
    const from = r.from.id;
    const to = r.to.id;
    if (boxes.has(to) || parentOf.get(to) === from || parentOf.get(from) === to) replaced.add(r.id);
  }
  return { parentOf, replaced };
}
