// Every regular expression of the library, checked by recheck (a ReDoS checker that finds
// polynomial backtracking as well as exponential): bundle text, attributes and typed queries
// pass through them, so each must run in linear time on any input. Read from the library build
// (dist/lib, our own code only: lit, zod and fuse.js stay external there), parsed with acorn.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Parser } from 'acorn';
import { check } from 'recheck';

const LIB = new URL('../../dist/lib/', import.meta.url);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory()) yield* files(url);
    else if (entry.name.endsWith('.js')) yield url;
  }
}

/** Every node of an acorn tree. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === 'object') yield* nodes(value);
  }
}

/** The regex literals of the build, and any RegExp made at run time (which cannot be checked). */
function collect() {
  const literals = [];
  const dynamic = [];
  for (const url of files(LIB)) {
    const code = readFileSync(url, 'utf8');
    const tree = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    const where = (node) => `${url.pathname.split('/dist/lib/')[1]}:${node.loc.start.line}`;
    for (const node of nodes(tree)) {
      if (node.type === 'Literal' && node.regex) literals.push({ ...node.regex, where: where(node) });
      const constructs = (node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee.name === 'RegExp';
      if (constructs) dynamic.push(where(node));
    }
  }
  return { literals, dynamic };
}

const { literals, dynamic } = collect();

test('the build has regular expressions to check (the extraction works)', () => {
  assert.ok(literals.length >= 20, `found only ${literals.length} regex literals in dist/lib`);
  assert.ok(literals.some((regex) => regex.flags.includes('u')));
});

test('no RegExp is built at run time: every pattern is a literal the checker can see', () => {
  assert.deepEqual(dynamic, []);
});

test('every regular expression in the library runs in linear time (recheck)', async () => {
  const unsafe = [];
  for (const { pattern, flags, where } of literals) {
    const result = await check(pattern, flags, { timeout: 20_000 });
    if (result.status !== 'safe') {
      unsafe.push(`${where} /${pattern}/${flags}: ${result.status} ${result.complexity?.summary ?? result.error?.kind ?? ''} ${result.attack?.pattern ?? ''}`);
    }
  }
  assert.deepEqual(unsafe, []);
});

test('the checker does find a quadratic pattern (the check can fail)', async () => {
  const result = await check('\\]\\([^)]*\\)', 'g');
  assert.equal(result.status, 'vulnerable');
  assert.equal(result.complexity.type, 'polynomial');
});
