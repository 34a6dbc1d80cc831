// The PNG as it is saved: the canvas' picture (cut tight to the graph by Cytoscape) inside a
// margin, with the legend beside it when asked. Drawn with the 2D canvas API at the export's
// scale: every legend label is painted as text.
import { FONT_FAMILY } from '../graph-view/measure.js';
import type { LegendEntry, LegendSection } from './png-legend.js';

/** The margin around the picture (and between it and the legend), in the graph's units. */
export const PNG_MARGIN = 20;

export interface FramePaint {
  scale: number;
  /** Null: transparent picture (the legend then gets its own panel colour to stay readable). */
  background: string | null;
  panel: string;
  text: string;
}

const ROW = 20;
const PAD = 14;
const FONT = 13;
const CHIP = 26;

function legendSize(g: CanvasRenderingContext2D, sections: LegendSection[]) {
  let textWidth = 0;
  for (const section of sections) {
    g.font = `bold ${FONT}px ${FONT_FAMILY}`;
    textWidth = Math.max(textWidth, g.measureText(section.heading).width);
    g.font = `${FONT}px ${FONT_FAMILY}`;
    for (const e of section.entries) textWidth = Math.max(textWidth, g.measureText(e.label).width);
  }
  const rows = sections.reduce((n, s) => n + s.entries.length + 1, 0);
  return {
    width: PAD * 2 + CHIP + textWidth,
    height: PAD * 2 + rows * ROW + Math.max(sections.length - 1, 0) * 6,
  };
}

function chip(g: CanvasRenderingContext2D, e: LegendEntry, x: number, mid: number): void {
  g.fillStyle = e.color;
  g.strokeStyle = e.color;
  if (e.mark === 'box') g.fillRect(x, mid - 6, 16, 12);
  else if (e.mark === 'group') {
    g.fillStyle = e.fill ?? 'transparent';
    g.lineWidth = 1.5;
    g.beginPath();
    g.roundRect(x, mid - 7, 18, 14, 3);
    g.fill();
    g.stroke();
  } else {
    g.lineWidth = 3;
    g.setLineDash(e.mark === 'dashed' ? [5, 3] : []);
    g.beginPath();
    g.moveTo(x, mid);
    g.lineTo(x + 18, mid);
    g.stroke();
    g.setLineDash([]);
  }
}

function drawLegend(
  g: CanvasRenderingContext2D,
  sections: LegendSection[],
  left: number,
  top: number,
  text: string,
): void {
  let y = top + PAD;
  const x = left + PAD;
  g.textBaseline = 'middle';
  for (const section of sections) {
    g.fillStyle = text;
    g.font = `bold ${FONT}px ${FONT_FAMILY}`;
    g.fillText(section.heading, x, y + ROW / 2);
    y += ROW;
    g.font = `${FONT}px ${FONT_FAMILY}`;
    for (const e of section.entries) {
      const mid = y + ROW / 2;
      chip(g, e, x, mid);
      g.fillStyle = text;
      g.fillText(e.label, x + CHIP, mid);
      y += ROW;
    }
    y += 6;
  }
}

/** The picture inside its margin, with the legend (if any sections) to its right, as a new PNG. */
export async function framePng(
  png: Blob,
  sections: LegendSection[],
  paint: FramePaint,
): Promise<Blob | null> {
  const image = await createImageBitmap(png);
  const k = paint.scale;
  const margin = Math.round(PNG_MARGIN * k);
  const canvas = document.createElement('canvas');
  const g = canvas.getContext('2d');
  if (!g) return null;
  const legend = sections.length ? legendSize(g, sections) : null;
  const legendW = legend ? Math.ceil(legend.width * k) : 0;
  const legendH = legend ? Math.ceil(legend.height * k) : 0;
  canvas.width = image.width + 2 * margin + (legend ? legendW + margin : 0);
  canvas.height = Math.max(image.height, legendH) + 2 * margin;
  if (paint.background) {
    g.fillStyle = paint.background;
    g.fillRect(0, 0, canvas.width, canvas.height);
  }
  g.drawImage(image, margin, Math.round((canvas.height - image.height) / 2));
  if (!legend) return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  const left = image.width + 2 * margin;
  const top = Math.round((canvas.height - legendH) / 2);
  g.fillStyle = paint.panel;
  g.fillRect(left, top, legendW, legendH);
  g.scale(k, k);
  drawLegend(g, sections, left / k, top / k, paint.text);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
