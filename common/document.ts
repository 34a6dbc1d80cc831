// The shape of a graph's source document that the loader computes, the API serves and the web
// app renders: places in the text, sentences with their coverage, and the document's own fields.
// Passages differ by side (ids on the server, described concepts and relations in the browser),
// so each side adds its own.

/** A range of the text, end exclusive (UTF-16 offsets, as `String.slice` counts), and its line. */
export interface TextSpan {
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

export interface TextSentence extends TextSpan {
  /** At least one concept or relation takes its quote from the sentence. */
  covered: boolean;
}

export interface DocumentFrame {
  id: string;
  title: string;
  language: string;
  text: string;
  lineCount: number;
  /** Share (0–1) of the sentences that evidence at least one concept or relation. */
  coverage: number;
  paragraphs: TextSpan[];
  sentences: TextSentence[];
}
