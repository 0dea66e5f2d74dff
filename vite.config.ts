import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * Three configurations in one file, chosen by `--mode`:
 * - serve (default): the demo in `demo/`, on the sources;
 * - `lib`: ES modules for npm users, one per source module, dependencies left external;
 * - `standalone`: `dist/pip-widgets.js`, one minified module with every dependency inside,
 *   for a script tag. Only the default content stays a separate chunk, so that sites which
 *   bring their own bundle never download it.
 */
const root = import.meta.dirname;
const entry = (path: string) => resolve(root, 'src', path);

/** Public entry points: the `exports` map in package.json mirrors these. */
export const libraryEntries = {
  index: entry('index.ts'),
  'content/index': entry('content/index.ts'),
  'components/content/content': entry('components/content/content.ts'),
  'components/qa-feed/qa-feed': entry('components/qa-feed/qa-feed.ts'),
  'components/course-outline/course-outline': entry('components/course-outline/course-outline.ts'),
  'components/risk-checklist/risk-checklist': entry('components/risk-checklist/risk-checklist.ts'),
};

const external = [/^lit($|\/)/, /^@lit\//, /^fuse\.js($|\/)/, /^zod($|\/)/];

const lib: UserConfig = {
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: libraryEntries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

const standalone: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: entry('index.ts'), formats: ['es'], fileName: () => 'pip-widgets.js' },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: 'pip-widgets-[name]-[hash].js' },
    },
  },
};

const demo: UserConfig = {
  root: resolve(root, 'demo'),
  server: { fs: { allow: [root] } },
  build: { outDir: resolve(root, 'dist/demo'), emptyOutDir: true },
};

export default defineConfig(({ mode }) => {
  if (mode === 'lib') return lib;
  if (mode === 'standalone') return standalone;
  return demo;
});
