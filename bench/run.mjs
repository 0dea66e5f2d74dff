/**
 * pip-widgets benchmark: `npm run bench` (builds first, then runs this file).
 *
 * Measures the BUILT library (dist/) in headless Chromium, served by a throwaway HTTP server on
 * 127.0.0.1. Absolute times drift on a small shared machine, so every load figure is a median
 * of several runs, and the library page and the static page are loaded alternately, so the
 * ratio compares pages measured under the same conditions. See bench/README.md.
 *
 * Environment knobs (for quick local runs): BENCH_SIZES=1000,10000 BENCH_RUNS=5 BENCH_QUERIES=15;
 * BENCH_STRICT=1 makes a failed budget exit 1. CHROME_PATH overrides /usr/bin/chromium.
 */
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir, cpus } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { generateBundle, generateQueries } from './corpus.mjs';
import { libraryPage, staticPage } from './pages.mjs';
import { probe } from './probe.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BENCH = import.meta.dirname;

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 15);
const KEY_INTERVAL_MS = 120; // a steady typist, ~100 words per minute
const LOAD_TIMEOUT_MS = 90_000;

const BUDGET = {
  gzipKB: 40, // the script-tag build, everything included (see src/content/schema.ts)
  firstCardsRatio: 1.0, // first cards painted must not come later than a static page's FCP
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};

// ---------------------------------------------------------------- sizes

function compressedSizes(source) {
  return {
    raw: source.length,
    // What a CDN serves: gzip -9 and brotli at its highest quality for static files.
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length,
  };
}

/** The module and every module of ours it imports (relative specifiers), lit/zod/fuse.js left out. */
function ownModules(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const relative = /(?:import|export)\b[^'"]*?\bfrom\s*["'](\.[^"']+)["']|import\s*["'](\.[^"']+)["']/g;
  for (const match of source.matchAll(relative)) ownModules(resolve(dirname(file), match[1] ?? match[2]), seen);
  return seen;
}

function measureSizes() {
  const sizes = [{ file: 'dist/pip-widgets.js', ...compressedSizes(readFileSync(join(DIST, 'pip-widgets.js'))) }];
  const components = join(DIST, 'lib', 'components');
  for (const dir of readdirSync(components).sort()) {
    for (const name of readdirSync(join(components, dir)).sort()) {
      if (!name.endsWith('.js')) continue;
      const file = join(components, dir, name);
      const entry = name === `${dir}.js`; // the per-element entry; the rest are its helpers
      sizes.push({
        file: file.slice(ROOT.length + 1),
        entry,
        ...compressedSizes(readFileSync(file)),
        // What `import 'pip-widgets/<element>'` adds once bundled: the entry with all our modules it pulls in.
        ...(entry && {
          withOwnImports: compressedSizes(Buffer.concat([...ownModules(file)].map((f) => readFileSync(f)))),
        }),
      });
    }
  }
  return sizes;
}

// ---------------------------------------------------------------- server

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };

/** Serves dist/ from disk and the generated pages and bundles from memory, never cached. */
function startServer(memory) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body = memory.get(path);
    if (!body && path.startsWith('/dist/')) {
      const file = resolve(ROOT, '.' + path);
      if (file.startsWith(DIST + sep) && existsSync(file)) body = readFileSync(file);
    }
    if (!body) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': `${TYPES[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------- browser


async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pip-bench-profile-'));
  try {
    const browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      userDataDir,
      args: ['--headless', ...chromiumArgs],
      protocolTimeout: 180_000,
      defaultViewport: { width: 1280, height: 800 },
    });
    return { browser, userDataDir };
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A fresh incognito context per load: no HTTP cache, no warm renderer from the previous page. */
async function openPage(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(probe);
  // Not awaited: the static 10k page parses for seconds after its first paint, and only the
  // probe's figures matter. Closing the context ends a navigation still under way.
  page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS }).catch(() => {});
  return { page, close: () => context.close() };
}

/** Waits for a condition on the probe's state; `__bench` is missing until the page commits. */
const waitForBench = (page, predicate, timeout = LOAD_TIMEOUT_MS, arg = null) =>
  page.waitForFunction(
    `window.__bench !== undefined && (${predicate})(window.__bench, ${JSON.stringify(arg)})`,
    { polling: 100, timeout },
  );

const readBench = (page) => page.evaluate(() => window.__bench);

