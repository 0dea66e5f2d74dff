/**
 * pip-widgets benchmark: `npm run bench` (builds first, then runs this file).
 *
 * Measures the BUILT library (dist/) in headless Chromium, served by a throwaway HTTP server on
 * 127.0.0.1. Absolute times drift on a small shared machine, so every load figure is a median
 * of several runs, and the library page and the static page are loaded alternately, so the
 * ratio compares pages measured under the same conditions. Search engines are compared side by
 * side on the same corpora in engines.mjs. See bench/README.md.
 *
 * Environment knobs (for quick local runs): BENCH_SIZES=1000,10000,50000 BENCH_RUNS=5
 * BENCH_QUERIES=15, and for sizes over 10,000 BENCH_RUNS_LARGE=3 BENCH_QUERIES_LARGE=8;
 * BENCH_ENGINES=0 skips the engine comparison; BENCH_ADVERSARIAL=0 skips the adversarial inputs
 * (BENCH_RUNS_ADVERSARIAL=3 loads each); BENCH_RELEVANCE=0 skips the judged queries;
 * BENCH_MOBILE=0 skips the mobile profile (BENCH_RUNS_MOBILE=3 loads per page, which is also
 * how many loads each page kind gets); BENCH_STRICT=1 makes a failed budget exit 1.
 * BENCH_DEPLOYMENT=100000[,1000000] builds and searches deployments of these sizes (0: none).
 * BENCH_BASELINE=<dir> also measures the build in <dir>/dist (another checkout, built), side by
 * side in the same run, and shows its figures in a column of their own.
 * CHROME_PATH overrides /usr/bin/chromium.
 */
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir, cpus } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { generateBundle, generateQueries } from './corpus.mjs';
import { adversarialCases, adversarialPage, hostileQueries } from './adversarial.mjs';
import { engineModules, enginePage, ENGINES, measureEngines } from './engines.mjs';
import { libraryPage, PAGE_KINDS, plainPage, staticPage, widgetPage } from './pages.mjs';
import { probe } from './probe.mjs';
import { measureDeployment } from './deployment.mjs';
import { measureRelevance, relevanceLines } from './relevance.mjs';
import { heapAfterGc, median, percentile, sleep, typeSteadily } from './util.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BENCH = import.meta.dirname;

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 15);
// A 50,000-question load takes ~20 s with its index and typing a query takes seconds: fewer
// runs and queries keep the whole bench within minutes on 2 cores. The table says how many.
const LARGE = 10_000;
const RUNS_LARGE = Number(process.env.BENCH_RUNS_LARGE ?? Math.min(3, RUNS));
const QUERIES_LARGE = Number(process.env.BENCH_QUERIES_LARGE ?? Math.min(8, QUERIES));
const runsFor = (count) => (count > LARGE ? RUNS_LARGE : RUNS);
const queriesFor = (count) => (count > LARGE ? QUERIES_LARGE : QUERIES);
const WITH_ENGINES = process.env.BENCH_ENGINES !== '0';
const WITH_ADVERSARIAL = process.env.BENCH_ADVERSARIAL !== '0';
const WITH_RELEVANCE = process.env.BENCH_RELEVANCE !== '0';
/** Sizes of a deployment to build and search (bench/deployment.mjs); 100,000 unless BENCH_DEPLOYMENT says (0: none). */
const DEPLOYMENT_SIZES = (process.env.BENCH_DEPLOYMENT ?? '100000').split(',').map(Number).filter((count) => count > 0);
const RUNS_ADVERSARIAL = Number(process.env.BENCH_RUNS_ADVERSARIAL ?? 3);
/** Another checkout whose dist/ is measured beside this one, served under /baseline/dist/. */
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null;
if (BASELINE && !existsSync(join(BASELINE, 'dist', 'pip-widgets.js'))) {
  console.error(`BENCH_BASELINE: ${BASELINE}/dist/pip-widgets.js is missing: build that checkout first.`);
  process.exit(1);
}
const KEY_INTERVAL_MS = 120; // a steady typist, ~100 words per minute
const LOAD_TIMEOUT_MS = 90_000;
const SEARCH_READY_TIMEOUT_MS = 120_000;

const BUDGET = {
  // The script-tag files: the loader (issue 15), and every element in one file (40 KB until
  // issue 15 gave it the page's side of the bundle worker; test/node/size.test.mjs keeps the same).
  gzipKB: { 'pip-widgets.js': 8, 'pip-widgets.all.js': 42 },
  // Judged queries at 10,000 questions (issue 14): ours, overall and in every family.
  relevance: { overallMrr: 0.9, familyMrr: 0.6 },
  // Per corpus size (issues 8 and 15); a size or figure not listed has no budget.
  bySize: {
    // firstCardsRatio: first cards painted / the styled static page's FCP (1k keeps the budget it
    // had before issue 8); plainRatio: the same over the plain page's FCP; loadTaskMs: the longest
    // task from navigation to search ready; heapMB: the main thread's heap.
    1000: { firstCardsRatio: 1.0, keystrokeP95Ms: 16 }, // 16 ms: results in the next frame
    10000: { firstCardsRatio: 1.0, plainRatio: 0.8, keystrokeP95Ms: 50, typingTaskMs: 100, loadTaskMs: 50, searchAfterCardsMs: 300 },
    50000: { firstCardsRatio: 2.0, keystrokeP95Ms: 100, loadTaskMs: 50, searchAfterCardsMs: 1000, heapMB: 40 },
  },
  // The mobile profile at 10,000 questions (issue 15).
  mobile: { plainRatio: 0.8 },
  // JavaScript transferred (gzip) before a page kind's content is painted (issue 15).
  pageKindKB: { feed: 30, course: 20, checklist: 20 },
  // A deployment (issue 16), per size: its build, and a session of five typed queries.
  deployment: {
    100000: { buildS: 120, buildMB: 1024, beforeCardsKB: 80, sessionMB: 1.5, heapMB: 30, firstKeyP95Ms: 150, laterKeyP95Ms: 50 },
    1000000: { beforeCardsKB: 80, sessionMB: 3, heapMB: 30 },
  },
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
  const sizes = Object.keys(BUDGET.gzipKB).map((name) => ({
    file: `dist/${name}`,
    ...compressedSizes(readFileSync(join(DIST, name))),
    // A baseline from before issue 15 has no loader: its pip-widgets.js is the single file.
    ...(BASELINE && existsSync(join(BASELINE, 'dist', name)) && { baseline: compressedSizes(readFileSync(join(BASELINE, 'dist', name))) }),
  }));
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

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.map': 'application/json',
};
/** Folders served from disk: the built library, and the engines the comparison page imports. */
const SERVED = ['dist', 'node_modules'].map((dir) => join(ROOT, dir));

