// The "Download data" menu's strings (both languages): the server's exports of the whole graph
// and of the view on screen. Keys carry the area's prefix so that a key names its area.

export const en = {
  'data.open': 'Download data',
  'data.intro':
    'Concepts and relations with their quotes, for Gephi, yEd, Cytoscape desktop, networkx or a spreadsheet.',
  'data.whole': 'Whole graph',
  'data.wholeCounts': '{concepts} concepts, {relations} relations',
  'data.view': 'This view',
  'data.viewWhole':
    'This view is the whole graph: focus a concept or filter the legend to download just that part.',
  'data.viewEmpty': 'The legend’s filters hide everything in this view.',
  'data.viewFocus': 'neighbourhood of “{label}”, depth {depth}',
  'data.viewKinds': 'kinds: {shown} of {of}',
  'data.viewTypes': 'relation types: {shown} of {of}',
  'data.viewBasis': '{basis} relations only',
  'data.viewBeyond':
    'Expanded, hidden one by one or on a path: not in these files. Share / Embed → View as JSON holds exactly what is drawn.',
  'data.graphml': 'GraphML',
  'data.graphmlHint': 'Gephi, yEd, Cytoscape',
  'data.conceptsCsv': 'CSV: concepts',
  'data.relationsCsv': 'CSV: relations',
  'data.csvHint': 'spreadsheets, pandas, R',
  'data.json': 'JSON',
  'data.jsonHint': 'scripts; with the source text',
  'data.guide': 'Every format and filter: the API guide',
} satisfies Record<`data.${string}`, string>;

export const id: Record<keyof typeof en, string> = {
  'data.open': 'Unduh data',
  'data.intro':
    'Konsep dan relasi beserta kutipannya, untuk Gephi, yEd, Cytoscape desktop, networkx, atau lembar kerja.',
  'data.whole': 'Seluruh graf',
  'data.wholeCounts': '{concepts} konsep, {relations} relasi',
  'data.view': 'Tampilan ini',
  'data.viewWhole':
    'Tampilan ini adalah seluruh graf: fokuskan sebuah konsep atau saring legenda untuk mengunduh bagian itu saja.',
  'data.viewEmpty': 'Filter legenda menyembunyikan seluruh isi tampilan ini.',
  'data.viewFocus': 'lingkungan “{label}”, kedalaman {depth}',
  'data.viewKinds': 'jenis konsep: {shown} dari {of}',
  'data.viewTypes': 'jenis relasi: {shown} dari {of}',
  'data.viewBasis': 'hanya relasi yang {basis}',
  'data.viewBeyond':
    'Yang dibentangkan, disembunyikan satu per satu, atau pada jalur: tidak ada di berkas ini. Bagikan / Sematkan → Tampilan sebagai JSON memuat persis yang tergambar.',
  'data.graphml': 'GraphML',
  'data.graphmlHint': 'Gephi, yEd, Cytoscape',
  'data.conceptsCsv': 'CSV: konsep',
  'data.relationsCsv': 'CSV: relasi',
  'data.csvHint': 'lembar kerja, pandas, R',
  'data.json': 'JSON',
  'data.jsonHint': 'skrip; dengan teks sumber',
  'data.guide': 'Semua format dan filter: panduan API',
};
