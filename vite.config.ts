// Vite builds the browser app from web/ into dist/web, which server/static.ts serves.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  root: 'web',
  // Relative asset URLs would break under /embed/... paths; the app is always served from `/`.
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape plus its layouts is one large, rarely changing chunk; the warning is noise.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        explorer: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./web/embed.html', import.meta.url)),
      },
    },
  },
  // ES workers may import chunks (ELK is loaded only when asked for, in the page or the worker).
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': api, '/export': api, '/ready': api },
  },
});
