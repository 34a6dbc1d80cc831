// The geometry of a drawn view, shared by the SVG export and the standalone HTML viewer so that
// both draw a view alike: where a relation meets a concept's border, the arrowhead at a directed
// relation's target, and how a label wraps inside its box (by the canvas's own rules, from
// graph-view/measure.ts, shrinking only when the box was measured for other text).
import {
  FONT_FAMILY,
  LINE_HEIGHT,
  MAX_TEXT_WIDTH,
  PAD_X,
  PAD_Y,
  measureText,
  wrapWords,
} from '../graph-view/measure.js';

export type Point = [number, number];

/** A concept's box: its centre and size, and the shape the explorer draws (a rectangle if absent). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  shape?: string;
}

/** The font the explorer draws labels in, so that exports measure and wrap them alike. */
export const LABEL_FONT = FONT_FAMILY;
export { LINE_HEIGHT };
export const ARROW_SIZE = 9;

/** The smallest font a label shrinks to in a box measured for other text. */
const MIN_FONT_SIZE = 8;
/** The canvas rounds a box up to whole units: a line may be this much wider than its text. */
const SLACK = 0.5;

/** Where the segment from the box's centre towards (tx, ty) leaves the box (or ellipse). */
export function borderPoint(box: Box, tx: number, ty: number): Point {
  const dx = tx - box.x;
  const dy = ty - box.y;
  if (dx === 0 && dy === 0) return [box.x, box.y];
  const s =
    box.shape === 'ellipse'
      ? 1 / Math.hypot(dx / (box.width / 2), dy / (box.height / 2))
      : Math.min(
          dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
          dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
        );
  return [box.x + dx * s, box.y + dy * s];
}

export interface EdgeGeometry {
  /** On the source's border. */
  start: Point;
  /** Where the drawn line stops: the arrowhead's base, so a wide stroke cannot poke through. */
  end: Point;
  /** On the target's border. */
  tip: Point;
  /** The arrowhead's triangle (tip first), or null for an undirected relation. */
  head: Point[] | null;
}

/** A relation from border to border, ending in an arrowhead at its target if directed. */
export function edgeGeometry(from: Box, to: Box, arrow: boolean): EdgeGeometry {
  const start = borderPoint(from, to.x, to.y);
  const tip = borderPoint(to, from.x, from.y);
  if (!arrow) return { start, end: tip, tip, head: null };
  // Along the centres' direction, which stays right even when the two boxes touch or overlap.
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const base: Point = [tip[0] - ux * ARROW_SIZE, tip[1] - uy * ARROW_SIZE];
  const half = ARROW_SIZE * 0.55;
  const head: Point[] = [
    tip,
    [base[0] - uy * half, base[1] + ux * half],
    [base[0] + uy * half, base[1] - ux * half],
  ];
  return { start, end: base, tip, head };
}

/** The width of a text at a font size, in the drawing's units. */
export type TextWidth = (text: string, fontSize: number) => number;

/** The label font's width: the browser's text metrics, or an estimate outside a browser. */
export const textWidth: TextWidth = (text, fontSize) =>
  measureText(text, `${fontSize}px ${LABEL_FONT}`);

/** The same in bold, as the canvas draws its bold labels (the topic's, sections' titles). */
export const boldTextWidth: TextWidth = (text, fontSize) =>
  measureText(text, `bold ${fontSize}px ${LABEL_FONT}`);

/** Wraps a label to a width at a font size, the way the explorer wraps it on the canvas. */
export function wrapLabel(
  label: string,
  width: number,
  fontSize: number,
  widthOf: TextWidth = textWidth,
): string[] {
  return wrapWords(label, width, (text) => widthOf(text, fontSize));
}

export interface LabelLayout {
  fontSize: number;
  /** Each line's text and the centre of its line box (draw with text-anchor middle). */
  lines: { text: string; x: number; y: number }[];
}

/** A word too wide for the width cut into pieces that fit (only ever at the smallest size). */
function cutToWidth(line: string, width: number, widthOf: (text: string) => number): string[] {
  if (widthOf(line) <= width) return [line];
  const pieces: string[] = [];
  let piece = '';
  for (const char of line) {
    if (piece && widthOf(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * The label inside its box, as the canvas draws it: wrapped where the canvas wraps it (its text
 * width, or the box's if that is narrower), at the canvas's font size, the lines centred. A box
 * measured for other text (another language, other fonts) is kept: the label wraps to the box and
 * its font shrinks until every line fits; a word still too wide at the smallest size is cut.
 * `widthOf` measures in the label's weight (bold for the canvas's bold labels).
 */
export function layoutLabel(
  label: string,
  box: Box,
  fontSize: number,
  widthOf: TextWidth = textWidth,
): LabelLayout {
  const width = box.width - 2 * PAD_X + SLACK;
  const height = box.height - 2 * PAD_Y + SLACK;
  const fits = (lines: string[], size: number) =>
    lines.length * size * LINE_HEIGHT <= height && lines.every((l) => widthOf(l, size) <= width);
  let size = fontSize;
  let lines = wrapLabel(label, Math.min(MAX_TEXT_WIDTH, width), size, widthOf);
  while (!fits(lines, size) && size > MIN_FONT_SIZE) {
    size = Math.max(MIN_FONT_SIZE, size - 1);
    lines = wrapLabel(label, width, size, widthOf);
  }
  if (!fits(lines, size))
    lines = lines.flatMap((l) => cutToWidth(l, width, (t) => widthOf(t, size)));
  const top = box.y - ((lines.length - 1) * size * LINE_HEIGHT) / 2;
  return {
    fontSize: size,
    lines: lines.map((text, i) => ({ text, x: box.x, y: top + i * size * LINE_HEIGHT })),
  };
}
