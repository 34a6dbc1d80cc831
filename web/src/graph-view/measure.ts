// Node boxes are sized from their labels: we wrap and measure the text ourselves (instead of
// Cytoscape's deprecated `width: label`), so layouts, overlap removal and exports all agree on
// the exact box each label occupies.

export const FONT_FAMILY =
  '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface LabelFont {
  size: number;
  weight: 'normal' | 'bold';
}

export const RANK_FONTS: Record<0 | 1 | 2, LabelFont> = {
  0: { size: 17, weight: 'bold' },
  1: { size: 14, weight: 'bold' },
  2: { size: 13, weight: 'normal' },
};

/** A concept's label wraps at this width; its box keeps PAD_X and PAD_Y around the text. */
export const MAX_TEXT_WIDTH = 130;
export const PAD_X = 6;
export const PAD_Y = 4;
/** Line height of wrapped labels, as a multiple of the font size (the exports use it too). */
export const LINE_HEIGHT = 1.25;

export interface MeasuredLabel {
  text: string;
  /** Width the text was wrapped to (Cytoscape's text-max-width must not wrap it again). */
  textWidth: number;
  w: number;
  h: number;
}

/** The width of a text drawn in a CSS font. */
export type Measure = (text: string, font: string) => number;

let context: CanvasRenderingContext2D | null | undefined;

/** Canvas text metrics in a browser; a rough estimate in headless tests without a canvas. */
export function measureText(text: string, font: string): number {
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (!context) {
    const size = Number.parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '12');
    return text.length * size * 0.56;
  }
  context.font = font;
  return context.measureText(text).width;
}

export function cssFont(font: LabelFont): string {
  return `${font.weight} ${font.size}px ${FONT_FAMILY}`;
}

/** Greedy word wrap to a width; a single word wider than that gets a line of its own. */
export function wrapWords(
  label: string,
  maxWidth: number,
  widthOf: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The label wrapped to `maxWidth` (a concept's, by default) in its font, and the box it needs. */
export function measureLabel(
  label: string,
  font: LabelFont,
  measure: Measure = measureText,
  maxWidth = MAX_TEXT_WIDTH,
) {
  const css = cssFont(font);
  const lines = wrapWords(label, maxWidth, (text) => measure(text, css));
  if (lines.length === 0) lines.push('');
  const textWidth = Math.ceil(Math.max(...lines.map((l) => measure(l, css))));
  const result: MeasuredLabel = {
    text: lines.join('\n'),
    textWidth,
    w: textWidth + 2 * PAD_X,
    h: Math.ceil(lines.length * font.size * LINE_HEIGHT + 2 * PAD_Y),
  };
  return result;
}