/** Page A: time to the first frame with a question card, and the longest task before it. */
async function loadLibraryPage(browser, base, count) {
  const { page, close } = await openPage(browser, `${base}/a-${count}.html`);
  try {
    await waitForBench(page, (b) => b.firstCards !== null || b.error !== null);
    await sleep(500); // long-task entries are delivered to observers a little after the task
    const b = await readBench(page);
    if (b.error) return { error: b.error };
    const before = b.longtasks.filter(([start]) => start < b.firstCards).map(([, d]) => d);
    // Where the time goes, for whoever works on it: when the script and the bundle had arrived.
    const arrived = await page.evaluate(() => {
      const end = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part))?.responseEnd;
      return { scriptArrived: end('/dist/pip-widgets.js'), bundleArrived: end('/bench-data/') };
    });
    return { firstCards: b.firstCards, fcp: b.fcp, longestTask: before.length ? Math.max(...before) : 0, ...arrived };
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    await close();
  }
}

/** Page B: first-contentful-paint of plain HTML. */
async function loadStaticPage(browser, base, count) {
  const { page, close } = await openPage(browser, `${base}/b-${count}.html`);
  try {
    await waitForBench(page, (b) => b.fcp !== null);
    return { fcp: (await readBench(page)).fcp };
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    await close();
  }
}

async function measureLoads(browser, base, count) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate which page goes first, so neither always gets the cooler machine.
    const a = run % 2 === 0 ? await loadLibraryPage(browser, base, count) : null;
    const b = await loadStaticPage(browser, base, count);
    const a2 = a ?? (await loadLibraryPage(browser, base, count));
    const ratio = a2.firstCards && b.fcp ? a2.firstCards / b.fcp : null;
    runs.push({ library: a2, static: b, ratio });
    const show = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
    console.error(
      `  ${count} run ${run + 1}/${RUNS}: first cards ${show(a2.firstCards)}, static FCP ${show(b.fcp)}` +
        (a2.error ? ` (library page: ${a2.error})` : '') +
        (b.error ? ` (static page: ${b.error})` : ''),
    );
  }
  return {
    runs,
    firstCardsMs: median(runs.map((r) => r.library.firstCards)),
    libraryFcpMs: median(runs.map((r) => r.library.fcp)),
    scriptArrivedMs: median(runs.map((r) => r.library.scriptArrived)),
    bundleArrivedMs: median(runs.map((r) => r.library.bundleArrived)),
    staticFcpMs: median(runs.map((r) => r.static.fcp)),
    ratio: median(runs.map((r) => r.ratio)),
    longestLoadTaskMs: median(runs.map((r) => r.library.longestTask)),
    error: runs.map((r) => r.library.error ?? r.static.error).find(Boolean) ?? null,
  };
}

// ---------------------------------------------------------------- typing

const SEARCH_INPUT = 'input[type="search"]';

