// Paragraphs and sentences of a source text, as offset ranges into it. The texts seeds quote are
// written one paragraph per line (headings, numbered items and body text alike), so a paragraph
// is a non-blank line; a sentence ends at `.`, `?`, `!` (a run of them: "...") or a line end.
import type { TextRange } from './quotes.js';

/** Each non-blank line, without its leading and trailing white space (NBSPs included). */
export function splitParagraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const trimmed = trim(text, lineStart, i);
      if (trimmed) out.push(trimmed);
      lineStart = i + 1;
    }
  }
  return out;
}

/** Pieces that hold a letter or a digit: "1." before a pledge item counts, a lone "." does not. */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let start = paragraph.start;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ends = isStop(text.charAt(i)) && !isStop(text.charAt(i + 1));
      if (ends || i === paragraph.end - 1) {
        const piece = trim(text, start, i + 1);
        if (piece && /[\p{L}\p{N}]/u.test(text.slice(piece.start, piece.end))) out.push(piece);
        start = i + 1;
      }
    }
  }
  return out;
}

const isStop = (char: string) => char !== '' && '.?!'.includes(char);

function trim(text: string, start: number, end: number): TextRange | null {
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}
