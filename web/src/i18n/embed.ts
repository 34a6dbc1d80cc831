// The embed view's, share dialog's and exports' strings (both languages; `close` and `copy` are
// shared words, in explorer.ts). Keys carry the area's prefix so that a key names its area.

export const en = {
  'embed.openExplorer': 'Open in the explorer ↗',
  'embed.share': 'Share / Embed',
  'embed.shareTitle': 'Share or embed this view',
  'embed.link': 'Link to this view',
  'embed.embedLink': 'Embed link',
  'embed.iframe': 'Embed code (<iframe>)',
  'embed.transparent': 'Transparent background',
  'embed.staticView': 'Static picture (no pan or zoom)',
  'embed.legend': 'Show the legend',
  'embed.pane': 'The embed shows',
  'embed.paneGraph': 'the graph',
  'embed.paneText': 'the source text',
  'embed.paneSplit': 'the graph and the source text',
  'embed.exports': 'Download',
  'embed.exportJson': 'View as JSON',
  'embed.exportSvg': 'SVG',
  'embed.pngLegend': 'Legend in the PNG',
  'embed.exportHtml': 'Standalone HTML',
  'embed.exportHtmlBusy': 'Preparing…',
  'embed.exportHtmlFailed': 'Standalone HTML failed: retry',
  'embed.exportHtmlHint': 'One file that works offline: pan, zoom, quotes on click, ID/EN',
  'embed.step': 'Step {n} of {count}',

  // Legends of the embed, the PNG and the standalone file: meaning apart from structure (issue 13).
  'embed.legendMeaning': 'Relations of meaning',
  'embed.legendStructure': 'Structure of the text',
  'embed.legendSection': 'Section (a box around its concepts)',
} satisfies Record<`embed.${string}`, string>;

export const id: Record<keyof typeof en, string> = {
  'embed.openExplorer': 'Buka di penjelajah ↗',
  'embed.share': 'Bagikan / Sematkan',
  'embed.shareTitle': 'Bagikan atau sematkan tampilan ini',
  'embed.link': 'Tautan ke tampilan ini',
  'embed.embedLink': 'Tautan sematan',
  'embed.iframe': 'Kode sematan (<iframe>)',
  'embed.transparent': 'Latar transparan',
  'embed.staticView': 'Gambar statis (tanpa geser atau zoom)',
  'embed.legend': 'Tampilkan legenda',
  'embed.pane': 'Sematan menampilkan',
  'embed.paneGraph': 'graf',
  'embed.paneText': 'teks sumber',
  'embed.paneSplit': 'graf dan teks sumber',
  'embed.exports': 'Unduh',
  'embed.exportJson': 'Tampilan sebagai JSON',
  'embed.exportSvg': 'SVG',
  'embed.pngLegend': 'Legenda dalam PNG',
  'embed.exportHtml': 'HTML mandiri',
  'embed.exportHtmlBusy': 'Menyiapkan…',
  'embed.exportHtmlFailed': 'HTML mandiri gagal: coba lagi',
  'embed.exportHtmlHint':
    'Satu berkas yang bekerja luring: geser, zoom, kutipan saat diklik, ID/EN',
  'embed.step': 'Langkah {n} dari {count}',

  // Legends of the embed, the PNG and the standalone file: meaning apart from structure (issue 13).
  'embed.legendMeaning': 'Relasi makna',
  'embed.legendStructure': 'Struktur teks',
  'embed.legendSection': 'Bagian (kotak di sekeliling konsepnya)',
};
