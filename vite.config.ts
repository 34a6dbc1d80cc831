// Vite builds the browser app from web/ into dist/web, which server/static.ts serves.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './web/build/precompress.js';
import { standaloneViewer } from './web/build/standalone-viewer-plugin.js';

const api = 'http://127.0.0.1:4000';

/**
 * The explorer's entry is a small script that asks for the first view's data and then imports
 * the app (explorer/main.ts). That import is certain and immediate, so the page names its chunks
 * as module preloads: the browser fetches and compiles them alongside the entry, not after it.
 */
function preloadEntryImports(): Plugin {
  return {
    name: 'preload-entry-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { chunk, bundle } = ctx;
        if (!chunk || !bundle) return html;
        const files = new Set<string>();
        const visit = (file: string) => {
          const next = bundle[file];
          if (!next || next.type !== 'chunk' || files.has(file)) return;
          files.add(file);
          next.imports.forEach(visit);
        };
        chunk.dynamicImports.forEach(visit);
        for (const file of chunk.imports) files.delete(file);
        const links = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return html.replace(/\n(\s*)<\/head>/, (end, indent: string) =>
          [...links.map((link) => `\n${indent}  ${link}`), end].join(''),
        );
      },
    },
  };
}

export default defineConfig({
  root: 'web',
  // Relative asset URLs would break under /embed/... paths; the app is always served from `/`.
  base: '/',
  plugins: [preloadEntryImports(), standaloneViewer(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape plus its layouts is one large, rarely changing chunk; the warning is noise.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Timing warnings measure how busy the machine is, not the project: a loaded two-core
      // machine printed them on every build, for nothing a newcomer could act on.
      checks: { bundlerTimings: false },
      output: {
        // Named after what they hold (by default a chunk takes the name of its first module).
        // The page's stylesheet rides with the shared chunk that starts with Vite's preload
        // helper, and would be called preload-helper-*.css.
        assetFileNames: (asset) =>
          asset.names.includes('preload-helper.css')
            ? 'assets/main-[hash][extname]'
            : 'assets/[name]-[hash][extname]',
        chunkFileNames: (chunk) => {
          const ids = chunk.moduleIds.map((id) => id.replaceAll('\\', '/'));
          if (ids.some((id) => id.endsWith('/web/src/graph-view/view.ts')))
            return 'assets/graph-view-[hash].js';
          if (ids.some((id) => id.endsWith('/web/src/api/client.ts')))
            return 'assets/api-[hash].js';
          return 'assets/[name]-[hash].js';
        },
        // Cytoscape and fcose change only with an upgrade: chunks cached across builds. fcose is
        // a chunk of its own, fetched when the page first lays a view out itself (the landing
        // view's layout comes from the server: see graph-view/layout/extensions.ts).
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            {
              name: 'fcose',
              test: /node_modules[\\/](cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
          ],
        },
      },
      input: {
        explorer: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./web/embed.html', import.meta.url)),
      },
    },
  },
  // ES workers may import chunks (ELK is loaded only when asked for, and only in the worker).
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': api, '/export': api, '/ready': api },
  },
});
