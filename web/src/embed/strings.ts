// The embed view's, share dialog's and exports' own interface strings (both languages).
import type { UiLang } from '../state/view.js';

const en = {
  openExplorer: 'Open in the explorer ↗',
  share: 'Share / Embed',
  shareTitle: 'Share or embed this view',
  link: 'Link to this view',
  embedLink: 'Embed link',
  iframe: 'Embed code (<iframe>)',
  transparent: 'Transparent background',
  staticView: 'Static picture (no pan or zoom)',
  legend: 'Show the legend',
  copy: 'Copy',
  close: 'Close',
  exports: 'Download',
  exportJson: 'View as JSON',
  exportSvg: 'SVG',
  pngLegend: 'Legend in the PNG',
  exportHtml: 'Standalone HTML',
  exportHtmlBusy: 'Preparing…',
  exportHtmlFailed: 'Standalone HTML failed: retry',
  exportHtmlHint: 'One file that works offline: pan, zoom, quotes on click, ID/EN',
  step: 'Step {n} of {count}',
};
type Strings = Record<keyof typeof en, string>;
const id: Strings = {
  openExplorer: 'Buka di penjelajah ↗',
  share: 'Bagikan / Sematkan',
  shareTitle: 'Bagikan atau sematkan tampilan ini',
  link: 'Tautan ke tampilan ini',
  embedLink: 'Tautan sematan',
  iframe: 'Kode sematan (<iframe>)',
  transparent: 'Latar transparan',
  staticView: 'Gambar statis (tanpa geser atau zoom)',
  legend: 'Tampilkan legenda',
  copy: 'Salin',
  close: 'Tutup',
  exports: 'Unduh',
  exportJson: 'Tampilan sebagai JSON',
  exportSvg: 'SVG',
  pngLegend: 'Legenda dalam PNG',
  exportHtml: 'HTML mandiri',
  exportHtmlBusy: 'Menyiapkan…',
  exportHtmlFailed: 'HTML mandiri gagal: coba lagi',
  exportHtmlHint: 'Satu berkas yang bekerja luring: geser, zoom, kutipan saat diklik, ID/EN',
  step: 'Langkah {n} dari {count}',
};

export function s(lang: UiLang, key: keyof typeof en, vars: Record<string, number> = {}): string {
  const table = lang === 'en' ? en : id;
  return table[key].replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));
}
