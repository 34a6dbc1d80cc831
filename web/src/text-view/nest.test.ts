import { describe, expect, it } from 'vitest';
import { nestRanges, type NestedNode, type RankedRange } from './nest.js';

/** A compact picture of a tree: text as `start-end`, ranges as `name#part[...]`. */
function picture(nodes: NestedNode<string>[]): string {
  return nodes
    .map((n) =>
      n.type === 'text'
        ? `${n.start}-${n.end}`
        : `${n.range.value}#${n.part}[${picture(n.children)}]`,
    )
    .join(' ');
}

const range = (value: string, start: number, end: number, rank: number): RankedRange<string> => ({
  value,
  start,
  end,
  rank,
});

describe('nesting ranges of a text', () => {
  it('leaves plain text as one node', () => {
    expect(picture(nestRanges(0, 10, []))).toBe('0-10');
  });

  it('nests a range that holds another, whatever their ranks', () => {
    const sentence = range('s', 0, 20, 1);
    const mark = range('m', 5, 10, 3);
    expect(picture(nestRanges(0, 20, [mark, sentence]))).toBe('s#0[0-5 m#0[5-10] 10-20]');
  });

  it('cuts the lower-ranked of two crossing ranges', () => {
    const passage = range('p', 0, 10, 2);
    const sentence = range('s', 5, 20, 1);
    expect(picture(nestRanges(0, 20, [sentence, passage]))).toBe('p#0[0-5 s#0[5-10]] s#1[10-20]');
  });

  it('keeps a marked quote whole over the passages it is made of', () => {
    const mark = range('m', 2, 12, 3);
    const a = range('a', 2, 6, 2);
    const b = range('b', 6, 12, 2);
    expect(picture(nestRanges(0, 14, [a, b, mark]))).toBe('0-2 m#0[a#0[2-6] b#0[6-12]] 12-14');
  });

  it('numbers the pieces of a range across calls (a quote over a paragraph end)', () => {
    const passage = range('p', 5, 15, 2);
    const parts = new Map<RankedRange<string>, number>();
    expect(picture(nestRanges(0, 10, [passage], parts))).toBe('0-5 p#0[5-10]');
    expect(picture(nestRanges(11, 20, [passage], parts))).toBe('p#1[11-15] 15-20');
  });

  it('does not split text at cuts made by ranges elsewhere', () => {
    const outer = range('o', 0, 10, 1);
    const inner = range('i', 2, 4, 2);
    expect(picture(nestRanges(0, 10, [outer, inner]))).toBe('o#0[0-2 i#0[2-4] 4-10]');
  });

  it('ignores empty ranges and ranges outside the stretch', () => {
    expect(picture(nestRanges(5, 10, [range('e', 6, 6, 1), range('x', 0, 5, 1)]))).toBe('5-10');
  });
});
