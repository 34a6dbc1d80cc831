// The one XML escaper, shared by the server's GraphML export and the browser's SVG export: both
// write data strings (labels, quotes) into XML that other tools must parse.

// Characters XML 1.0 forbids outright (they cannot even be escaped): C0 controls but tab, LF, CR;
// lone surrogates; U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in XML element content and in single- or double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
