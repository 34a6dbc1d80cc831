// The bundled standalone viewer script, provided at build time by
// web/build/standalone-viewer-plugin.ts.
declare module 'virtual:standalone-viewer' {
  const script: string;
  export default script;
}