/** Gzipped bodies by path and length, made once per run. */
const compressed = new Map();

/** Serves dist/ and node_modules/ from disk and the generated pages and bundles from memory, never cached. */
function startServer(memory) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body = memory.get(path);
    if (!body && BASELINE && path.startsWith('/baseline/dist/')) {
      const dist = join(BASELINE, 'dist');
      const file = resolve(dist, '.' + path.slice('/baseline/dist'.length));
      if (file.startsWith(dist + sep) && existsSync(file)) body = readFileSync(file);
    }
    if (!body) {
      const file = resolve(ROOT, '.' + path);
      if (SERVED.some((dir) => file.startsWith(dir + sep)) && existsSync(file)) body = readFileSync(file);
    }
    if (!body) {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    // Compressed as a CDN serves text (gzip -9, once per file), so bytes transferred and the
    // mobile profile's network see what a reader's browser receives.
    const gzipped = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && extname(path) !== '.map';
    if (gzipped) {
      const key = `${path}\0${body.length}`;
      if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
      body = compressed.get(key);
    }
    res.writeHead(200, {
      'content-type': `${TYPES[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`,
      'content-length': body.length,
      ...(gzipped && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
      'cache-control': 'no-store',
      // Cross-origin isolation gives the engine page performance.now() at 5 µs instead of 100 µs.
      // Only there: the library pages stay as a site would serve them.
      ...(path === '/engines.html' && {
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      }),
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

/**
 * The mobile profile: a mid-range phone is about four times slower than this machine's core, on
 * a network of about 9 Mbit/s with 40 ms latency (Chrome DevTools Protocol emulation).
 */
const MOBILE = { cpuSlowdown: 4, network: { download: 9e6 / 8, upload: 9e6 / 8, latency: 40 } };
const RUNS_MOBILE = Number(process.env.BENCH_RUNS_MOBILE ?? Math.min(3, RUNS));
const MOBILE_SIZE = 10_000;
const WITH_MOBILE = process.env.BENCH_MOBILE !== '0';

/** A fresh incognito context per load: no HTTP cache, no warm renderer from the previous page. */
async function openPage(browser, url, probeOptions = {}, profile = 'desktop') {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (profile === 'mobile') {
    await page.emulateCPUThrottling(MOBILE.cpuSlowdown);
    await page.emulateNetworkConditions(MOBILE.network);
  }
  await page.evaluateOnNewDocument(probe, probeOptions);
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

const SEARCH_INPUT = 'input[type="search"]';

/** Sets the feed's search box the way typing does (one input event); the feed reads nothing else. */
const setSearchBox = (page, value) =>
  page.evaluate(
    (sel, v) => {
      const input = document.querySelector('pip-qa-feed')?.shadowRoot?.querySelector(sel);
      if (!input) return;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    },
    SEARCH_INPUT,
    value,
  );

/**
 * After first cards: waits for the probe's query to get its results (search ready), then clears
 * it and takes the heap as the reader then leaves the page: the full list, index built.
 */
async function searchReadyAndHeap(page) {
  const ready = await waitForBench(page, (b) => b.searchReady !== null || b.error !== null, SEARCH_READY_TIMEOUT_MS).then(
    () => true,
    () => false,
  );
  const b = await readBench(page);
  if (!ready || b.searchReady === null) {
    return {
      searchError:
        b.searchTyped === null
          ? 'the probe query was never typed (no pip-load, or no search box)'
          : `no results for the probe query within ${SEARCH_READY_TIMEOUT_MS / 1000} s`,
    };
  }
  await setSearchBox(page, '');
  await waitForBench(page, (b) => b.lastSearch === '', 5000).catch(() => {});
  await sleep(300);
  const untilReady = (await readBench(page)).longtasks.filter(([start]) => start < b.searchReady).map(([, d]) => d);
  return {
    // From navigation to search ready: the bundle read, the first cards, the index built.
    longestTaskToSearchReady: untilReady.length ? Math.max(...untilReady) : 0,
    loaded: b.loaded,
    searchTyped: b.searchTyped,
    searchReady: b.searchReady,
    searchAfterCards: b.searchReady - b.firstCards,
    // pip-load to results: the index build in background slices, plus one search, as the feed runs it.
    searchAfterLoad: b.searchReady - b.loaded,
    heap: await heapAfterGc(page),
  };
}

/** Page A: time to the first frame with a question card, the longest task before it, search ready, heap. */
async function loadLibraryPage(browser, base, count, searchQuery, kind = 'a', profile = 'desktop') {
  const { page, close } = await openPage(browser, `${base}/${kind}-${count}.html`, { searchQuery }, profile);
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
    return {
      firstCards: b.firstCards,
      fcp: b.fcp,
      longestTask: before.length ? Math.max(...before) : 0,
      ...arrived,
      ...(await searchReadyAndHeap(page)),
    };
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    await close();
  }
}

/** Page P (plain) or B (styled): its first-contentful-paint. */
async function loadStaticPage(browser, base, count, kind = 'b', profile = 'desktop') {
  const { page, close } = await openPage(browser, `${base}/${kind}-${count}.html`, {}, profile);
  try {
    await waitForBench(page, (b) => b.fcp !== null);
    return { fcp: (await readBench(page)).fcp };
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    await close();
  }
}

/** The medians of a set of library-page loads, each with the static load of its run. */
function loadFigures(runs, pick) {
  const library = runs.map(pick);
  const ratioTo = (page) => median(runs.map((r, i) => (library[i].firstCards && r[page].fcp ? library[i].firstCards / r[page].fcp : null)));
  return {
    plainRatio: ratioTo('plain'),
    longestTaskToSearchReadyMs: median(library.map((l) => l.longestTaskToSearchReady)),
    firstCardsMs: median(library.map((l) => l.firstCards)),
    libraryFcpMs: median(library.map((l) => l.fcp)),
    scriptArrivedMs: median(library.map((l) => l.scriptArrived)),
    bundleArrivedMs: median(library.map((l) => l.bundleArrived)),
    ratio: ratioTo('static'),
    longestLoadTaskMs: median(library.map((l) => l.longestTask)),
    searchAfterCardsMs: median(library.map((l) => l.searchAfterCards)),
    searchAfterLoadMs: median(library.map((l) => l.searchAfterLoad)),
    heapBytes: median(library.map((l) => l.heap?.bytes)),
    error: runs.map((r, i) => library[i].error ?? r.static.error ?? r.plain.error).find(Boolean) ?? null,
    searchError: library.map((l) => l.error ?? l.searchError).find(Boolean) ?? null,
  };
}

async function measureLoads(browser, base, count, searchQuery, profile = 'desktop') {
  const runs = [];
  const total = profile === 'mobile' ? RUNS_MOBILE : runsFor(count);
  const kinds = ['a', 'p', 'b', ...(BASELINE ? ['base'] : [])];
  for (let run = 0; run < total; run++) {
    // Rotate which page goes first, so none always gets the cooler machine.
    const order = [...kinds.slice(run % kinds.length), ...kinds.slice(0, run % kinds.length)];
    const loaded = {};
    for (const kind of order) {
      loaded[kind] =
        kind === 'b' || kind === 'p'
          ? await loadStaticPage(browser, base, count, kind, profile)
          : await loadLibraryPage(browser, base, count, searchQuery, kind, profile);
    }
    const a2 = loaded.a;
    const b = loaded.b;
    const ratio = a2.firstCards && b.fcp ? a2.firstCards / b.fcp : null;
    runs.push({ library: a2, static: b, plain: loaded.p, ratio, ...(BASELINE && { baseline: loaded.base }) });
    const show = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
    console.error(
      `  ${count}${profile === 'mobile' ? ' mobile' : ''} run ${run + 1}/${total}: first cards ${show(a2.firstCards)}` +
        (BASELINE ? ` (baseline ${show(loaded.base.firstCards)})` : '') +
        `, plain FCP ${show(loaded.p.fcp)}, styled FCP ${show(b.fcp)}, search ready ${show(a2.searchAfterCards)} after them, heap ${a2.heap ? mb(a2.heap.bytes) : 'n/a'}` +
        (a2.error ? ` (library page: ${a2.error})` : '') +
        (a2.searchError ? ` (search: ${a2.searchError})` : '') +
        (b.error ? ` (static page: ${b.error})` : ''),
    );
  }
  return {
    runCount: total,
    runs,
    ...loadFigures(runs, (r) => r.library),
    staticFcpMs: median(runs.map((r) => r.static.fcp)),
    plainFcpMs: median(runs.map((r) => r.plain.fcp)),
    ...(BASELINE && { baseline: loadFigures(runs, (r) => r.baseline) }),
  };
}

// ---------------------------------------------------------------- page kinds

/**
 * One load of a page kind: when its widgets' content is painted, and the JavaScript it
 * transferred (gzip bodies, from Resource Timing) before that frame and in all, once the page
 * has been idle for a while (the search engine and other files fetched later included).
 */
async function loadPageKind(browser, url) {
  const { page, close } = await openPage(browser, url);
  try {
    await waitForBench(page, (b) => b.contentPainted !== null || b.error !== null);
    await sleep(2000);
    const b = await readBench(page);
    if (b.error) return { error: b.error };
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ file: new URL(e.name).pathname, bytes: e.encodedBodySize, end: e.responseEnd })),
    );
    const sum = (list) => list.reduce((total, { bytes }) => total + bytes, 0);
    const before = scripts.filter((script) => script.end <= b.contentPainted);
    return { contentPainted: b.contentPainted, jsBefore: sum(before), jsAll: sum(scripts), filesBefore: before.map((s) => s.file) };
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    await close();
  }
}

