// The standalone HTML viewer's own strings (both languages). It also uses the explorer's words
// for what it shares with the explorer: fit, language, close, stated, inferred, the evidence.

export const en = {
  'viewer.zoomIn': 'Zoom in',
  'viewer.zoomOut': 'Zoom out',
  'viewer.hint':
    'Click a concept or relation for its quote and source. Drag to pan, wheel to zoom.',
  'viewer.kinds': 'Kinds',
  'viewer.types': 'Relations',
  'viewer.online': 'This view in the online explorer:',
} satisfies Record<`viewer.${string}`, string>;

export const id: Record<keyof typeof en, string> = {
  'viewer.zoomIn': 'Perbesar',
  'viewer.zoomOut': 'Perkecil',
  'viewer.hint':
    'Klik konsep atau relasi untuk melihat kutipan dan sumbernya. Seret untuk menggeser, roda tetikus untuk zoom.',
  'viewer.kinds': 'Jenis',
  'viewer.types': 'Relasi',
  'viewer.online': 'Tampilan ini di penjelajah daring:',
};
