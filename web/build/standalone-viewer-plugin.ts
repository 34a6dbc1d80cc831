// The standalone HTML export writes the viewer into each file as one inline script. This plugin
// bundles the viewer (web/src/standalone/entry.ts and what it imports) into that script with
// esbuild and hands it to the app as `virtual:standalone-viewer`, a module whose default export
// is the script's text. The viewer is an ordinary module with real imports; only here does it
// become a self-contained script.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:standalone-viewer';
// The `\0` prefix tells other plugins this id is virtual, not a file to look for.
const RESOLVED_ID = `\0${MODULE_ID}`;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/standalone/entry.ts', import.meta.url));

export interface ViewerBundle {
  /** The minified viewer: one classic script (an IIFE) that runs as soon as it is parsed. */
  script: string;
  /** Every source file in the bundle, to rebuild it when one changes. */
  files: string[];
}

export async function bundleStandaloneViewer(): Promise<ViewerBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    // The file may be opened years from now in whatever browser a reader has; ES2020 is broad.
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no standalone viewer script');
  return {
    script: output.text.trim(),
    files: Object.keys(result.metafile.inputs).map((file) => resolve(ROOT, file)),
  };
}

export function standaloneViewer(): Plugin {
  return {
    name: 'standalone-viewer',
    // Filters let the bundler skip this plugin for every other module without calling it.
    resolveId: {
      filter: { id: new RegExp(`^${MODULE_ID}$`) },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: new RegExp(`^${RESOLVED_ID}$`) },
      async handler() {
        const { script, files } = await bundleStandaloneViewer();
        for (const file of files) this.addWatchFile(file);
        return `export default ${JSON.stringify(script)};`;
      },
    },
  };
}
