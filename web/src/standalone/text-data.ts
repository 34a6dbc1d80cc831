// The source text a standalone file carries: the whole text, with only the highlights of what
// the file draws. A passage that evidences nothing drawn stays plain text, so every highlight in
// the file selects something on its drawing. Passages point at the drawing's own concepts and
// relations by their place in the file's lists (relation ids are long, and a quote is cut into
// several passages), so the file holds names, kinds and definitions once; the viewer puts the
// text view's document back together from them.
import {
  documentFrame,
  type PassageRelation,
  type TextDocument,
  type TextSpan,
} from '../text-view/document.js';
import type { StandaloneData } from './data.js';

/** A passage of the file: where it stands and what it evidences. */
export interface StandalonePassage extends TextSpan {
  /** Indices into the file's `concepts` followed by its `groups` (sections drawn as boxes). */
  concepts: number[];
  /** Indices into the file's `relations`. */
  relations: number[];
}

export interface StandaloneText extends Omit<TextDocument, 'passages'> {
  passages: StandalonePassage[];
}

/** Each item's place in a list, by id. */
const places = (items: readonly { id: string }[]) =>
  new Map(items.map((item, index) => [item.id, index]));

/** The positions of the ids that `index` holds, in their order. */
const positions = (ids: readonly { id: string }[], index: ReadonlyMap<string, number>) =>
  ids.flatMap((item) => {
    const at = index.get(item.id);
    return at === undefined ? [] : [at];
  });

/**
 * `doc` with each passage cut to what the file draws: `concepts` (its concepts, then its groups)
 * and `relations`, the lists the passages point into.
 */
export function textInView(
  doc: TextDocument,
  concepts: readonly { id: string }[],
  relations: readonly { id: string }[],
): StandaloneText {
  const conceptAt = places(concepts);
  const relationAt = places(relations);
  const passages: StandalonePassage[] = [];
  for (const p of doc.passages) {
    const c = positions(p.concepts, conceptAt);
    const r = positions(p.relations, relationAt);
    if (c.length || r.length)
      passages.push({ start: p.start, end: p.end, line: p.line, concepts: c, relations: r });
  }
  return { ...documentFrame(doc), passages };
}

/** The text view's document from a file's text and the drawing's concepts and relations. */
export function documentOf(data: StandaloneData): TextDocument | null {
  const text = data.document;
  if (!text) return null;
  const concepts = [...data.concepts, ...(data.groups ?? [])];
  const structural = new Set(data.types.filter((t) => t.structural).map((t) => t.id));
  return {
    ...text,
    passages: text.passages.map((p) => ({
      start: p.start,
      end: p.end,
      line: p.line,
      concepts: p.concepts.flatMap((at) => {
        const c = concepts[at];
        return c ? [{ id: c.id, kind: c.kind, labels: c.labels, definitions: c.definitions }] : [];
      }),
      relations: p.relations.flatMap((at): PassageRelation[] => {
        const r = data.relations[at];
        if (!r) return [];
        const basis = r.inferred ? 'inferred' : 'stated';
        const { id, type, from, to } = r;
        return [{ id, type, basis, structural: structural.has(type), from, to }];
      }),
    })),
  };
}

/** The ids a passage evidences: its concepts first, then its relations. */
export function passageItems(p: {
  concepts: readonly { id: string }[];
  relations: readonly { id: string }[];
}): { kind: 'concept' | 'relation'; id: string }[] {
  return [
    ...p.concepts.map((c) => ({ kind: 'concept' as const, id: c.id })),
    ...p.relations.map((r) => ({ kind: 'relation' as const, id: r.id })),
  ];
}
