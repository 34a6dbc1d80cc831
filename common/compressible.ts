// The text formats of the web build: written beside themselves in brotli and gzip at build time
// (web/build/precompress.ts) and served in the coding a browser accepts (server/static.ts).
// Images and fonts are compressed formats already: a coding would only add bytes.
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.wasm',
]);
