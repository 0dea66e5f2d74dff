// A deployment's search index in shards answers as the engine in memory does: the same first
// results, for the bench's judged queries and every start of them as a reader types it, in each
// language the judged set has. Built by the CLI, read through the files it wrote.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { judgedSet } from '../../bench/relevance.mjs';

const CLI = fileURLToPath(new URL('../../bin/pip-widgets.mjs', import.meta.url));
const { QuestionIndex, english } = await import('../../dist/lib/search/index.js');
const { loadSearchLanguage } = await import('../../dist/lib/sources/search-languages.js');
const { ShardedIndex, SHARDED_REACH, TITLE_SCAN } = await import('../../dist/lib/deployment/sharded-index.js');
const { parseQuery } = await import('../../dist/lib/search/query.js');
const { Analysis } = await import('../../dist/lib/search/language.js');
const dir = mkdtempSync(join(tmpdir(), 'pip-widgets-shards-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const { questions, queries } = judgedSet(2000);
const bundleFile = join(dir, 'bundle.json');
writeFileSync(bundleFile, JSON.stringify({ version: 1, questions }));
const ids = questions.map((question) => question.id);

/** Every start of each query, as typed, and the query once more with a space after it. */
const typed = (list) => list.flatMap((query) => [...Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)), `${query} `]);

