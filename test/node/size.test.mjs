// The script-tag builds' size budgets (issues 8 and 15), kept by every test run rather than only
// by the benchmark: a size is exact, unlike a time, so a change that goes over fails here at once.
// Measured as `npm run bench` measures it (zlib, level 9).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGETS_KB = {
  'pip-widgets.js': 8, // the loader
  // Every element in one file: 40 KB until issue 15 gave it the page's side of the bundle worker,
  // 42 KB until issue 16 gave it the deployment reader (about 4 KB; the script-tag build fetches
  // that only for a deployment).
  'pip-widgets.all.js': 46,
};

for (const [name, budget] of Object.entries(BUDGETS_KB)) {
  test(`dist/${name} is at most ${budget} KB gzip`, () => {
    const size = gzipSync(readFileSync(new URL(`../../dist/${name}`, import.meta.url)), { level: 9 }).length;
    assert.ok(
      size <= budget * 1024,
      `dist/${name} is ${(size / 1024).toFixed(1)} KB gzip, over its ${budget} KB budget: run \`npm run bench\` and see bench/README.md`,
    );
  });
}
