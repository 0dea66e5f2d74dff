import { resolve } from 'node:path';
import { parse } from 'acorn';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * Four configurations in one file, chosen by `--mode`:
 * - serve (default): the demo in `demo/`, on the sources;
 * - `lib`: ES modules for npm users, one per source module, dependencies left external;
 * - `loader`: `dist/pip-widgets.js`, the script-tag file: a small loader that fetches each
 *   element's code, from the chunks beside it, the first time its tag is on the page;
 * - `standalone`: `dist/pip-widgets.all.js`, one minified module with every element and every
 *   dependency inside, for those who want one file. Its lazy files (the default content,
 *   translations, the search engine) stay apart, so that pages never download what they don't use.
 */
const root = import.meta.dirname;
const entry = (path: string) => resolve(root, 'src', path);

/** Public entry points: the `exports` map in package.json mirrors these. */
export const libraryEntries = {
  index: entry('index.ts'),
  'content/index': entry('content/index.ts'),
  'deployment/build': entry('deployment/build.ts'),
  'deployment/sharded-index': entry('deployment/sharded-index.ts'),
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

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Lit keeps the static text of html`` and svg`` templates as written, indentation included.
 * Spaces and tabs around a line break mean nothing to HTML there (no template has a <pre>), so
 * they go: 0.25 KB gzip off the script-tag build. The line breaks stay, and with them every line
 * of the source map.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'pip-widgets:minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(resolve(root, 'src')) || !/\b(html|svg)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
        const { type, tag, quasi } = node as { type: string; tag: AstNode & { name?: string }; quasi: { quasis: AstNode[] } };
        if (type === 'TaggedTemplateExpression' && (tag.name === 'html' || tag.name === 'svg')) {
          for (const { start, end } of quasi.quasis) {
            const text = code.slice(start, end).replace(/[ \t]*\n[ \t]*/g, '\n');
            if (text.length !== end - start) edits.push({ start, end, text });
          }
        }
        Object.values(node).forEach(visit);
      };
      visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
      if (edits.length === 0) return null;
      let result = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + text + result.slice(end);
      // No line moves, so the map so far still holds.
      return { code: result, map: null };
    },
  };
}

/**
 * Vite writes the bundle worker's URL in the npm build as `new URL(new URL("x.js",
 * import.meta.url).href, "" + import.meta.url)`. Written back as `new URL("x.js",
 * import.meta.url)`, right inside `new Worker(...)`, it is the form an app's bundler (Vite,
 * webpack, Parcel) recognizes, so the worker's file goes into the app's build.
 */
function plainWorkerUrl(): Plugin {
  return {
    name: 'pip-widgets:plain-worker-url',
    renderChunk(code) {
      const plain = code.replace(
        /new URL\(\s*\/\* @vite-ignore \*\/\s*new URL\(("[^"]+"),\s*import\.meta\.url\)\.href,\s*"" \+ import\.meta\.url\s*\)/g,
        'new URL($1, import.meta.url)',
      );
      return plain === code ? null : { code: plain, map: null };
    },
  };
}

/** Where the loader's source names the files each element needs (see elementFiles). */
const ELEMENT_FILES = '__PIP_ELEMENT_FILES__';

/**
 * Writes into the loader, per element, every file the element's file imports, at any depth: the
 * loader asks for them together with the element's own, where the browser would ask for each only
 * once the file that names it had arrived, a round trip later (80 ms on a phone's network). The
 * names are still the build's placeholders here, made final with the loader's own imports.
 */
function elementFiles(): Plugin {
  return {
    name: 'pip-widgets:element-files',
    renderChunk(code, chunk, _options, meta) {
      if (!chunk.isEntry || !code.includes(ELEMENT_FILES)) return null;
      const chunks = meta.chunks as Record<string, { imports: string[]; facadeModuleId: string | null }>;
      const files: Record<string, string[]> = {};
      for (const target of chunk.dynamicImports) {
        const element = /\/src\/components\/([\w-]+)\/\1\.ts$/.exec(chunks[target]?.facadeModuleId ?? '')?.[1];
        if (!element) continue;
        const seen = new Set<string>();
        const visit = (file: string) => {
          for (const next of chunks[file]?.imports ?? []) if (!seen.has(next)) seen.add(next), visit(next);
        };
        visit(target);
        files[`pip-${element}`] = [...seen].sort().map((file) => `./${file}`);
      }
      return { code: code.replaceAll(ELEMENT_FILES, JSON.stringify(files)), map: null };
    },
  };
}

const external = [/^lit($|\/)/, /^@lit\//, /^fuse\.js($|\/)/, /^porter2$/, /^@orama\/stemmers\//, /^stopword\//, /^zod($|\/)/];

/** The bundle worker (src/worker/bundle-worker.ts): a module, so that it loads its lazy files (the search engine) as the page does. */
const worker = (fileNames: string, external?: RegExp[]): UserConfig['worker'] => ({
  format: 'es',
  rolldownOptions: { external, output: { entryFileNames: fileNames, chunkFileNames: fileNames.replace('[name]', 'worker-[name]') } },
});

const lib: UserConfig = {
  base: './',
  plugins: [minifyStyles(), minifyTemplates(), plainWorkerUrl()],
  // Its dependencies left to the app's bundler, as the library's own.
  worker: worker('worker/[name]-[hash].js', external),
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

/**
 * The script-tag builds: `entry` (in src/) becomes `file` in dist/, its lazy files beside it.
 * `oneFile`: the page's side of the bundle worker and the deployment reader go inside `file` too
 * (see worker-side.one-file.ts, deployment-side.one-file.ts).
 */
const scriptTag = (source: string, file: string, oneFile = false): UserConfig => ({
  // The worker's URL relative to the file that starts it, as every other lazy file's.
  base: './',
  resolve: {
    alias: oneFile
      ? [
          { find: /^\.\/worker-side\.js$/, replacement: entry('worker/worker-side.one-file.ts') },
          { find: /^\.\/deployment-side\.js$/, replacement: entry('content/deployment-side.one-file.ts') },
        ]
      : [],
  },
  plugins: [minifyStyles(), minifyTemplates(), elementFiles()],
  worker: worker('pip-widgets-[name]-[hash].js'),
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: entry(source), formats: ['es'], fileName: () => file },
    rolldownOptions: {
      output: {
        minify: true,
        // The search engine's languages beside the translations of the same name.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/search/languages/') ? 'pip-widgets-search-[name]-[hash].js' : 'pip-widgets-[name]-[hash].js',
      },
    },
  },
});

const demo: UserConfig = {
  root: resolve(root, 'demo'),
  server: { fs: { allow: [root] } },
  build: { outDir: resolve(root, 'dist/demo'), emptyOutDir: true },
};

export default defineConfig(({ mode }) => {
  if (mode === 'lib') return lib;
  if (mode === 'standalone') return scriptTag('standalone.ts', 'pip-widgets.all.js', true);
  if (mode === 'loader') return scriptTag('loader.ts', 'pip-widgets.js');
  return demo;
});
