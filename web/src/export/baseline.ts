// Where a line's baseline sits below the centre of its line box, from the label font's own
// metrics (the browser's canvas text metrics). The SVG export places each line's baseline itself
// instead of asking for `dominant-baseline: central`, which slide software and SVG editors ignore
// (they set the text on its baseline, a third of a line too high, out of the top of its box).
import { FONT_FAMILY } from '../graph-view/measure.js';

/** Outside a browser: a typical sans-serif's offset (ascent about 0.93 em, descent 0.24). */
const TYPICAL = 0.35;

let context: CanvasRenderingContext2D | null | undefined;

/** The distance from a line's centre down to its baseline, at a font size and weight. */
export function baselineBelowCentre(
  fontSize: number,
  weight: 'normal' | 'bold' = 'normal',
): number {
  if (context === undefined) {
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (!context) return fontSize * TYPICAL;
  context.font = `${weight} ${fontSize}px ${FONT_FAMILY}`;
  const m = context.measureText('Hg');
  const ascent = m.fontBoundingBoxAscent;
  const descent = m.fontBoundingBoxDescent;
  // The line box is centred on the font's ascent and descent, as the canvas centres a label.
  return Number.isFinite(ascent) && Number.isFinite(descent)
    ? (ascent - descent) / 2
    : fontSize * TYPICAL;
}
