/**
 * A deployment of a large bundle (`pip-widgets build`, src/deployment/): what building it costs,
 * and what a reader's search costs in bytes, time and memory, on the bench corpus with the judged
 * questions planted (relevance.mjs), built by the CLI as a site's CI would.
 *
 * The reader's side runs twice: in Node, with ShardedIndex reading the built files from disk
 * (their gzip -9 size counted, as bench/run.mjs counts a CDN's), every keystroke of each query
 * searched and the cards of the first 20 results each shows fetched too; and in Chromium, the
 * feed on the script-tag build reading the deployment from a local HTTP server
 * (deployment-browser.mjs).
 *
 *   node --expose-gc bench/deployment.mjs [count]      prints the figures (needs `npm run build`)
 *   import { measureDeployment }                       what bench/run.mjs calls (BENCH_DEPLOYMENT)
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { browserSessions } from './deployment-browser.mjs';
import { judgedSet } from './relevance.mjs';
import { median, percentile } from './util.mjs';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin/pip-widgets.mjs');
const lib = (path) => import(pathToFileURL(join(ROOT, 'dist/lib', path)).href);

/** Cards on a feed's first page of results. */
const CARDS = 20;

/** Five queries a reader types, each a different kind: a phrase, words, a term, a natural question, a typo. */
export const SESSION = ['designed to fail', 'negotiate severance package', 'stack ranking', 'how long does a pip last', 'hr meeting tomorow'];

