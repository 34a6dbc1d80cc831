// "Include legend" for PNG exports: the canvas' picture with a legend drawn beside it (kinds and
// relation types in view, stated and inferred), so a slide explains its own colours. Drawn with
// the 2D canvas API: every label is painted as text, at the export's scale.
import { pick } from '../i18n/index.js';
import type { ViewSnapshot } from '../graph-view/snapshot.js';
import { FONT_FAMILY } from '../graph-view/measure.js';
import { t } from '../i18n/index.js';
import type { AppState } from '../state/app-state.js';

export interface LegendEntry {
  label: string;
  color: string;
  mark: 'box' | 'line' | 'dashed';
}

export interface LegendSection {
  heading: string;
  entries: LegendEntry[];
}

/** The legend of what the snapshot shows, in the view's language. */
export function legendOf(state: AppState, snapshot: ViewSnapshot): LegendSection[] {
  const lang = state.view.lang;
  const kinds = new Set(snapshot.nodes.map((n) => n.kind));
  const types = new Set(snapshot.edges.map((e) => e.type));
  const graph = state.graph;
  const sections: LegendSection[] = [
    {
      heading: t(lang, 'kinds'),
      entries: (graph?.kinds ?? [])
        .filter((k) => kinds.has(k.id))
        .map((k) => ({ label: pick(k.labels, lang) || k.id, color: k.color, mark: 'box' })),
    },
    {
      heading: t(lang, 'relationTypes'),
      entries: (graph?.relationTypes ?? [])
        .filter((r) => types.has(r.id))
        .map((r) => ({ label: pick(r.labels, lang) || r.id, color: r.color, mark: 'line' })),
    },
  ];
  if (snapshot.edges.length) {
    sections.push({
      heading: t(lang, 'evidence'),
      entries: [
        { label: t(lang, 'stated'), color: '#777777', mark: 'line' },
        { label: t(lang, 'inferred'), color: '#777777', mark: 'dashed' },
      ],
    });
  }
  return sections.filter((s) => s.entries.length > 0);
}

export interface LegendPaint {
  scale: number;
  /** Null: transparent picture (the legend then gets its own panel colour to stay readable). */
  background: string | null;
  panel: string;
  text: string;
}

const ROW = 20;
const PAD = 14;
const FONT = 13;

/** The picture with the legend to its right, as a new PNG. */
export async function pngWithLegend(
  png: Blob,
  sections: LegendSection[],
  paint: LegendPaint,
): Promise<Blob | null> {
  const image = await createImageBitmap(png);
  const k = paint.scale;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) return null;
  measure.font = `bold ${FONT}px ${FONT_FAMILY}`;
  let textWidth = 0;
  for (const section of sections) {
    textWidth = Math.max(textWidth, measure.measureText(section.heading).width);
    measure.font = `${FONT}px ${FONT_FAMILY}`;
    for (const e of section.entries)
      textWidth = Math.max(textWidth, measure.measureText(e.label).width);
    measure.font = `bold ${FONT}px ${FONT_FAMILY}`;
  }
  const rows = sections.reduce((n, s) => n + s.entries.length + 1, 0);
  const legendW = Math.ceil((PAD * 2 + 26 + textWidth) * k);
  const legendH = Math.ceil((PAD * 2 + rows * ROW + (sections.length - 1) * 6) * k);
  canvas.width = image.width + legendW;
  canvas.height = Math.max(image.height, legendH);
  const g = canvas.getContext('2d');
  if (!g) return null;
  if (paint.background) {
    g.fillStyle = paint.background;
    g.fillRect(0, 0, canvas.width, canvas.height);
  }
  g.drawImage(image, 0, Math.round((canvas.height - image.height) / 2));
  const left = image.width;
  const top = Math.round((canvas.height - legendH) / 2);
  g.fillStyle = paint.panel;
  g.fillRect(left, top, legendW, legendH);
  g.scale(k, k);
  let y = top / k + PAD;
  const x = left / k + PAD;
  g.textBaseline = 'middle';
  for (const section of sections) {
    g.fillStyle = paint.text;
    g.font = `bold ${FONT}px ${FONT_FAMILY}`;
    g.fillText(section.heading, x, y + ROW / 2);
    y += ROW;
    g.font = `${FONT}px ${FONT_FAMILY}`;
    for (const e of section.entries) {
      const mid = y + ROW / 2;
      g.fillStyle = e.color;
      g.strokeStyle = e.color;
      if (e.mark === 'box') g.fillRect(x, mid - 6, 16, 12);
      else {
        g.lineWidth = 3;
        g.setLineDash(e.mark === 'dashed' ? [5, 3] : []);
        g.beginPath();
        g.moveTo(x, mid);
        g.lineTo(x + 18, mid);
        g.stroke();
        g.setLineDash([]);
      }
      g.fillStyle = paint.text;
      g.fillText(e.label, x + 26, mid);
      y += ROW;
    }
    y += 6;
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
