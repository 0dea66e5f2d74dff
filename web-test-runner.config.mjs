// Every test runs in real headless Chromium: Debian's binary, never a downloaded one.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/ensure-chromium.mjs';
import { testServer } from './test/server/test-server.mjs';

/**
 * porter2 (the English stemmer) is published as CommonJS only, which bundlers read and browsers
 * do not: it assigns `exports.stem` and requires nothing, so the test server wraps it as a module.
 */
const porter2AsModule = {
  name: 'porter2-as-module',
  transform(context) {
    if (!context.path.endsWith('/node_modules/porter2/dist/index.js')) return undefined;
    return { body: `const exports = {};\n${context.body}\nexport const stem = exports.stem;\n` };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    porter2AsModule,
    esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [testServer],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        // gc() lets the lifecycle tests prove that removed elements are freed.
        args: [...chromiumArgs, '--js-flags=--expose-gc'],
      },
    }),
  ],
  // Every failed load warns once in the console, as does every element shown on the built-in
  // content for want of a source, as they should; hundreds of tests do both on purpose, and those
  // warnings would bury anything unexpected.
  filterBrowserLogs: ({ type, args }) =>
    !(type === 'warn' && /( cannot show its content \(| has no content of its own )/.test(String(args[0]))),
  testFramework: { config: { timeout: 10000 } },
};