async function measureTyping(browser, base, count, queries) {
  const { page, close } = await openPage(browser, `${base}/a-${count}.html`);
  try {
    await waitForBench(page, (b) => b.firstCards !== null || b.error !== null);
    const loaded = await readBench(page);
    if (loaded.error) return { unavailable: `the feed failed to load: ${loaded.error}` };
    const hasInput = await page
      .waitForFunction((sel) => !!document.querySelector('pip-qa-feed')?.shadowRoot?.querySelector(sel), { timeout: 5000 }, SEARCH_INPUT)
      .then(() => true, () => false);
    if (!hasInput) return { unavailable: `<pip-qa-feed> has no ${SEARCH_INPUT} in its shadow root yet` };

    // Let the feed finish its own work (search index, deferred rendering): 3 s, then wait
    // for a full second with no long task, at most 10 s more.
    await sleep(3000);
    const quiet = (b) => {
      const last = b.longtasks.at(-1);
      return !last || performance.now() - (last[0] + last[1]) > 1000;
    };
    await waitForBench(page, quiet, 10_000).catch(() => {});
    const typingStart = await page.evaluate(() => performance.now());
    const loadTasks = (await readBench(page)).longtasks.map(([, d]) => d);

    const results = [];
    for (const { query, expectedId } of queries) {
      // Clear the previous query outside the measurement, and let the feed settle.
      const previous = await page.evaluate((sel) => {
        Object.assign(__bench, { recording: false, pending: [], lastNorm: '', painted: null });
        const input = document.querySelector('pip-qa-feed').shadowRoot.querySelector(sel);
        input.focus();
        input.select();
        return input.value;
      }, SEARCH_INPUT);
      if (previous) {
        await page.keyboard.press('Backspace');
        await waitForBench(page, (b) => b.lastSearch === '', 2000).catch(() => {});
      }
      await sleep(300);
      const before = await page.evaluate(() => {
        __bench.recording = true;
        return { from: __bench.latencies.length, start: performance.now() };
      });

      // A steady cadence, like a person: keys are sent on schedule and not held back while the
      // page is busy, so a slow search makes the next keystrokes queue, as they would for real.
      const start = performance.now();
      const presses = [];
      for (let i = 0; i < query.length; i++) {
        const wait = start + i * KEY_INTERVAL_MS - performance.now();
        if (wait > 0) await sleep(wait);
        presses.push(page.keyboard.press(query[i]));
      }
      await Promise.all(presses);
      const settled = await waitForBench(page, (b, q) => b.painted === q && b.pending.length === 0, 5000, query).then(
        () => true,
        () => false,
      );
      const outcome = await page.evaluate((sel, from) => {
        __bench.recording = false;
        const root = document.querySelector('pip-qa-feed').shadowRoot;
        const cards = [...root.querySelectorAll('[data-question-id]')].filter((el) => el.checkVisibility());
        return {
          top3: cards.slice(0, 3).map((el) => el.dataset.questionId),
          latencies: __bench.latencies.slice(from),
          end: performance.now(),
        };
      }, SEARCH_INPUT, before.from);
      results.push({ query, expectedId, settled, hit: outcome.top3.includes(expectedId), start: before.start, ...outcome });
    }

    const b = await readBench(page);
    // Only tasks that overlap a query being typed: clearing the box between queries is not typing.
    const whileTyping = ([start, duration]) => results.some((r) => start < r.end && start + duration > r.start);
    const typingTasks = b.longtasks.filter(whileTyping).map(([, d]) => d);
    const afterLoad = b.longtasks.filter(([start]) => start >= typingStart).map(([, d]) => d);
    const latencies = results.flatMap((r) => r.latencies);
    return {
      queries: results,
      keystrokes: latencies.length,
      // With debouncing, superseded keystrokes wait for the later results: the user's view.
      everyKeyP50Ms: percentile(b.everyKey, 50),
      everyKeyP95Ms: percentile(b.everyKey, 95),
      coalesced: b.coalesced,
      skipped: b.skipped,
      unmatchedSearches: b.unmatched,
      unsettledQueries: results.filter((r) => !r.settled).length,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      longestTypingTaskMs: typingTasks.length ? Math.max(...typingTasks) : 0,
      longestTaskClearingIncludedMs: afterLoad.length ? Math.max(...afterLoad) : 0,
      longestLoadTaskMs: loadTasks.length ? Math.max(...loadTasks) : 0,
      top3Percent: (100 * results.filter((r) => r.hit).length) / results.length,
      unavailable: latencies.length ? null : 'no pip-search event matched a keystroke',
    };
  } catch (error) {
    return { unavailable: String(error.message ?? error) };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- report

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} ms`);

function table(sizes, loads, typing) {
  const rows = [];
  const notes = []; // why a figure is n/a, printed under the table to keep it narrow
  const row = (figure, value, budget = '—', pass = null) => {
    let why = null;
    if (value.startsWith('n/a: ')) {
      why = value.slice(5);
      if (!notes.includes(why)) notes.push(why);
      value = `n/a [${notes.indexOf(why) + 1}]`;
    }
    const result = pass === null ? (value.startsWith('n/a') ? 'n/a' : 'info') : pass ? 'pass' : 'FAIL';
    rows.push({ figure, value, budget, result, ...(why && { why }) });
  };

  for (const s of sizes) {
    const name = s.file.replace(/^dist\//, '');
    if (name === 'pip-widgets.js') {
      row(`gzip ${name}`, kb(s.gzip), `<= ${BUDGET.gzipKB} KB`, s.gzip <= BUDGET.gzipKB * 1024);
      row(`brotli ${name}`, kb(s.brotli));
    } else if (s.entry) {
      // Per-element entries only; the modules they import are listed in results.json.
      const own = s.withOwnImports;
      row(
        `gzip / brotli ${name.replace('lib/components/', 'lib/…/')}`,
        `${kb(s.gzip)} / ${kb(s.brotli)} (with own imports ${kb(own.gzip)} / ${kb(own.brotli)})`,
      );
    }
  }
  for (const count of SIZES) {
    const l = loads[count];
    const t = typing[count];
    row(`${count} q: first cards painted (median of ${RUNS})`, l.firstCardsMs === null ? `n/a: ${l.error}` : ms(l.firstCardsMs));
    const missing = `n/a: ${l.error}`;
    row(`${count} q: static HTML FCP (median of ${RUNS})`, l.staticFcpMs === null ? missing : ms(l.staticFcpMs));
    row(
      `${count} q: first cards / static FCP`,
      l.ratio === null ? missing : `${l.ratio.toFixed(2)}x`,
      `<= ${BUDGET.firstCardsRatio.toFixed(1)}`,
      l.ratio === null ? null : l.ratio <= BUDGET.firstCardsRatio,
    );
    row(`${count} q: longest task before first cards`, l.longestLoadTaskMs === null ? missing : ms(l.longestLoadTaskMs));
    if (t.unavailable) {
      row(`${count} q: keystroke -> results painted`, `n/a: ${t.unavailable}`);
      continue;
    }
    row(`${count} q: keystroke -> results painted p50`, ms(t.p50Ms));
    row(`${count} q: keystroke -> results painted p95`, `${ms(t.p95Ms)} (${t.keystrokes} keys, ${t.coalesced} superseded)`);
    row(`${count} q: longest task while typing`, ms(t.longestTypingTaskMs));
    row(`${count} q: longest task, load until typing`, ms(t.longestLoadTaskMs));
    row(`${count} q: typo query finds question in top 3`, `${t.top3Percent.toFixed(0)}% of ${t.queries.length}`);
  }

  const widths = ['figure', 'value', 'budget', 'result'].map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  console.log(line(['figure', 'value', 'budget', 'result']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line([r.figure, r.value, r.budget, r.result]));
  notes.forEach((why, i) => console.log(`[${i + 1}] ${why}`));
  return rows;
}

// ---------------------------------------------------------------- main

async function main() {
  if (!existsSync(join(DIST, 'pip-widgets.js'))) {
    console.error('dist/pip-widgets.js is missing: run `npm run build` first (`npm run bench` does).');
    process.exit(1);
  }
  const began = Date.now();
  const sizes = measureSizes();

  // Generated once per size, served from memory, and kept in bench/.data/ for other tools.
  const memory = new Map();
  const queries = {};
  mkdirSync(join(BENCH, '.data'), { recursive: true });
  for (const count of SIZES) {
    const bundle = generateBundle(count, 1);
    const json = JSON.stringify(bundle);
    queries[count] = generateQueries(bundle, QUERIES, 2);
    memory.set(`/bench-data/questions-${count}.json`, Buffer.from(json));
    memory.set(`/a-${count}.html`, Buffer.from(libraryPage(count)));
    memory.set(`/b-${count}.html`, Buffer.from(staticPage(bundle)));
    writeFileSync(join(BENCH, '.data', `questions-${count}.json`), json);
    writeFileSync(join(BENCH, '.data', `queries-${count}.json`), JSON.stringify(queries[count], null, 1));
    console.error(`corpus ${count}: ${(json.length / 1e6).toFixed(1)} MB JSON, static page ${(memory.get(`/b-${count}.html`).length / 1e6).toFixed(1)} MB`);
  }

  const server = await startServer(memory);
  const base = `http://127.0.0.1:${server.address().port}`;
  const loads = {};
  const typing = {};
  let chromium = null;
  let session = null;
  try {
    session = await launch();
    chromium = await session.browser.version();
    for (const count of SIZES) {
      loads[count] = await measureLoads(session.browser, base, count);
      typing[count] = await measureTyping(session.browser, base, count, queries[count]);
      if (typing[count].unavailable) console.error(`  ${count} typing: n/a, ${typing[count].unavailable}`);
    }
  } catch (error) {
    // No browser (or it died): the sizes still stand; every browser figure says why it is missing.
    const reason = `Chromium failed: ${String(error.message ?? error).split('\n')[0]} (set CHROME_PATH, or run node scripts/ensure-chromium.mjs)`;
    console.error(reason);
    for (const count of SIZES) {
      loads[count] ??= { firstCardsMs: null, staticFcpMs: null, ratio: null, longestLoadTaskMs: null, error: reason };
      typing[count] ??= { unavailable: reason };
    }
  } finally {
    await session?.browser.close().catch(() => {});
    if (session) rmSync(session.userDataDir, { recursive: true, force: true });
    server.close();
  }

  console.log();
  const rows = table(sizes, loads, typing);
  const results = {
    date: new Date().toISOString(),
    environment: { chromium, node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model },
    config: { sizes: SIZES, runs: RUNS, queries: QUERIES, keyIntervalMs: KEY_INTERVAL_MS, budgets: BUDGET },
    sizes,
    loads,
    typing,
    table: rows,
    durationSeconds: Math.round((Date.now() - began) / 1000),
  };
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${chromium ?? 'no Chromium'}, Node ${process.version}; raw figures in bench/results.json (${results.durationSeconds} s)`);
  // A measurement, not a gate, unless asked: BENCH_STRICT=1 exits 1 when a budget fails.
  if (process.env.BENCH_STRICT === '1' && rows.some((r) => r.result === 'FAIL')) process.exitCode = 1;
}

await main();