/** Every page kind, this build and the baseline alternately: medians of RUNS_MOBILE loads each. */
async function measurePageKinds(browser, base) {
  const results = {};
  for (const kind of Object.keys(PAGE_KINDS)) {
    const builds = ['kind', ...(BASELINE ? ['kindbase'] : [])];
    const runs = Object.fromEntries(builds.map((build) => [build, []]));
    for (let run = 0; run < RUNS_MOBILE; run++) {
      for (const build of run % 2 ? [...builds].reverse() : builds) runs[build].push(await loadPageKind(browser, `${base}/${build}-${kind}.html`));
    }
    const figures = (loads) => ({
      loads,
      contentPaintedMs: median(loads.map((l) => l.contentPainted)),
      jsBeforeBytes: median(loads.map((l) => l.jsBefore)),
      jsAllBytes: median(loads.map((l) => l.jsAll)),
      error: loads.map((l) => l.error).find(Boolean) ?? null,
    });
    results[kind] = { ...figures(runs.kind), ...(BASELINE && { baseline: figures(runs.kindbase) }) };
    const r = results[kind];
    console.error(`  page kind ${kind}: content painted ${ms(r.contentPaintedMs)}, JS before it ${r.jsBeforeBytes == null ? 'n/a' : kb(r.jsBeforeBytes)}${r.error ? ` (${r.error})` : ''}`);
  }
  return results;
}

// ---------------------------------------------------------------- typing

