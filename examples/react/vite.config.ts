import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The React 19 example, built from the library's sources into `dist/examples/react/`. No React
 * plugin: Vite's own transform handles TSX with the automatic runtime, and the example needs no
 * fast refresh. React is bundled, so the built page runs from any static server.
 */
const here = import.meta.dirname;
const repository = resolve(here, '../..');

export default defineConfig({
  root: here,
  // Relative URLs, so the page works from any folder: the test runner serves it under /dist/examples/react/.
  base: './',
  server: { fs: { allow: [repository] } },
  build: {
    outDir: resolve(repository, 'dist/examples/react'),
    emptyOutDir: true,
  },
});
