// Writes the standalone HTML file: the data as an inert JSON block, the viewer's script and the
// stylesheet inline, and a CSP that allows only those two inline blocks (by hash) and nothing
// from anywhere else, so the file works offline and cannot be made to load or run anything.
import { escapeXml } from '../../../common/xml.js';
import { DATA_ELEMENT_ID, type StandaloneData } from './data.js';

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

/**
 * The whole file. `viewerScript` is the bundled viewer (`virtual:standalone-viewer`), a script
 * that runs as soon as it is parsed, after the data block.
 */
export async function standaloneHtml(
  data: StandaloneData,
  viewerScript: string,
  css: string,
): Promise<string> {
  // A script's text ends at the first `</script`; the bundler escapes it, but be certain.
  const script = viewerScript.replace(/<\/(script)/gi, '<\\/$1');
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
    `<title>${escapeXml(title ?? '')}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${inertJson(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
