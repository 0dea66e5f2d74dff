// The validator CLI, run as bundle authors run it: a child process on files, on the built library.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { locatePath } from '../../bin/locate.mjs';

const CLI = fileURLToPath(new URL('../../bin/pip-widgets.mjs', import.meta.url));
const DEFAULT_BUNDLE = fileURLToPath(new URL('../../src/content/default-bundle.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pip-widgets-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name, text) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function run(args, { input, cli = CLI } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Hand-formatted so that each issue's line and column can be read off: line N is LINES[N - 1].
const LINES = [
  '{',
  '  "version": 1,',
  '  "questions": [',
  '    {',
  '      "id": "first",',
  '      "title": "A valid question",',
  '      "body": "Body."',
  '    },',
  '    {',
  '      "id": "second",',
  '      "title": "",',
  '      "body": "Body."',
  '    },',
  '    {',
  '      "id": "first",',
  '      "title": "Same id as the first",',
  '      "body": "Body."',
  '    }',
  '  ],',
  '  "course": {',
  '    "id": "course",',
  '    "title": "Course",',
  '    "sections": [',
  '      {',
  '        "id": "start",',
  '        "title": "Start",',
  '        "lessons": [{ "id": "intro", "title": "Intro", "url": "javascript:alert(1)" }]',
  '      }',
  '    ]',
  '  },',
  '  "checklist": {',
  '    "id": "risk",',
  '    "items": [{ "id": "a", "text": "A" }]',
  '  }',
  '}',
];

describe('pip-widgets validate', () => {
  test('a valid bundle exits 0 and says so', () => {
    const { code, stdout } = run(['validate', DEFAULT_BUNDLE]);
    assert.equal(code, 0);
    assert.match(stdout, /^✓ .*default-bundle\.json: valid \(\d+ questions, course: yes, checklist: yes\)\n$/);
  });

  test('a minimal bundle counts what it has', () => {
    const file = fixture('minimal.json', '{ "version": 1, "questions": [] }');
    const { code, stdout } = run(['validate', file]);
    assert.equal(code, 0);
    assert.equal(stdout, `✓ ${file}: valid (0 questions, course: no, checklist: no)\n`);
  });

  test('schema issues exit 1, each with the line and column of its value', () => {
    const file = fixture('issues.json', LINES.join('\n') + '\n');
    const { code, stdout } = run(['validate', file]);
    assert.equal(code, 1);
    const [summary, ...issues] = stdout.trimEnd().split('\n');
    assert.ok(summary.startsWith(`✗ ${file}: This content bundle has 4 problems: `), summary);
    assert.deepEqual(issues, [
      `  ${file}:11:16  questions[1].title: expected text with at least one visible character`,
      `  ${file}:15:13  questions[2].id: duplicate id "first" (already used by questions[0])`,
      `  ${file}:27:63  course.sections[0].lessons[0].url: expected a relative URL or one starting with http:, https: or mailto:`,
      // A missing field points at the object that should hold it.
      `  ${file}:31:16  checklist.title: missing (expected text with at least one visible character)`,
    ]);
    // The one column not easy to count by eye, counted by the test instead.
    assert.equal(LINES[26].indexOf('"javascript') + 1, 63);
  });

  test('invalid JSON exits 1 with the line and column of the error', () => {
    const file = fixture('broken.json', '{\n  "version": 1,\n  "questions": [}\n}\n');
    const { code, stdout } = run(['validate', file]);
    assert.equal(code, 1);
    assert.match(stdout, /^✗ .*broken\.json: The content from .*broken\.json is not valid JSON: .* at line 3, column 17 /);
  });

  test('an unsupported format version exits 1', () => {
    const file = fixture('v2.json', '{ "version": 2 }');
    const { code, stdout } = run(['validate', file]);
    assert.equal(code, 1);
    assert.match(stdout, /^✗ .*v2\.json: .*format version 2.*reads versions 1 and 1\.1 only\.\n$/);
  });

  test('format 1.1: search settings are validated, with the path and place of a wrong group', () => {
    const good = fixture('v11.json', '{ "version": 1.1, "search": { "synonyms": [["1:1", "one-on-one"]], "builtinSynonyms": false } }');
    assert.equal(run(['validate', good]).code, 0);
    const bad = fixture('v11-bad.json', '{\n  "version": 1.1,\n  "search": { "synonyms": [["alone"]] }\n}\n');
    const { code, stdout } = run(['validate', bad]);
    assert.equal(code, 1);
    assert.match(stdout, /v11-bad\.json:3:28 {2}search\.synonyms\[0\]: expected a group of 2 to 50 words or phrases that mean the same$/m);
  });

  test('a missing file exits 2 with one line', () => {
    const { code, stdout, stderr } = run(['validate', 'no-such-bundle.json']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'pip-widgets: cannot read no-such-bundle.json: no such file\n');
  });

  test('several files: every one is reported, the worst exit code wins', () => {
    const good = fixture('good.json', '{ "version": 1 }');
    const bad = fixture('bad.json', '{ "version": 1, "topic": 3 }');
    const { code, stdout } = run(['validate', good, bad]);
    assert.equal(code, 1);
    assert.match(stdout, /^✓ .*good\.json: valid/m);
    assert.match(stdout, /^ {2}.*bad\.json:1:26 {2}topic: expected an object$/m);
    assert.equal(run(['validate', good, 'no-such-bundle.json', bad]).code, 2);
  });

  test('- reads the bundle from stdin', () => {
    const valid = run(['validate', '-'], { input: '{ "version": 1 }' });
    assert.equal(valid.code, 0);
    assert.equal(valid.stdout, '✓ <stdin>: valid (0 questions, course: no, checklist: no)\n');
    const invalid = run(['validate', '-'], { input: '{\n  "version": 1,\n  "course": {}\n}' });
    assert.equal(invalid.code, 1);
    assert.match(invalid.stdout, /^ {2}<stdin>:3:13 {2}course\.id: missing/m);
  });

  test('--help and -h exit 0 with the usage', () => {
    for (const args of [['--help'], ['-h'], ['validate', '--help']]) {
      const { code, stdout } = run(args);
      assert.equal(code, 0);
      assert.match(stdout, /^Usage: pip-widgets validate <file\.\.\.>/);
    }
  });

  test('--version prints the package version', () => {
    const { code, stdout } = run(['--version']);
    assert.equal(code, 0);
    assert.match(stdout, /^\d+\.\d+\.\d+/);
  });

  test('usage errors exit 2', () => {
    for (const args of [[], ['check', 'a.json'], ['validate'], ['validate', '--strict', 'a.json']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^pip-widgets: .*\n\nUsage:/);
    }
  });

  test('without a build it says to run npm run build', () => {
    const copy = join(dir, 'unbuilt');
    mkdirSync(join(copy, 'bin'), { recursive: true });
    for (const name of ['pip-widgets.mjs', 'locate.mjs']) {
      copyFileSync(new URL(`../../bin/${name}`, import.meta.url), join(copy, 'bin', name));
    }
    const { code, stderr } = run(['validate', DEFAULT_BUNDLE], { cli: join(copy, 'bin', 'pip-widgets.mjs') });
    assert.equal(code, 2);
    assert.equal(stderr, 'pip-widgets: the library is not built yet: run `npm run build` first.\n');
  });
});

describe('locatePath', () => {
  const text = [
    '{',
    '  "topic": { "id": "t", "author": { "role": "" } },',
    '  "questions": [',
    '    { "id": "a" },',
    '    { "id": "b", "tags": ["x", "y"] }',
    '  ],',
    '  "say \\"hi\\"": { "a, {b}: c": 1 },',
    '  "\\u0074ricky": [[1, [2, 3]], "] } \\" {"]',
    '}',
  ].join('\n');

  test('(top level) is the root value', () => {
    assert.deepEqual(locatePath(text, '(top level)'), { line: 1, column: 1 });
    assert.deepEqual(locatePath('\n\n  [1]', '(top level)'), { line: 3, column: 3 });
  });

  test('nested objects and arrays', () => {
    assert.deepEqual(locatePath(text, 'topic.author.role'), { line: 2, column: 45 });
    assert.deepEqual(locatePath(text, 'questions'), { line: 3, column: 16 });
    assert.deepEqual(locatePath(text, 'questions[1]'), { line: 5, column: 5 });
    assert.deepEqual(locatePath(text, 'questions[1].tags[1]'), { line: 5, column: 32 });
    assert.deepEqual(locatePath(text, 'tricky[0][1][1]'), { line: 8, column: 27 });
    assert.deepEqual(locatePath(text, 'tricky[1]'), { line: 8, column: 32 });
  });

  test('keys are read with their escapes', () => {
    assert.deepEqual(locatePath(text, 'say "hi"'), { line: 7, column: 17 });
    assert.deepEqual(locatePath(text, 'say "hi".a, {b}: c'), { line: 7, column: 32 });
    assert.deepEqual(locatePath(text, 'tricky'), { line: 8, column: 18 });
  });

  test('a missing leaf points at its nearest existing parent', () => {
    assert.deepEqual(locatePath(text, 'questions[0].title'), { line: 4, column: 5 });
    assert.deepEqual(locatePath(text, 'questions[7].id'), { line: 3, column: 16 });
    assert.deepEqual(locatePath(text, 'topic.author.role.deeper'), { line: 2, column: 45 });
    assert.deepEqual(locatePath(text, 'topic[0]'), { line: 2, column: 12 });
    assert.deepEqual(locatePath(text, 'course.title'), { line: 1, column: 1 });
  });

  test('a key given twice means its last value, as in JSON.parse', () => {
    assert.deepEqual(locatePath('{"a": 1,\n "a": 2}', 'a'), { line: 2, column: 7 });
  });

  test('deep nesting does not overflow the stack', () => {
    const depth = 200_000;
    const deep = `{"a": ${'['.repeat(depth)}${']'.repeat(depth)}, "b": true}`;
    assert.deepEqual(locatePath(deep, 'b'), { line: 1, column: 2 * depth + 14 });
  });
});
