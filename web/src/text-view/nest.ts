// Overlapping ranges of a text (passages, sentences, marked places) as a tree of inline
// elements. HTML cannot express crossing ranges, so where two cross one of them is cut in two:
// the one with the lower rank. A range that holds another whole is always the outer one, so
// nothing is cut that need not be.

export interface RankedRange<T> {
  start: number;
  end: number;
  /** Higher ranks are kept whole where ranges cross (a marked quote over a sentence). */
  rank: number;
  value: T;
}

export type NestedNode<T> =
  | { type: 'text'; start: number; end: number }
  | {
      type: 'range';
      range: RankedRange<T>;
      /** 0 for the first piece of the range, 1 for the next piece after a cut, … */
      part: number;
      start: number;
      end: number;
      children: NestedNode<T>[];
    };

type RangeNode<T> = Extract<NestedNode<T>, { type: 'range' }>;

const holds = <T>(a: RankedRange<T>, b: RankedRange<T>) =>
  a.start <= b.start && a.end >= b.end && (a.start !== b.start || a.end !== b.end);

/** Negative when `a` goes outside `b`. */
function outerFirst<T>(a: RankedRange<T>, b: RankedRange<T>): number {
  if (holds(a, b)) return -1;
  if (holds(b, a)) return 1;
  return b.rank - a.rank || a.start - b.start || b.end - a.end;
}

/**
 * The ranges within [from, to) as nested nodes covering that stretch exactly (text between
 * ranges comes as text nodes). `parts` counts the pieces already emitted per range, so a range
 * cut by an earlier call (a paragraph end) goes on numbering its pieces.
 */
export function nestRanges<T>(
  from: number,
  to: number,
  ranges: readonly RankedRange<T>[],
  parts: Map<RankedRange<T>, number> = new Map(),
): NestedNode<T>[] {
  const inside = ranges.filter((r) => r.end > from && r.start < to && r.end > r.start);
  const cuts = new Set([from, to]);
  for (const r of inside) {
    cuts.add(Math.max(from, r.start));
    cuts.add(Math.min(to, r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const roots: NestedNode<T>[] = [];
  let open: RangeNode<T>[] = [];

  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? from;
    const end = points[i + 1] ?? to;
    const active = inside.filter((r) => r.start <= start && r.end >= end).sort(outerFirst);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep]?.range === active[keep]) keep++;
    open = open.slice(0, keep);
    for (const range of active.slice(keep)) {
      const part = parts.get(range) ?? 0;
      parts.set(range, part + 1);
      const node: RangeNode<T> = { type: 'range', range, part, start, end, children: [] };
      (open.at(-1)?.children ?? roots).push(node);
      open.push(node);
    }
    for (const node of open) node.end = end;
    const siblings = open.at(-1)?.children ?? roots;
    const last = siblings.at(-1);
    // A cut made by a range elsewhere need not split the text here.
    if (last?.type === 'text' && last.end === start) last.end = end;
    else siblings.push({ type: 'text', start, end });
  }
  return roots;
}
