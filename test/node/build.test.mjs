// `pip-widgets build`, run as a site's CI runs it: a child process on a bundle file, on the built
// library. What it writes must say what the widgets say of the same bundle in memory.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateBundle } from '../../bench/corpus.mjs';

const CLI = fileURLToPath(new URL('../../bin/pip-widgets.mjs', import.meta.url));
const { MemoryQuestionSource } = await import('../../dist/lib/sources/memory-source.js');
const { parseBundle } = await import('../../dist/lib/content/index.js');
const dir = mkdtempSync(join(tmpdir(), 'pip-widgets-build-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Validated values have no prototype; what the build wrote is JSON. */
const plain = (value) => JSON.parse(JSON.stringify(value));

const run = (...args) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Every file under `root`, by path, with its text. */
function tree(root) {
  const files = {};
  const visit = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else files[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  visit(root);
  return files;
}

// About 3 MB: read in several pieces. Questions share dates and likes, so ties are ordered too.
const bundle = generateBundle(2000);
for (const [i, question] of bundle.questions.entries()) {
  if (i % 7 === 0) question.likes = 3;
  if (i % 11 === 0) delete question.createdAt;
}
const bundleFile = join(dir, 'bundle.json');
writeFileSync(bundleFile, JSON.stringify(bundle, null, 1));

describe('pip-widgets build', () => {
  const out = join(dir, 'site');
  const built = run('build', bundleFile, '--out', out, '--page-size', '40');
  const head = JSON.parse(readFileSync(join(out, 'pip-deployment.json'), 'utf8'));
  const folder = join(out, head.files);
  const read = (path) => JSON.parse(readFileSync(join(folder, path), 'utf8'));
  const expected = parseBundle(JSON.parse(JSON.stringify(bundle)));
  const memory = new MemoryQuestionSource(expected.questions);
  const window = (sort, offset, limit) => memory.results({ query: '', tags: [], sort, offset, limit, lang: 'en' });

  test('exits 0 and says what it wrote', () => {
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /^✓ .*bundle\.json: built 2000 questions into .*site \(pip-deployment\.json and \d+ files in [0-9a-f]{20}\/, [\d.]+ MB\)\n$/);
  });

  test('the head holds the bundle but its questions, the count, every tag and the first page; first/ that of the other sorts', () => {
    assert.equal(head.format, 'pip-widgets/deployment');
    assert.equal(head.total, 2000);
    assert.equal(head.pageSize, 40);
    assert.deepEqual(head.topic, plain(expected.topic));
    assert.equal(head.questions, undefined);
    // The corpus has about 40 tags: all of them, as the head takes the 100 most used.
    assert.deepEqual(head.tags, plain(memory.tags(100)));
    assert.equal(head.tagTotal, memory.tags(Infinity).length);
    assert.ok(head.tagTotal < 100);
    assert.deepEqual(read('tags.json'), plain(memory.tags(Infinity)));
    assert.deepEqual(head.first, plain(window('relevance', 0, 20).questions));
    for (const sort of ['newest', 'likes']) assert.deepEqual(read(`first/${sort}.json`), plain(window(sort, 0, 20).questions), sort);
  });

  test('the pages hold every question, in bundle order, as validated', () => {
    const pages = Array.from({ length: 50 }, (_, n) => read(`questions/${n}.json`));
    assert.ok(pages.every((page) => page.length === 40));
    assert.deepEqual(pages.flat(), plain(expected.questions));
  });

  test('the lists name questions by like place, in the orders of the bundle in memory', () => {
    const likePlaces = new Map(window('likes', 0, 2000).questions.map((question, like) => [question.id, like]));
    const likesOf = (questions) => questions.map((question) => likePlaces.get(question.id));
    const newest = likesOf(window('newest', 0, 2000).questions);
    assert.deepEqual(read('orders/newest/0.json'), newest);
    const ranks = read('ranks/newest/0.json');
    assert.deepEqual(newest.map((like) => ranks[like]), newest.map((_, rank) => rank));
    for (const [t, { tag, count }] of read('tags.json').entries()) {
      for (const sort of ['relevance', 'newest', 'likes']) {
        const list = read(`tags/${t}/${sort}/0.json`);
        assert.equal(list.length, count, tag);
        assert.deepEqual(list, likesOf(memory.results({ query: '', tags: [tag], sort, offset: 0, limit: 2000, lang: 'en' }).questions), `${tag} ${sort}`);
      }
    }
  });

  test('each card holds the question at its place in like order, the order search results are numbered in', () => {
    const byLikes = window('likes', 0, 2000).questions;
    const cards = readdirSync(join(folder, 'cards'));
    assert.equal(cards.length, 2000);
    for (const [place, question] of byLikes.entries()) assert.deepEqual(read(`cards/${place}.json`), plain(question), String(place));
  });

  test('every id is found in the shard idShard names, with its like place', async () => {
    const { idShard } = await import('../../dist/lib/deployment/format.js');
    assert.equal(head.idShards, 2);
    const shards = Array.from({ length: head.idShards }, (_, k) => read(`ids/${k}.json`));
    assert.equal(shards.flat().length, 2000);
    for (const [like, { id }] of window('likes', 0, 2000).questions.entries()) {
      assert.deepEqual(shards[idShard(id, head.idShards)].find(([shardId]) => shardId === id), [id, like], id);
    }
    for (const shard of shards) assert.deepEqual(shard, [...shard].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  test('the manifest lists every other file of the folder, with its size and hash', () => {
    const manifest = read('manifest.json');
    const files = tree(folder);
    delete files['manifest.json'];
    assert.deepEqual(manifest.files.map((entry) => entry.path), Object.keys(files).sort());
    for (const entry of manifest.files) assert.equal(entry.bytes, Buffer.byteLength(files[entry.path]), entry.path);
  });

  test('a rebuild of the same bundle writes the same files, under the same name', () => {
    const again = join(dir, 'again');
    assert.equal(run('build', bundleFile, '--out', again, '--page-size', '40').code, 0);
    assert.deepEqual(tree(again), tree(out));
    // Into the same folder: nothing new but the head, written again.
    assert.equal(run('build', bundleFile, '--out', out, '--page-size', '40').code, 0);
    assert.deepEqual(readdirSync(out).sort(), [head.files, 'pip-deployment.json'].sort());
  });
});

describe('pip-widgets build, on many tags', () => {
  test('the head takes the 100 most used, tags.json every one', () => {
    const questions = Array.from({ length: 130 }, (_, i) => ({ id: `q${i}`, title: `Question ${i}`, body: 'Words.', tags: ['common', `only-${String(i).padStart(3, '0')}`] }));
    const file = join(dir, 'tags.json');
    writeFileSync(file, JSON.stringify({ version: 1, questions }));
    const out = join(dir, 'tags-site');
    assert.equal(run('build', file, '--out', out).code, 0);
    const head = JSON.parse(readFileSync(join(out, 'pip-deployment.json'), 'utf8'));
    const all = JSON.parse(readFileSync(join(out, head.files, 'tags.json'), 'utf8'));
    assert.equal(head.tagTotal, 131);
    assert.equal(all.length, 131);
    assert.deepEqual(head.tags, all.slice(0, 100));
    assert.deepEqual(all.slice(0, 3), [{ tag: 'common', count: 130 }, { tag: 'only-000', count: 1 }, { tag: 'only-001', count: 1 }]);
  });
});

describe('pip-widgets build, on a broken bundle', () => {
  test('says what validate says, with places, and writes nothing', () => {
    const broken = structuredClone(bundle);
    broken.questions[1500].title = 42;
    broken.questions[1700].id = broken.questions[3].id;
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken, null, 1));
    const out = join(dir, 'broken-site');
    const result = run('build', file, '--out', out);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, run('validate', file).stdout);
    assert.match(result.stdout, /broken\.json:\d+:\d+ {2}questions\[1500\]\.title: /);
    assert.deepEqual(readdirSync(out), []);
  });

  test('text that is not JSON gets the JSON error and its place', () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{"version": 1, "questions": [{"id": "a", "title": "A"},, ]}');
    const result = run('build', file, '--out', join(dir, 'not-json-site'));
    assert.equal(result.code, 1);
    assert.equal(result.stdout, run('validate', file).stdout);
  });

  test('a second list of questions is refused: the first is written already', () => {
    const file = join(dir, 'twice.json');
    writeFileSync(file, '{"version": 1, "questions": [{"id": "a", "title": "A", "body": "a"}], "questions": [{"id": "b", "title": "B", "body": "b"}]}');
    const result = run('build', file, '--out', join(dir, 'twice-site'));
    assert.equal(result.code, 1);
    assert.match(result.stdout, /questions: given twice/);
  });

  test('usage errors exit 2', () => {
    assert.equal(run('build', bundleFile).code, 2);
    assert.equal(run('build', '--out', dir).code, 2);
    assert.equal(run('build', bundleFile, '--out', dir, '--page-size', '0').code, 2);
    assert.equal(run('build', join(dir, 'missing.json'), '--out', join(dir, 'x')).code, 2);
  });
});

describe('buildDeployment, called without rename', () => {
  test('writes the same files as with it', async () => {
    const { buildDeployment } = await import('../../dist/lib/deployment/build.js');
    const questions = generateBundle(60).questions;
    const text = JSON.stringify({ version: 1, questions });
    const build = async (rename) => {
      const files = new Map();
      const write = async (path, content) => void files.set(path, content);
      const options = { write, ...(rename && { rename: async (from, to) => (files.set(to, files.get(from)), files.delete(from)) }) };
      const { manifest } = await buildDeployment((async function* () { yield text; })(), options);
      return { files, manifest };
    };
    const kept = await build(false);
    const renamed = await build(true);
    assert.deepEqual(new Map([...kept.files].sort()), new Map([...renamed.files].sort()));
    assert.deepEqual(kept.manifest, renamed.manifest);
    assert.equal([...kept.files.keys()].filter((path) => path.startsWith('cards/')).length, 60);
  });
});