/** Writes the bundle a question at a time: a million questions are more text than one string may hold. */
async function writeBundle(questions, file) {
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
  await write('{"version":1,"questions":[');
  for (const [i, question] of questions.entries()) await write((i ? ',' : '') + JSON.stringify(question));
  await write(']}');
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

/** BENCH_DEPLOYMENT_DIR keeps the bundle and the deployment there (for looking at them, or measuring again). */
const KEPT = process.env.BENCH_DEPLOYMENT_DIR;

export async function measureDeployment(count, log = () => {}) {
  const dir = KEPT ? join(KEPT, String(count)) : mkdtempSync(join(tmpdir(), 'pip-bench-deployment-'));
  mkdirSync(dir, { recursive: true });
  try {
    const { questions, queries } = judgedSet(count);
    const bundleFile = join(dir, 'bundle.json');
    await writeBundle(questions, bundleFile);
    const out = join(dir, 'site');
    // GNU time gives the build's peak memory; without it, the time alone.
    const timed = existsSync('/usr/bin/time');
    const started = performance.now();
    const built = timed
      ? spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, 'build', bundleFile, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 })
      : spawnSync(process.execPath, [CLI, 'build', bundleFile, '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const buildMs = performance.now() - started;
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr.slice(-400)}`);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(built.stderr);
    const head = readFileSync(join(out, 'pip-deployment.json'));
    const { files, total } = JSON.parse(head);
    const manifest = JSON.parse(readFileSync(join(out, files, 'manifest.json'), 'utf8'));
    log(`  deployment ${count}: built in ${Math.round(buildMs / 1000)} s, ${manifest.files.length} files`);

    const { english, QuestionIndex } = await lib('search/index.js');
    const { ShardedIndex } = await lib('deployment/sharded-index.js');
    // Their gzip size, counted once the session is over: compressing is the server's time, not the reader's.
    const sent = [];
    const fetchFile = async (path) => {
      const text = readFileSync(join(out, files, path));
      sent.push([path, text]);
      return { value: JSON.parse(text) };
    };
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const index = (await ShardedIndex.open(fetchFile, english)).value;
    const first = [];
    const later = [];
    // The cards each keystroke's first page shows, each file once, as a browser's cache would.
    const shown = new Set();
    const show = async (order) => {
      for (const place of order.slice(0, CARDS)) if (!shown.has(place)) (shown.add(place), await fetchFile(`cards/${place}.json`));
    };
    for (const query of SESSION) {
      for (let i = 1; i <= query.length; i++) {
        const began = performance.now();
        const { order } = (await index.search(query.slice(0, i))).value;
        (i === 1 ? first : later).push(performance.now() - began);
        await show(order);
      }
    }
    globalThis.gc?.();
    const heap = globalThis.gc ? process.memoryUsage().heapUsed - heapBefore : null;
    const gzipped = (search) => sent.filter(([path]) => path.startsWith('search/') === search).reduce((sum, [, text]) => sum + gzipSync(text, { level: 9 }).length, 0);
    const indexBytes = gzipped(true);
    const cardBytes = gzipped(false);

    // The same engine over the same questions: what the judged typo queries find in the top 3.
    const idAt = (place) => JSON.parse(readFileSync(join(out, files, `cards/${place}.json`), 'utf8')).id;
    const typos = queries.filter((query) => query.lang === 'en' && query.family === 'misspelling');
    let found = 0;
    for (const { query, relevant } of typos) {
      const { order } = (await index.search(query)).value;
      if (order.slice(0, 3).some((place) => relevant.includes(idAt(place)))) found++;
    }
    return {
      count: total,
      buildMs,
      buildRssBytes: rss ? Number(rss[1]) * 1024 : null,
      files: manifest.files.length + 1,
      bytesOnDisk: manifest.files.reduce((sum, entry) => sum + entry.bytes, 0) + head.length,
      headGzipBytes: gzipSync(head, { level: 9 }).length,
      session: { queries: SESSION, bytes: indexBytes + cardBytes, indexBytes, cardBytes, files: sent.length, heapBytes: heap },
      firstKeyMs: { median: median(first), p95: percentile(first, 95) },
      laterKeyMs: { median: median(later), p95: percentile(later, 95) },
      typoTop3: { found, of: typos.length },
      memoryTypoTop3At10k: await memoryTypos(QuestionIndex),
      browser: await browserSessions(out, SESSION).catch((error) => ({ error: String(error.message ?? error).split('\n')[0] })),
    };
  } finally {
    if (!KEPT) rmSync(dir, { recursive: true, force: true });
  }
}

/** The in-memory engine at 10,000 questions, on the same typo queries: the budget's reference. */
async function memoryTypos(QuestionIndex) {
  const { questions, queries } = judgedSet(10_000);
  const index = QuestionIndex.buildSync(questions);
  const typos = queries.filter((query) => query.lang === 'en' && query.family === 'misspelling');
  const found = typos.filter(({ query, relevant }) => index.search(query).order.slice(0, 3).some((doc) => relevant.includes(questions[doc].id))).length;
  return { found, of: typos.length };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 100_000);
  const result = await measureDeployment(count, console.error);
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`Deployment of ${result.count.toLocaleString('en')} questions`);
  console.log(`  build: ${(result.buildMs / 1000).toFixed(1)} s, peak ${result.buildRssBytes ? `${Math.round(result.buildRssBytes / 2 ** 20)} MB` : 'n/a'}; ${result.files} files, ${(result.bytesOnDisk / 2 ** 20).toFixed(0)} MB`);
  console.log(`  head: ${kb(result.headGzipBytes)} gzip`);
  console.log(`  session of five typed queries: ${kb(result.session.bytes)} gzip in ${result.session.files} files (index ${kb(result.session.indexBytes)}, cards ${kb(result.session.cardBytes)}); heap ${result.session.heapBytes === null ? 'n/a (run with --expose-gc)' : `${(result.session.heapBytes / 2 ** 20).toFixed(1)} MB`}`);
  console.log(`  keystroke, files read from disk: first of a query p95 ${result.firstKeyMs.p95.toFixed(0)} ms, later p95 ${result.laterKeyMs.p95.toFixed(0)} ms (medians ${result.firstKeyMs.median.toFixed(1)} / ${result.laterKeyMs.median.toFixed(1)} ms)`);
  console.log(`  typo queries with their question in the top 3: ${result.typoTop3.found} of ${result.typoTop3.of} (in memory at 10,000: ${result.memoryTypoTop3At10k.found})`);
  for (const [protocol, b] of Object.entries(result.browser.error ? { browser: result.browser } : result.browser)) {
    const where = `in Chromium over ${protocol === 'http2' ? 'HTTP/2' : protocol === 'http1' ? 'HTTP/1.1' : protocol}`;
    if (b.error) {
      console.log(`  ${where}: n/a: ${b.error}`);
      continue;
    }
    console.log(`  ${where}: first cards at ${b.firstCardsMs.toFixed(0)} ms after ${kb(b.beforeCards.bytes)} gzip (script ${kb(b.beforeCards.script)}, head ${kb(b.beforeCards.head)}, ${b.beforeCards.files} files)`);
    console.log(`    keystroke to results painted: first of a query p95 ${b.firstKeyMs.p95.toFixed(0)} ms, later p95 ${b.laterKeyMs.p95.toFixed(0)} ms (medians ${b.firstKeyMs.median.toFixed(1)} / ${b.laterKeyMs.median.toFixed(1)} ms, ${b.keystrokes} keystrokes)`);
    console.log(`    the session transferred ${kb(b.session.bytes)} gzip in ${b.session.files} files (index ${kb(b.session.indexBytes)}); page heap after it ${(b.heapBytes / 2 ** 20).toFixed(1)} MB`);
    const kinds = Object.entries(b.session.byKind).sort(([, x], [, y]) => y.bytes - x.bytes);
    console.log(`    by kind: ${kinds.map(([kind, { files, bytes }]) => `${kind} ${files} files ${kb(bytes)}`).join(', ')}`);
    console.log(`    keystrokes (ms) by query: ${b.byQuery.map(([query, ms]) => `"${query}" ${ms.join(' ')}`).join('; ')}`);
  }
}
