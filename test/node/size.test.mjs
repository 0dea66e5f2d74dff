// The script-tag build's size budget (issue 8), kept by every test run rather than only by the
// benchmark: a size is exact, unlike a time, so a change that goes over fails here at once.
// Measured as `npm run bench` measures it (zlib, level 9).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 40 * 1024;

test('dist/pip-widgets.js, everything included, is at most 40 KB gzip', () => {
  const file = readFileSync(new URL('../../dist/pip-widgets.js', import.meta.url));
  const size = gzipSync(file, { level: 9 }).length;
  assert.ok(
    size <= BUDGET_BYTES,
    `dist/pip-widgets.js is ${(size / 1024).toFixed(1)} KB gzip, over its 40 KB budget: run \`npm run bench\` and see bench/README.md`,
  );
});
