// Where a quote stands in its source text, as offsets into the text itself. Quotes are matched
// after folding white space (the text keeps its non-breaking spaces and ragged indentation, and
// a quote may copy a line break as a space), never after changing spelling; the offsets found
// point into the original, unfolded text.

export interface TextRange {
  start: number;
  end: number;
}

export class TextLocator {
  private readonly folded: string;
  /** For each character of `folded`, the offset of the character it stands for in the text. */
  private readonly origin: Int32Array;
  // Generated graphs repeat quotes many times; each distinct quote is searched once.
  private readonly found = new Map<string, readonly TextRange[]>();

  constructor(readonly text: string) {
    const chars: string[] = [];
    const origin: number[] = [];
    let pendingSpace = -1;
    for (let i = 0; i < text.length; i++) {
      if (/\s/u.test(text.charAt(i))) {
        // A run of white space folds to one space, kept only between two other characters.
        if (pendingSpace < 0 && chars.length > 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0) {
        chars.push(' ');
        origin.push(pendingSpace);
        pendingSpace = -1;
      }
      chars.push(text.charAt(i));
      origin.push(i);
    }
    this.folded = chars.join('');
    this.origin = Int32Array.from(origin);
  }

  /** Every place the quote stands, in text order, from its first to its last non-space character. */
  find(quote: string): readonly TextRange[] {
    const needle = foldWhitespace(quote);
    let ranges = this.found.get(needle);
    if (ranges === undefined) {
      ranges = needle.length === 0 ? [] : this.search(needle);
      this.found.set(needle, ranges);
    }
    return ranges;
  }

  contains(quote: string): boolean {
    return this.find(quote).length > 0;
  }

  private search(needle: string): TextRange[] {
    const out: TextRange[] = [];
    for (let at = this.folded.indexOf(needle); at >= 0; at = this.folded.indexOf(needle, at + 1)) {
      const last = at + needle.length - 1;
      out.push({ start: this.origin[at] ?? 0, end: (this.origin[last] ?? 0) + 1 });
    }
    return out;
  }
}

/** Runs of any white space (including U+00A0 and line breaks) become one space; ends trimmed. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Line numbers (1-based) of offsets into one text, by binary search over its line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
}
