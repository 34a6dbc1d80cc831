// Writes the standalone HTML file: the data as an inert JSON block, the viewer's source and the
// stylesheet inline, and a CSP that allows only those two inline blocks (by hash) and nothing
// from anywhere else, so the file works offline and cannot be made to load or run anything.
import type { StandaloneData } from './data.js';

/** JSON that cannot end its <script> block or open a comment (`<` becomes \u003c). */
export function inertJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

const escapeText = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The whole file. `viewerSource` is a function expression (the viewer's `toString()`); it is
 * called once the page has parsed.
 */
export async function standaloneHtml(
  data: StandaloneData,
  viewerSource: string,
  css: string,
): Promise<string> {
  // A script's text ends at the first `</script`; the viewer never holds one, but be certain.
  const script = `(${viewerSource.replace(/<\/(script)/gi, '<\\/$1')})();`;
  const csp = [
    "default-src 'none'",
    `script-src ${await sha256(script)}`,
    `style-src ${await sha256(css)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title =
    data.lang === 'en' ? (data.title.en ?? data.title.id) : (data.title.id ?? data.title.en);
  return [
    '<!doctype html>',
    `<html lang="${data.lang === 'en' ? 'en' : 'id'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(title ?? '')}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<script type="application/json" id="ks-data">${inertJson(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