async function measureTyping(browser, base, count, queries, searchQuery, kind = 'a') {
  const { page, close } = await openPage(browser, `${base}/${kind}-${count}.html`, { searchQuery });
  try {
    await waitForBench(page, (b) => b.firstCards !== null || b.error !== null);
    const loaded = await readBench(page);
    if (loaded.error) return { unavailable: `the feed failed to load: ${loaded.error}` };
    const hasInput = await page
      .waitForFunction((sel) => !!document.querySelector('pip-qa-feed')?.shadowRoot?.querySelector(sel), { timeout: 5000 }, SEARCH_INPUT)
      .then(() => true, () => false);
    if (!hasInput) return { unavailable: `<pip-qa-feed> has no ${SEARCH_INPUT} in its shadow root yet` };

    // Typing before the index is built would only show "Searching…": wait for the probe's query
    // to get results (the box is cleared before the first query is typed).
    const ready = await waitForBench(page, (b) => b.searchReady !== null, SEARCH_READY_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    if (!ready) return { unavailable: `search not ready ${SEARCH_READY_TIMEOUT_MS / 1000} s after load` };
    // Let the feed finish the rest of its own work (deferred rendering): 1 s, then wait for a
    // full second with no long task, at most 10 s more.
    await sleep(1000);
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

      await typeSteadily(page, query, KEY_INTERVAL_MS);
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

/** Two typing sessions of the same build as one: their keystrokes pooled, their worst tasks kept. */
function pooledTyping(a, b) {
  if (a.unavailable || b.unavailable) return a.unavailable ? a : b;
  const latencies = [...a.queries, ...b.queries].flatMap((query) => query.latencies);
  return {
    ...a,
    queries: [...a.queries, ...b.queries],
    keystrokes: a.keystrokes + b.keystrokes,
    coalesced: a.coalesced + b.coalesced,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    longestTypingTaskMs: Math.max(a.longestTypingTaskMs, b.longestTypingTaskMs),
    longestLoadTaskMs: Math.max(a.longestLoadTaskMs, b.longestLoadTaskMs),
    top3Percent: (a.top3Percent + b.top3Percent) / 2,
    sessions: [a, b],
  };
}

// ---------------------------------------------------------------- adversarial inputs

/** One load of an adversarial case: first cards, pip-load, search ready for its query, the longest task. */
async function loadAdversarialPage(browser, url, searchQuery) {
  const { page, close } = await openPage(browser, url, { searchQuery });
  try {
    await waitForBench(page, (b) => (b.firstCards !== null && b.loaded !== null) || b.error !== null);
    const searched = await waitForBench(page, (b) => b.searchReady !== null || b.error !== null, SEARCH_READY_TIMEOUT_MS).then(
      () => true,
      () => false,
    );
    await sleep(500); // long-task entries arrive a little after the task
    const b = await readBench(page);
    if (b.error) return { error: b.error };
    const tasks = b.longtasks.map(([, d]) => d);
    return {
      firstCards: b.firstCards,
      loaded: b.loaded,
      searchAfterLoad: searched ? b.searchReady - b.loaded : null,
      longestTask: tasks.length ? Math.max(...tasks) : 0,
    };
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    await close();
  }
}

/**
 * Hostile queries (the Big List of Naughty Strings and DOMPurify's attack payloads) set one after
 * the other in the search box of a loaded feed: each from the input event to the frame after its
 * `pip-search`. A query that searches nothing new (blank, or the same as the one before) sends no
 * event and is counted apart.
 */
async function measureHostileQueries(browser, url, searchQuery, queries) {
  const { page, close } = await openPage(browser, url, { searchQuery });
  try {
    await waitForBench(page, (b) => b.searchReady !== null || b.error !== null, SEARCH_READY_TIMEOUT_MS);
    return await page.evaluate(async (sel, list) => {
      const input = document.querySelector('pip-qa-feed').shadowRoot.querySelector(sel);
      const times = [];
      let silent = 0;
      for (const query of list) {
        const start = performance.now();
        const answered = new Promise((resolve) => {
          const timer = setTimeout(() => resolve(false), 2000);
          document.addEventListener('pip-search', () => (clearTimeout(timer), resolve(true)), { once: true });
        });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        if (!(await answered)) {
          silent++;
          continue;
        }
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const at = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? null;
      return { queries: list.length, answered: times.length, silent, p50Ms: at(50), p95Ms: at(95), maxMs: times.at(-1) ?? null };
    }, SEARCH_INPUT, queries);
  } catch (error) {
    return { error: String(error.message ?? error) };
  } finally {
    await close();
  }
}

/** Every case, this build and the baseline loaded alternately, medians of RUNS_ADVERSARIAL loads. */
async function measureAdversarial(browser, base, cases) {
  const results = {};
  for (const [index, { name, query }] of cases.entries()) {
    const kinds = ['adv', ...(BASELINE ? ['advbase'] : [])];
    const runs = Object.fromEntries(kinds.map((kind) => [kind, []]));
    for (let run = 0; run < RUNS_ADVERSARIAL; run++) {
      const order = run % 2 ? [...kinds].reverse() : kinds;
      for (const kind of order) runs[kind].push(await loadAdversarialPage(browser, `${base}/${kind}-${index}.html`, query));
    }
    const figures = (loadsOfBuild) => ({
      runs: loadsOfBuild,
      firstCardsMs: median(loadsOfBuild.map((l) => l.firstCards)),
      loadedMs: median(loadsOfBuild.map((l) => l.loaded)),
      searchAfterLoadMs: median(loadsOfBuild.map((l) => l.searchAfterLoad)),
      longestTaskMs: median(loadsOfBuild.map((l) => l.longestTask)),
      error: loadsOfBuild.map((l) => l.error).find(Boolean) ?? null,
    });
    results[name] = { ...figures(runs.adv), ...(BASELINE && { baseline: figures(runs.advbase) }) };
    const r = results[name];
    console.error(`  adversarial ${name}: first cards ${ms(r.firstCardsMs)}, search +${ms(r.searchAfterLoadMs)}, longest task ${ms(r.longestTaskMs)}${r.error ? ` (${r.error})` : ''}`);
  }
  return results;
}

// ---------------------------------------------------------------- report

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} ms`);
/** Sub-millisecond searches are common: keep two decimals below 10 ms. */
const fineMs = (x) => (x === null || x === undefined ? 'n/a' : x < 10 ? `${x.toFixed(2)} ms` : `${Math.round(x)} ms`);

function table(sizes, loads, typing, engines, typingBase, adversarial = {}, relevance = null, mobile = null, pageKinds = {}, deployments = {}) {
  const rows = [];
  const notes = []; // why a figure is n/a, printed under the table to keep it narrow
  const note = (value) => {
    if (!value.startsWith('n/a: ')) return { value };
    const why = value.slice(5);
    if (!notes.includes(why)) notes.push(why);
    return { value: `n/a [${notes.indexOf(why) + 1}]`, why };
  };
  /** `baseline`: the same figure for BENCH_BASELINE's build, measured in the same run. */
  const row = (figure, value, budget = '—', pass = null, baseline = null) => {
    const shown = note(value);
    const result = pass === null ? (shown.value.startsWith('n/a') ? 'n/a' : 'info') : pass ? 'pass' : 'FAIL';
    rows.push({
      figure,
      value: shown.value,
      budget,
      result,
      ...(shown.why && { why: shown.why }),
      ...(BASELINE && { baseline: baseline === null ? '' : note(baseline).value }),
    });
  };
  /** A figure with an upper bound, when this size has one; info otherwise. */
  const bounded = (figure, x, shown, limit, label = (l) => `<= ${l} ms`, baseline = null) =>
    limit === undefined || x === null || x === undefined
      ? row(figure, shown, '—', null, baseline)
      : row(figure, shown, label(limit), x <= limit, baseline);

  for (const s of sizes) {
    const name = s.file.replace(/^dist\//, '');
    const limit = BUDGET.gzipKB[name];
    if (limit) {
      row(`gzip ${name}`, kb(s.gzip), `<= ${limit} KB`, s.gzip <= limit * 1024, s.baseline && kb(s.baseline.gzip));
      row(`brotli ${name}`, kb(s.brotli), '—', null, s.baseline && kb(s.baseline.brotli));
    } else if (s.entry) {
      // Per-element entries only; the modules they import are listed in results.json.
      const own = s.withOwnImports;
      row(
        `gzip / brotli ${name.replace('lib/components/', 'lib/…/')}`,
        `${kb(s.gzip)} / ${kb(s.brotli)} (with own imports ${kb(own.gzip)} / ${kb(own.brotli)})`,
      );
    }
  }
  /** The rows of one set of page loads (a size, or the mobile profile). */
  const loadRows = (prefix, l, budget, runs) => {
    const cells = loadCells(l);
    const base = l.baseline ? loadCells(l.baseline) : {};
    const ratioLabel = (x) => `<= ${x.toFixed(1)}x`;
    row(`${prefix}: first cards painted (median of ${runs})`, cells.firstCards, '—', null, base.firstCards);
    row(`${prefix}: plain HTML FCP (median of ${runs})`, l.plainFcpMs == null ? `n/a: ${l.error}` : ms(l.plainFcpMs));
    row(`${prefix}: styled HTML FCP (median of ${runs})`, l.staticFcpMs == null ? `n/a: ${l.error}` : ms(l.staticFcpMs));
    bounded(`${prefix}: first cards / plain HTML FCP`, l.plainRatio, cells.plainRatio, budget.plainRatio, ratioLabel, base.plainRatio);
    bounded(`${prefix}: first cards / styled HTML FCP`, l.ratio, cells.ratio, budget.firstCardsRatio, ratioLabel, base.ratio);
    row(`${prefix}: longest task before first cards`, cells.longestTask, '—', null, base.longestTask);
    bounded(`${prefix}: longest task, navigation to search ready`, l.longestTaskToSearchReadyMs, cells.taskToSearch, budget.loadTaskMs, undefined, base.taskToSearch);
    bounded(`${prefix}: search ready, after first cards`, l.searchAfterCardsMs, cells.searchAfterCards, budget.searchAfterCardsMs, undefined, base.searchAfterCards);
    row(`${prefix}: search ready, after pip-load (index build)`, cells.searchAfterLoad, '—', null, base.searchAfterLoad);
    const heapLimit = budget.heapMB;
    bounded(`${prefix}: JS heap after load (after GC)`, l.heapBytes == null ? null : l.heapBytes / 1024 / 1024, cells.heap, heapLimit, (x) => `<= ${x} MB`, base.heap);
  };
  /** The load figures of one build, as shown. */
  const loadCells = (l) => {
    const missing = `n/a: ${l.error}`;
    const noSearch = `n/a: ${l.searchError ?? l.error}`;
    return {
      firstCards: l.firstCardsMs == null ? missing : ms(l.firstCardsMs),
      ratio: l.ratio == null ? missing : `${l.ratio.toFixed(2)}x`,
      plainRatio: l.plainRatio == null ? missing : `${l.plainRatio.toFixed(2)}x`,
      taskToSearch: l.longestTaskToSearchReadyMs == null ? noSearch : ms(l.longestTaskToSearchReadyMs),
      longestTask: l.longestLoadTaskMs == null ? missing : ms(l.longestLoadTaskMs),
      searchAfterCards: l.searchAfterCardsMs == null ? noSearch : ms(l.searchAfterCardsMs),
      searchAfterLoad: l.searchAfterLoadMs == null ? noSearch : ms(l.searchAfterLoadMs),
      heap: l.heapBytes == null ? noSearch : mb(l.heapBytes),
    };
  };
  for (const count of SIZES) {
    const budget = BUDGET.bySize[count] ?? {};
    const runs = loads[count].runCount ?? runsFor(count);
    const l = loads[count];
    loadRows(`${count} q`, l, budget, runs);

    const typingCells = (t) =>
      t.unavailable
        ? { unavailable: `n/a: ${t.unavailable}` }
        : {
            p50: ms(t.p50Ms),
            p95: `${ms(t.p95Ms)} (${t.keystrokes} keys, ${t.coalesced} superseded)`,
            task: ms(t.longestTypingTaskMs),
            loadTask: ms(t.longestLoadTaskMs),
            top3: `${t.top3Percent.toFixed(0)}% of ${t.queries.length}`,
          };
    const t = typing[count];
    const tb = typingBase[count] ? typingCells(typingBase[count]) : {};
    if (t.unavailable) {
      row(`${count} q: keystroke -> results painted`, `n/a: ${t.unavailable}`, '—', null, tb.unavailable ?? tb.p95);
    } else {
      const typed = `${t.queries.length} queries`;
      const c = typingCells(t);
      row(`${count} q: keystroke -> results painted p50 (${typed})`, c.p50, '—', null, tb.p50 ?? tb.unavailable);
      bounded(`${count} q: keystroke -> results painted p95 (${typed})`, t.p95Ms, c.p95, budget.keystrokeP95Ms, undefined, tb.p95 ?? tb.unavailable);
      bounded(`${count} q: longest task while typing`, t.longestTypingTaskMs, c.task, budget.typingTaskMs, undefined, tb.task);
      row(`${count} q: longest task, load until typing`, c.loadTask, '—', null, tb.loadTask);
      row(`${count} q: typo query finds question in top 3`, c.top3, '—', null, tb.top3);
    }
    if (engines[count]) engineRows(row, count, engines[count]);
  }

  if (mobile) loadRows(`mobile, ${MOBILE_SIZE} q`, mobile, BUDGET.mobile, mobile.runCount);
  for (const [kind, k] of Object.entries(pageKinds)) {
    const cells = (x) => (x.error ? { painted: `n/a: ${x.error}`, before: `n/a: ${x.error}`, all: `n/a: ${x.error}` } : {
      painted: ms(x.contentPaintedMs),
      before: kb(x.jsBeforeBytes),
      all: kb(x.jsAllBytes),
    });
    const c = cells(k);
    const b = k.baseline ? cells(k.baseline) : {};
    const limit = BUDGET.pageKindKB[kind];
    row(`page kind ${kind}: content painted (median of ${k.loads.length})`, c.painted, '—', null, b.painted);
    bounded(`page kind ${kind}: JS transferred before content painted (gzip)`, k.jsBeforeBytes == null ? null : k.jsBeforeBytes / 1024, c.before, limit, (x) => `<= ${x} KB`, b.before);
    row(`page kind ${kind}: JS transferred in all, page idle (gzip)`, c.all, '—', null, b.all);
  }

  if (relevance) {
    for (const { group, size, cells } of relevanceLines(relevance)) {
      const ours = relevance.engines.ours;
      const mrr = ours.unavailable ? null : ours.groups[group].mrr10;
      const limit = group === 'overall' ? BUDGET.relevance.overallMrr : group === 'not English' ? undefined : BUDGET.relevance.familyMrr;
      const figure = `relevance ${relevance.count} q, ${group} (${size} queries): MRR@10 / nDCG@10 / success@3 / no result`;
      // Ahead of every other engine on each family but exact matches, where ties are fine.
      const family = group !== 'overall' && group !== 'not English';
      const others = Object.entries(relevance.engines).filter(([name, e]) => name !== 'ours' && !e.unavailable);
      const best = Math.max(...others.map(([, e]) => e.groups[group].mrr10));
      const ahead = !family || group === 'exact' ? mrr >= best : mrr > best;
      if (limit === undefined || mrr === null) row(figure, cells.join(' | '));
      else row(figure, cells.join(' | '), `ours MRR >= ${limit.toFixed(2)}${family ? ', ahead of the others' : ''}`, mrr >= limit && (!family || ahead));
    }
  }
  for (const [count, d] of Object.entries(deployments)) {
    const limit = BUDGET.deployment[count] ?? {};
    const check = (figure, value, shown, max, unit) =>
      max === undefined || value === null ? row(figure, shown) : row(figure, shown, `<= ${max} ${unit}`, value <= max);
    const name = `deployment ${Number(count).toLocaleString('en')} q`;
    if (d.error) {
      row(`${name}`, `n/a: ${d.error}`);
      continue;
    }
    check(`${name}: build time`, d.buildMs / 1000, `${(d.buildMs / 1000).toFixed(1)} s`, limit.buildS, 's');
    check(`${name}: build peak memory`, d.buildRssBytes && d.buildRssBytes / 2 ** 20, d.buildRssBytes ? mb(d.buildRssBytes) : 'n/a: no /usr/bin/time', limit.buildMB, 'MB');
    row(`${name}: files, and bytes on disk`, `${d.files} files, ${mb(d.bytesOnDisk)}`);
    row(`${name}: head file (gzip)`, kb(d.headGzipBytes));
    row(`${name}: five typed queries transfer (Node: every keystroke, its 20 cards, gzip)`, `${mb(d.session.bytes)} in ${d.session.files} files (index ${mb(d.session.indexBytes)}, cards ${mb(d.session.cardBytes)})`);
    row(`${name}: keystroke p95, first / later of a query (Node, files from disk)`, `${fineMs(d.firstKeyMs.p95)} / ${fineMs(d.laterKeyMs.p95)}`);
    for (const [protocol, b] of Object.entries(d.browser?.error ? { browser: d.browser } : (d.browser ?? {}))) {
      const where = `Chromium, ${protocol === 'http2' ? 'HTTP/2' : protocol === 'http1' ? 'HTTP/1.1' : protocol}`;
      if (b.error) {
        row(`${name}: the feed on it (${where})`, `n/a: ${b.error}`);
        continue;
      }
      check(`${name}: bytes before the first cards (${where}; script + head, gzip)`, b.beforeCards.bytes / 1024, `${kb(b.beforeCards.bytes)} (script ${kb(b.beforeCards.script)}, head ${kb(b.beforeCards.head)})`, limit.beforeCardsKB, 'KB');
      check(`${name}: first keystroke of a query to results painted p95 (${where})`, b.firstKeyMs.p95, fineMs(b.firstKeyMs.p95), limit.firstKeyP95Ms, 'ms');
      check(`${name}: later keystrokes to results painted p95 (${where})`, b.laterKeyMs.p95, fineMs(b.laterKeyMs.p95), limit.laterKeyP95Ms, 'ms');
      check(`${name}: five typed queries transfer (${where}, gzip)`, b.session.bytes / 2 ** 20, `${mb(b.session.bytes)} in ${b.session.files} files (index ${mb(b.session.indexBytes)})`, limit.sessionMB, 'MB');
      check(`${name}: page heap after them (${where})`, b.heapBytes / 2 ** 20, mb(b.heapBytes), limit.heapMB, 'MB');
    }
    row(`${name}: typo queries with their question in the top 3`, `${d.typoTop3.found} of ${d.typoTop3.of}`, `>= ${d.memoryTypoTop3At10k.found} (in memory at 10,000)`, d.typoTop3.found >= d.memoryTypoTop3At10k.found);
  }
  for (const [name, a] of Object.entries(adversarial)) {
    if (a.hostile) {
      const cells = (h) => (h.error ? `n/a: ${h.error}` : `p50 ${fineMs(h.p50Ms)}, p95 ${fineMs(h.p95Ms)}, max ${ms(h.maxMs)} (${h.answered} searched)`);
      row(`adversarial, ${name}: query -> results painted`, cells(a), '—', null, a.baseline && cells(a.baseline));
      continue;
    }
    const cell = (l, x) => (l.error ? `n/a: ${l.error}` : ms(x));
    const b = a.baseline;
    const runs = `median of ${a.runs.length}`;
    row(`adversarial, ${name}: first cards painted (${runs})`, cell(a, a.firstCardsMs), '—', null, b && cell(b, b.firstCardsMs));
    row(`adversarial, ${name}: search ready, after pip-load`, cell(a, a.searchAfterLoadMs), '—', null, b && cell(b, b.searchAfterLoadMs));
    row(`adversarial, ${name}: longest task`, cell(a, a.longestTaskMs), '—', null, b && cell(b, b.longestTaskMs));
  }

  const columns = ['figure', 'value', ...(BASELINE ? ['baseline'] : []), 'budget', 'result'];
  const widths = columns.map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  if (BASELINE) console.log(`baseline: ${BASELINE}/dist, measured in the same run`);
  console.log(line(columns));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(columns.map((k) => r[k])));
  notes.forEach((why, i) => console.log(`[${i + 1}] ${why}`));
  return rows;
}

/** One row per figure with the engines side by side: "ours … / uFuzzy … / MiniSearch …". */
function engineRows(row, count, results) {
  const side = (format) =>
    ENGINES.map((name) => {
      const e = results[name];
      return `${name} ${e.unavailable ? `n/a (${e.unavailable})` : format(e)}`;
    }).join(' / ');
  const measured = ENGINES.map((name) => results[name]).filter((e) => !e.unavailable);
  const keys = [...new Set(measured.map((e) => e.keystrokes))];
  // Every prefix of every query; an engine stopped by the time limit says how far it got.
  const cut = (e) => (e.cutShort ? ` (${e.queriesRun} ${e.queriesRun === 1 ? 'query' : 'queries'}, time limit)` : '');
  const prefix = `${count} q engines`;
  row(`${prefix}: index build`, side((e) => ms(e.buildMs)));
  row(`${prefix}: search per keystroke p50 (${keys.join('/') || 0} prefixes)`, side((e) => fineMs(e.p50Ms) + cut(e)));
  row(`${prefix}: search per keystroke p95`, side((e) => fineMs(e.p95Ms)));
  row(`${prefix}: typo query finds question in top 3`, side((e) => `${e.top3Percent.toFixed(0)}% of ${e.queriesRun}`));
  row(`${prefix}: share of query typed when found for good`, side((e) => (e.foundAfterPercent === null ? 'n/a' : `${e.foundAfterPercent.toFixed(0)}%`)));
  row(`${prefix}: heap added by index (after GC)`, side((e) => mb(e.heapBytes)));
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
  const memory = new Map([['/engines.html', Buffer.from(enginePage())], ...engineModules()]);
  const queries = {};
  const searchProbes = {};
  mkdirSync(join(BENCH, '.data'), { recursive: true });
  for (const count of SIZES) {
    const bundle = generateBundle(count, 1);
    const json = JSON.stringify(bundle);
    // One query more than typed: the one the probe types at load to time "search ready". Not one
    // of the typed ones, so it leaves no cached words behind for them.
    queries[count] = generateQueries(bundle, queriesFor(count) + 1, 2);
    searchProbes[count] = queries[count].pop().query;
    memory.set(`/bench-data/questions-${count}.json`, Buffer.from(json));
    memory.set(`/a-${count}.html`, Buffer.from(libraryPage(count)));
    if (BASELINE) memory.set(`/base-${count}.html`, Buffer.from(libraryPage(count, '/baseline/dist/pip-widgets.js')));
    memory.set(`/b-${count}.html`, Buffer.from(staticPage(bundle)));
    memory.set(`/p-${count}.html`, Buffer.from(plainPage(bundle)));
    writeFileSync(join(BENCH, '.data', `questions-${count}.json`), json);
    writeFileSync(join(BENCH, '.data', `queries-${count}.json`), JSON.stringify(queries[count], null, 1));
    console.error(`corpus ${count}: ${(json.length / 1e6).toFixed(1)} MB JSON, static page ${(memory.get(`/b-${count}.html`).length / 1e6).toFixed(1)} MB`);
  }

  // The page kinds, on the library's own content served as a bundle: only JavaScript counts.
  memory.set('/bench-data/content.json', readFileSync(join(ROOT, 'src', 'content', 'default-bundle.json')));
  for (const kind of Object.keys(PAGE_KINDS)) {
    memory.set(`/kind-${kind}.html`, Buffer.from(widgetPage(kind, '/bench-data/content.json')));
    if (BASELINE) memory.set(`/kindbase-${kind}.html`, Buffer.from(widgetPage(kind, '/bench-data/content.json', '/baseline/dist/pip-widgets.js')));
  }

  const cases = WITH_ADVERSARIAL ? adversarialCases() : [];
  for (const [index, { bundle }] of cases.entries()) {
    const src = `/bench-data/adversarial-${index}.json`;
    memory.set(src, Buffer.from(JSON.stringify(bundle)));
    memory.set(`/adv-${index}.html`, Buffer.from(adversarialPage(src, '/dist/pip-widgets.js')));
    if (BASELINE) memory.set(`/advbase-${index}.html`, Buffer.from(adversarialPage(src, '/baseline/dist/pip-widgets.js')));
  }

  // Compressed before the first run: the run that asks for a file first would otherwise wait
  // for its compression (about a second for the 50,000-question bundle).
  for (const [path, body] of memory) compressed.set(`${path}\0${body.length}`, gzipSync(body, { level: 9 }));
  const server = await startServer(memory);
  const base = `http://127.0.0.1:${server.address().port}`;
  const loads = {};
  const typing = {};
  const typingBase = {};
  const engines = {};
  const adversarial = {};
  let mobile = null;
  let pageKinds = {};
  let relevance = null;
  let chromium = null;
  let session = null;
  try {
    session = await launch();
    chromium = await session.browser.version();
    for (const count of SIZES) {
      const sizeBegan = Date.now();
      loads[count] = await measureLoads(session.browser, base, count, searchProbes[count]);
      const type = (kind) => measureTyping(session.browser, base, count, queries[count], searchProbes[count], kind);
      if (BASELINE) {
        // Each build types the queries twice, in the order this, baseline, baseline, this: a
        // machine that warms up or slows down during the run weighs on both alike.
        const first = await type('a');
        const [second, third] = [await type('base'), await type('base')];
        typing[count] = pooledTyping(first, await type('a'));
        typingBase[count] = pooledTyping(second, third);
      } else {
        typing[count] = await type('a');
      }
      if (typing[count].unavailable) console.error(`  ${count} typing: n/a, ${typing[count].unavailable}`);
      if (WITH_ENGINES) engines[count] = await measureEngines(session.browser, base, count, queries[count]);
      console.error(`  ${count}: ${Math.round((Date.now() - sizeBegan) / 1000)} s`);
    }
    if (WITH_MOBILE && SIZES.includes(MOBILE_SIZE)) mobile = await measureLoads(session.browser, base, MOBILE_SIZE, searchProbes[MOBILE_SIZE], 'mobile');
    pageKinds = await measurePageKinds(session.browser, base);
    if (WITH_ADVERSARIAL) {
      Object.assign(adversarial, await measureAdversarial(session.browser, base, cases));
      const count = SIZES[0];
      const hostile = (kind) => measureHostileQueries(session.browser, `${base}/${kind}-${count}.html`, searchProbes[count], hostileQueries());
      adversarial[`${count} q, ${hostileQueries().length} hostile queries`] = {
        hostile: true,
        ...(await hostile('a')),
        ...(BASELINE && { baseline: await hostile('base') }),
      };
    }
  } catch (error) {
    // No browser (or it died): the sizes still stand; every browser figure says why it is missing.
    const reason = `Chromium failed: ${String(error.message ?? error).split('\n')[0]} (set CHROME_PATH, or run node scripts/ensure-chromium.mjs)`;
    console.error(reason);
    for (const count of SIZES) {
      loads[count] ??= { firstCardsMs: null, staticFcpMs: null, ratio: null, longestLoadTaskMs: null, error: reason };
      typing[count] ??= { unavailable: reason };
      if (WITH_ENGINES) engines[count] ??= Object.fromEntries(ENGINES.map((name) => [name, { unavailable: reason }]));
    }
  } finally {
    await session?.browser.close().catch(() => {});
    if (session) rmSync(session.userDataDir, { recursive: true, force: true });
    server.close();
  }

  if (WITH_RELEVANCE) relevance = await measureRelevance(undefined, console.error);
  const deployments = {};
  for (const count of DEPLOYMENT_SIZES) {
    deployments[count] = await measureDeployment(count, console.error).catch((error) => ({ error: String(error.message ?? error).split('\n')[0] }));
  }

  console.log();
  const rows = table(sizes, loads, typing, engines, typingBase, adversarial, relevance, mobile, pageKinds, deployments);
  const results = {
    date: new Date().toISOString(),
    environment: { chromium, node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model },
    config: {
      sizes: SIZES,
      runs: Object.fromEntries(SIZES.map((n) => [n, runsFor(n)])),
      queries: Object.fromEntries(SIZES.map((n) => [n, queriesFor(n)])),
      searchProbes,
      keyIntervalMs: KEY_INTERVAL_MS,
      mobile: { ...MOBILE, runs: RUNS_MOBILE, size: MOBILE_SIZE },
      budgets: BUDGET,
    },
    sizes,
    ...(BASELINE && { baseline: BASELINE }),
    loads,
    mobile,
    pageKinds,
    typing,
    ...(BASELINE && { typingBaseline: typingBase }),
    engines,
    adversarial,
    relevance,
    deployments,
    table: rows,
    durationSeconds: Math.round((Date.now() - began) / 1000),
  };
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${chromium ?? 'no Chromium'}, Node ${process.version}; raw figures in bench/results.json (${results.durationSeconds} s)`);
  // A measurement, not a gate, unless asked: BENCH_STRICT=1 exits 1 when a budget fails.
  if (process.env.BENCH_STRICT === '1' && rows.some((r) => r.result === 'FAIL')) process.exitCode = 1;
}

await main();
