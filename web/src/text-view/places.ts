// Stepping through the places where the text says the selection (a concept quoted in several
// places), and which place a clicked passage belongs to.
import type { TextSpan } from './document.js';

/** The place `delta` steps from `current`, going round at either end. */
export function stepPlace(current: number, count: number, delta: number): number {
  if (count <= 0) return 0;
  return (((current + delta) % count) + count) % count;
}

/** A place index from a link, kept within the places there are. */
export function clampPlace(place: number, count: number): number {
  if (count <= 0 || !Number.isInteger(place) || place < 0) return 0;
  return Math.min(place, count - 1);
}

/** The first place that holds the given stretch of text, or -1. */
export function placeHolding(
  spans: readonly Pick<TextSpan, 'start' | 'end'>[],
  start: number,
  end: number,
): number {
  return spans.findIndex((s) => s.start <= start && s.end >= end);
}

/** The passage items a click selects: the first concept, else the first relation. */
export function firstItem(passage: {
  concepts: readonly { id: string }[];
  relations: readonly { id: string }[];
}): { type: 'concept' | 'relation'; id: string } | null {
  const concept = passage.concepts[0];
  if (concept) return { type: 'concept', id: concept.id };
  const relation = passage.relations[0];
  return relation ? { type: 'relation', id: relation.id } : null;
}