/** The deployment of the corpus in `lang`, built once. */
function built(lang) {
  const out = join(dir, lang);
  if (existsSync(out)) return out;
  const result = spawnSync(process.execPath, [CLI, 'build', bundleFile, '--out', out, '--lang', lang], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return out;
}

async function open(lang) {
  const out = built(lang);
  const head = JSON.parse(readFileSync(join(out, 'pip-deployment.json'), 'utf8'));
  const read = (path) => JSON.parse(readFileSync(join(out, head.files, path), 'utf8'));
  const fetched = [];
  const fetchFile = async (path) => (fetched.push(path), { value: read(path) });
  const language = (await loadSearchLanguage(lang))?.value ?? english;
  // Like order, the order the index numbers questions in: most liked first, equal likes in bundle order.
  const byLikes = questions.map((_, place) => place).sort((a, b) => (questions[b].likes ?? 0) - (questions[a].likes ?? 0) || a - b);
  const { stopwords } = new Analysis(language, {});
  const rank = new Map([...byLikes].map((doc, place) => [doc, place]));
  return {
    sharded: (await ShardedIndex.open(fetchFile, language)).value,
    memory: QuestionIndex.buildSync(questions, { language }),
    byLikes,
    fetched,
    /** For a query of stopwords only, which is looked for in the TITLE_SCAN most liked titles only, the questions there. */
    scanned: (query, order) => (parseQuery(query, stopwords).terms.length === 0 ? order.filter((doc) => rank.get(doc) < TITLE_SCAN) : order),
  };
}

describe('a deployment search index', () => {
  for (const lang of ['en', 'de', 'fr', 'es', 'ja']) {
    test(`gives the first results of the index in memory, in ${lang}`, async () => {
      const { sharded, memory, byLikes, scanned } = await open(lang);
      const asTyped = typed(queries.filter((query) => query.lang === lang).map(({ query }) => query));
      assert.ok(asTyped.length > 80, `${asTyped.length} queries`);
      const differing = [];
      for (const query of asTyped) {
        const inMemory = memory.search(query);
        const expected = scanned(query, inMemory.order).slice(0, SHARDED_REACH).map((doc) => ids[doc]);
        const result = (await sharded.search(query)).value;
        const found = result.order.slice(0, SHARDED_REACH).map((place) => ids[byLikes[place]]);
        if (found.join() !== expected.join()) differing.push(query);
        // A query of stopwords only looks at titles until it has SHARDED_REACH: its words to
        // highlight are those of these titles, fewer than in all of them.
        const words = [...inMemory.matchedWords].sort();
        const highlighted = [...result.matchedWords].sort();
        if (scanned(query, inMemory.order) === inMemory.order && inMemory.order.length <= SHARDED_REACH) assert.deepEqual(highlighted, words, query);
        else assert.ok(highlighted.every((word) => inMemory.matchedWords.has(word)), query);
      }
      assert.deepEqual(differing, []);
    });
  }

  test('fetches only what a query needs, and each file once', async () => {
    const { sharded, fetched } = await open('en');
    await sharded.search('severance');
    const once = [...fetched];
    assert.ok(once.includes('search/index.json'));
    assert.ok(once.some((path) => path.startsWith('search/words/')));
    assert.ok(once.some((path) => path.startsWith('search/postings/')));
    // Its words' letters, and those of its synonyms.
    assert.ok(once.length < 20, once.join());
    await sharded.search('severance');
    assert.deepEqual(fetched, once);
    assert.equal(new Set(fetched).size, fetched.length);
  });

  test("a phrase's bonus asks for the title files of the questions it checks, a scan of titles for the files after them too", async () => {
    const { ShardedData } = await import('../../dist/lib/deployment/shard-data.js');
    const meta = JSON.parse(readFileSync(join(built('en'), JSON.parse(readFileSync(join(built('en'), 'pip-deployment.json'), 'utf8')).files, 'search/index.json'), 'utf8'));
    const data = new ShardedData(meta, new Analysis(english, {}));
    const per = meta.titlesPerFile;
    // The first title of a file, checked for a phrase: that file alone.
    assert.equal(data.title(2 * per), '');
    assert.deepEqual([...data.wanted], [`search/titles/2.json`]);
    data.wanted.clear();
    // Read in like order (a query of stopwords only): a few files ahead.
    data.title(4 * per, true);
    assert.ok(data.wanted.size > 1, [...data.wanted].join());
    assert.ok([...data.wanted].every((path, i) => path === `search/titles/${4 + i}.json`), [...data.wanted].join());
  });

  test('a query that cannot be answered now says so, and fetches nothing', async () => {
    const { sharded, fetched } = await open('en');
    const before = fetched.length;
    assert.equal(sharded.searchNow('manager'), undefined);
    assert.equal(fetched.length, before);
    await sharded.search('manager');
    assert.ok(sharded.searchNow('manager').order.length > 0);
  });
});

describe('a deployment search index, while files are on their way', () => {
  /** An index whose files come when `release` says, with each fetch's signal. */
  async function held() {
    const out = built('en');
    const head = JSON.parse(readFileSync(join(out, 'pip-deployment.json'), 'utf8'));
    const read = (path) => JSON.parse(readFileSync(join(out, head.files, path), 'utf8'));
    const asked = [];
    const fetchFile = (path, signal) =>
      new Promise((resolve, reject) => {
        const entry = { path, signal, release: () => resolve({ value: read(path) }) };
        asked.push(entry);
        signal?.addEventListener('abort', () => reject(signal.reason));
      });
    const opening = ShardedIndex.open(fetchFile, english);
    asked.shift().release();
    return { sharded: (await opening).value, asked };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  test('a query given up stops waiting, and cancels the files no other query waits for', async () => {
    const { sharded, asked } = await held();
    const controller = new AbortController();
    const searching = sharded.search('manager', controller.signal);
    await tick();
    assert.ok(asked.length > 0);
    controller.abort(new Error('typed on'));
    await assert.rejects(searching, /typed on/);
    await tick();
    assert.ok(asked.every(({ signal }) => signal.aborted));
  });

  test('a file the next query asks for in the same task is not cancelled when the query before is given up', async () => {
    const { sharded, asked } = await held();
    const controller = new AbortController();
    const first = sharded.search('manager', controller.signal);
    await tick();
    const files = asked.length;
    // As the feed does on a keystroke: the query before is given up, then the next one asked.
    controller.abort(new Error('typed on'));
    const next = sharded.search('manager');
    await assert.rejects(first, /typed on/);
    await tick();
    assert.ok(files > 0);
    assert.equal(asked.length, files);
    assert.ok(asked.every(({ signal }) => !signal.aborted));
    while (asked.length > 0) {
      asked.shift().release();
      await tick();
    }
    assert.ok((await next).value.order.length > 0);
  });

  test('a file two queries wait for is not cancelled when one of them is given up', async () => {
    const { sharded, asked } = await held();
    const controller = new AbortController();
    const first = sharded.search('manager', controller.signal);
    const second = sharded.search('manager');
    await tick();
    const files = asked.length;
    controller.abort(new Error('typed on'));
    await assert.rejects(first, /typed on/);
    assert.ok(asked.every(({ signal }) => !signal.aborted));
    // Each file once for both; the second query gets its answer as the files come.
    while (asked.length > 0) {
      asked.shift().release();
      await tick();
    }
    assert.ok(files > 0);
    assert.ok((await second).value.order.length > 0);
  });
});
