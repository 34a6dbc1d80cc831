// Is a quote in the source text? Compared after folding runs of white space (the text has
// non-breaking spaces and ragged indentation), never after changing spelling.

/** Runs of any white space (including U+00A0 and line breaks) become one space; ends trimmed. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export class QuoteIndex {
  private readonly folded: string;
  // Generated graphs repeat quotes many times; each distinct quote is searched once.
  private readonly seen = new Map<string, boolean>();

  constructor(sourceText: string) {
    this.folded = foldWhitespace(sourceText);
  }

  contains(quote: string): boolean {
    const folded = foldWhitespace(quote);
    let known = this.seen.get(folded);
    if (known === undefined) {
      known = folded.length > 0 && this.folded.includes(folded);
      this.seen.set(folded, known);
    }
    return known;
  }
}
