import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

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

/**
 * Minifies the CSS in our `*.styles.ts` files (comments, indentation, spaces around punctuation):
 * Lit ships `css` literals as written, and the script-tag build has a 40 KB gzip budget. The
 * styles files hold plain CSS with no `${}` expressions, which is what makes this safe.
 */
function minifyStyles(): Plugin {
  return {
    name: 'pip-widgets:minify-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(/css`([^`$]*)`/g, (_, text: string) => {
        const minified = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}

const external = [/^lit($|\/)/, /^@lit\//, /^fuse\.js($|\/)/, /^zod($|\/)/];

const lib: UserConfig = {
  plugins: [minifyStyles()],
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
  plugins: [minifyStyles()],
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
