// How a passage looks and what it is called: its fill is the kind of the most specific concept
// it evidences (the one whose quote takes the least of the text, so a forum named inside a pledge
// item's sentence shows as a forum), its underline tells how the text bears its relations, and
// its accessible name lists everything it evidences.
import { pick, t } from '../i18n/index.js';
import type { UiLang } from '../state/view.js';
import type { PassageConcept, PassageRelation, TextDocument, TextPassage } from './document.js';

/**
 * `stated`: the text states at least one relation of meaning here (a solid line); `inferred`:
 * every relation of meaning here is inferred (dashed); `structure`: only relations of the
 * document's layout (dotted); null: concepts only.
 */
export type Underline = 'stated' | 'inferred' | 'structure' | null;

export interface PassageLook {
  /** The kind whose colour fills the passage; null when it evidences no concept. */
  kind: string | null;
  underline: Underline;
}

type Items = Pick<TextPassage, 'concepts' | 'relations'>;

/** How much of the text each concept's passages take (its quote, and its numbering line). */
export function conceptSpread(doc: Pick<TextDocument, 'passages'>): Map<string, number> {
  const spread = new Map<string, number>();
  for (const p of doc.passages)
    for (const c of p.concepts) spread.set(c.id, (spread.get(c.id) ?? 0) + (p.end - p.start));
  return spread;
}

/** The concept a passage is coloured by: the most specific one, the first in text order on a tie. */
export function leadConcept(
  passage: Items,
  spread: ReadonlyMap<string, number> = new Map(),
): PassageConcept | null {
  let lead: PassageConcept | null = null;
  for (const concept of passage.concepts) {
    const size = spread.get(concept.id) ?? Infinity;
    if (!lead || size < (spread.get(lead.id) ?? Infinity)) lead = concept;
  }
  return lead;
}

export function passageLook(passage: Items, spread?: ReadonlyMap<string, number>): PassageLook {
  const meaning = passage.relations.filter((r) => !r.structural);
  const underline: Underline = meaning.some((r) => r.basis === 'stated')
    ? 'stated'
    : meaning.length
      ? 'inferred'
      : passage.relations.length
        ? 'structure'
        : null;
  return { kind: leadConcept(passage, spread)?.kind ?? null, underline };
}

export interface NameContext {
  lang: UiLang;
  kindLabel: (kind: string) => string;
  relationLabel: (type: string) => string;
  /** A concept's name by id (a relation's ends), in the interface language. */
  conceptLabel: (id: string) => string;
}

export function conceptPhrase(concept: PassageConcept, context: NameContext): string {
  return `${pick(concept.labels, context.lang) || concept.id} (${context.kindLabel(concept.kind)})`;
}

export function relationPhrase(relation: PassageRelation, context: NameContext): string {
  const basis = t(context.lang, relation.basis === 'inferred' ? 'inferredShort' : 'statedShort');
  return `${context.conceptLabel(relation.from)} ${context.relationLabel(relation.type)} ${context.conceptLabel(relation.to)} (${basis})`;
}

/** "Evidence for: Mutualism (Value); relation: Mutualism supports Goal (stated)". */
export function evidenceDescription(passage: Items, context: NameContext): string {
  const parts: string[] = [];
  if (passage.concepts.length)
    parts.push(passage.concepts.map((c) => conceptPhrase(c, context)).join(', '));
  if (passage.relations.length) {
    const word = t(
      context.lang,
      passage.relations.length === 1 ? 'text.relationWord' : 'text.relationsWord',
    );
    parts.push(`${word}: ${passage.relations.map((r) => relationPhrase(r, context)).join(', ')}`);
  }
  return `${t(context.lang, 'text.evidenceFor')}: ${parts.join('; ')}`;
}

/** Every concept the document's passages name, by id (labels for relation ends and glosses). */
export function conceptsOf(doc: TextDocument): Map<string, PassageConcept> {
  const byId = new Map<string, PassageConcept>();
  for (const passage of doc.passages)
    for (const concept of passage.concepts)
      if (!byId.has(concept.id)) byId.set(concept.id, concept);
  return byId;
}

/** Every relation the document's passages name, by id. */
export function relationsOf(doc: TextDocument): Map<string, PassageRelation> {
  const byId = new Map<string, PassageRelation>();
  for (const passage of doc.passages)
    for (const relation of passage.relations)
      if (!byId.has(relation.id)) byId.set(relation.id, relation);
  return byId;
}
