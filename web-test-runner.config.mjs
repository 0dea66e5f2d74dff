// Every test runs in real headless Chromium: Debian's binary, never a downloaded one.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/ensure-chromium.mjs';
import { testServer } from './test/server/test-server.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
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
  // Every failed load warns once in the console, as it should; hundreds of tests fail loads on
  // purpose, and those warnings would bury anything unexpected.
  filterBrowserLogs: ({ type, args }) => !(type === 'warn' && / cannot show its content \(/.test(String(args[0]))),
  testFramework: { config: { timeout: 10000 } },
};
