// Overlapping quotes cut into passages that do not overlap: every boundary of any quote starts a
// new passage, and each passage lists every concept and relation whose quote covers all of it.
// A sweep over the sorted boundaries, so a graph of many quotes costs a sort, not a comparison
// of every pair.
import type { TextRange } from './quotes.js';

/** One item's claim on a stretch of text: a concept or a relation, and its place in the seed. */
export interface Claim extends TextRange {
  concept?: string;
  relation?: string;
  /** The item's position in the seed, for a stable order among claims starting together. */
  index: number;
}

export interface Segment extends TextRange {
  concepts: string[];
  relations: string[];
}

export function segmentPassages(claims: readonly Claim[]): Segment[] {
  const ordered = claims
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const events = ordered.flatMap((claim, rank) => [
    { at: claim.start, rank, opens: true },
    { at: claim.end, rank, opens: false },
  ]);
  events.sort((a, b) => a.at - b.at);
  const open = new Set<number>();
  const out: Segment[] = [];
  events.forEach((event, i) => {
    if (event.opens) open.add(event.rank);
    else open.delete(event.rank);
    const next = events[i + 1];
    if (!next || next.at === event.at || open.size === 0) return;
    // Claims in text order (`rank`), each item once even when two of its claims overlap.
    const active = [...open].sort((a, b) => a - b).flatMap((rank) => ordered[rank] ?? []);
    out.push({
      start: event.at,
      end: next.at,
      concepts: unique(active.flatMap((c) => (c.concept ? [c.concept] : []))),
      relations: unique(active.flatMap((c) => (c.relation ? [c.relation] : []))),
    });
  });
  return out;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
