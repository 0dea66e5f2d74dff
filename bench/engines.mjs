/**
 * Search engines side by side, on the same corpus and the same typo queries as the feed:
 *   ours:       the feed's QuestionIndex (dist/lib/search/index.js), all fields;
 *   uFuzzy:     @leeoniya/ufuzzy over each question's title + tags + body as one string;
 *   MiniSearch: minisearch over title, tags and body, fuzzy 0.2 and prefix search.
 *
 * Each engine runs alone in a fresh browser context of the same headless Chromium, loaded as ES
 * modules from node_modules through an import map (the way an app without a bundler would), so
 * one engine's garbage or JIT state never lands in another's figures. The bundle is fetched and
 * parsed before any timing starts: only the index build and the searches are measured, in page
 * time (performance.now()).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heapAfterGc, percentile } from './util.mjs';

export const ENGINES = ['ours', 'uFuzzy', 'MiniSearch'];

/** Where each engine's ESM entry is (package.json "exports"/"module"), for the import map. */
const IMPORT_MAP = {
  imports: {
    'fuse.js/basic': '/node_modules/fuse.js/dist/fuse.basic.mjs', // what the engine imports
    porter2: '/esm/porter2.js', // and these (see engineModules)
    'stopword/src/stopwords_eng.js': '/node_modules/stopword/src/stopwords_eng.js',
    '@leeoniya/ufuzzy': '/node_modules/@leeoniya/ufuzzy/dist/uFuzzy.mjs',
    minisearch: '/node_modules/minisearch/dist/es/index.js',
  },
};

/**
 * Modules the engine page needs that node_modules has only as CommonJS, as ES modules: porter2
 * (the English stemmer) assigns `exports.stem` and requires nothing, so a wrapper is enough.
 */
export function engineModules() {
  const source = readFileSync(join(import.meta.dirname, '../node_modules/porter2/dist/index.js'), 'utf8');
  const wrapped = `const exports = {};\n${source}\nexport const stem = exports.stem;\n`;
  return [['/esm/porter2.js', Buffer.from(wrapped)]];
}

/** A build that takes longer than this is reported as n/a, not waited for. */
const BUILD_LIMIT_MS = 60_000;
/**
 * Queries stop starting once an engine has searched for this long: MiniSearch takes seconds for
 * one-letter prefixes at 50,000 questions. Whole queries only, so top 3 is over complete queries.
 */
const QUERY_LIMIT_MS = 45_000;

/**
 * Runs in the page. Loads the engine named in ?engine=, fetches and parses the bundle, then waits
 * for the driver to call __engines.build() and __engines.search().
 */
function harness() {
  const params = new URL(location.href).searchParams;
  const state = (window.__engines = { ready: false, error: null, size: 0 });
  const later = () => new Promise((r) => setTimeout(r, 0));

  const engines = {
    async ours() {
      const { QuestionIndex } = await import('/dist/lib/search/index.js');
      return {
        // The feed's own build, with slices long enough that yielding costs nothing measurable but
        // the limit can still stop it.
        build: (questions, limitMs) => QuestionIndex.build(questions, { sliceMs: 250, signal: AbortSignal.timeout(limitMs) }),
        top: (index, query, ids) => index.search(query).order.slice(0, 3).map((i) => ids[i]),
      };
    },
    async uFuzzy() {
      const { default: uFuzzy } = await import('@leeoniya/ufuzzy');
      // SingleError mode: one insertion, deletion, substitution or transposition per term, which is
      // what a typo query needs (the default mode only allows extra letters in between).
      const fuzzy = new uFuzzy({ intraMode: 1 });
      return {
        // uFuzzy has no index: its "build" is the haystack of one string per question. Flattened
        // here (a rope string would be flattened on the first search, and counted there instead).
        build: async (questions) => {
          const haystack = questions.map((q) => `${q.title} ${(q.tags ?? []).join(' ')} ${q.body}`);
          for (const text of haystack) text.charCodeAt(text.length >> 1);
          return haystack;
        },
        top(haystack, query, ids) {
          // Its own ranking (info + sort) when at most 1,000 match, the library's default;
          // beyond that it returns matches in haystack order, unranked, as documented.
          const [idxs, info, order] = fuzzy.search(haystack, query, 0, 1000);
          if (!idxs) return [];
          return (order ? order.slice(0, 3).map((i) => info.idx[i]) : idxs.slice(0, 3)).map((i) => ids[i]);
        },
      };
    },
    async MiniSearch() {
      const { default: MiniSearch } = await import('minisearch');
      return {
        async build(questions, limitMs) {
          const index = new MiniSearch({
            fields: ['title', 'tags', 'body'],
            extractField: (doc, field) => (field === 'tags' ? (doc.tags ?? []).join(' ') : doc[field]),
            // The same field weights as our index gives title and tags over the body.
            searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, tags: 3.5 } },
          });
          const stop = performance.now() + limitMs;
          for (let i = 0; i < questions.length; i += 1000) {
            if (performance.now() > stop) throw new DOMException('build limit', 'TimeoutError');
            index.addAll(questions.slice(i, i + 1000));
          }
          return index;
        },
        top: (index, query) => index.search(query).slice(0, 3).map((r) => r.id),
      };
    },
  };

  let engine;
  let questions;
  let index;
  state.build = async (limitMs) => {
    const start = performance.now();
    try {
      index = await engine.build(questions, limitMs);
      return { ms: performance.now() - start };
    } catch (error) {
      return { ms: null, timedOut: error?.name === 'TimeoutError', error: String(error?.message ?? error) };
    }
  };
  state.search = async (queries, limitMs) => {
    const ids = questions.map((q) => q.id);
    const stop = performance.now() + limitMs;
    const times = [];
    const results = [];
    for (const { query, expectedId } of queries) {
      if (performance.now() > stop) break;
      // Every prefix, as the query is typed one key at a time: that is what each keystroke costs.
      const found = [];
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        const top = engine.top(index, query.slice(0, i), ids);
        times.push(performance.now() - start);
        found.push(top.includes(expectedId));
        await later(); // lets the page run its own tasks (and GC) between keystrokes, as typing would
      }
      // The first prefix from which the question stays in the top 3 to the end of the query.
      const from = found.lastIndexOf(false) + 1;
      results.push({ query, expectedId, hit: found.at(-1), foundAfterFraction: from < found.length ? (from + 1) / found.length : null });
    }
    return { times, results };
  };

  (async () => {
    try {
      engine = await engines[params.get('engine')]();
      const response = await fetch(params.get('src'));
      questions = (await response.json()).questions;
      state.size = questions.length;
      state.ready = true;
    } catch (error) {
      state.error = String(error?.message ?? error);
    }
  })();
}

export function enginePage() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>search engines</title>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module">(${harness.toString()})();</script>
</head>
<body></body>
</html>
`;
}

/**
 * One engine on one corpus, in a fresh browser context: build time, heap it adds, per-keystroke
 * search time and top 3. The page is served cross-origin isolated (see run.mjs), so that
 * performance.now() has 5 µs resolution rather than 100 µs: sub-millisecond searches are common.
 */
async function measureEngine(browser, base, count, queries, name) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const src = `/bench-data/questions-${count}.json`;
    await page.goto(`${base}/engines.html?engine=${encodeURIComponent(name)}&src=${encodeURIComponent(src)}`, {
      waitUntil: 'domcontentloaded',
      timeout: 90_000,
    });
    await page.waitForFunction('window.__engines?.ready || window.__engines?.error', { polling: 100, timeout: 120_000 });
    const error = await page.evaluate(() => window.__engines.error);
    if (error) return { unavailable: `the page failed: ${error}` };
    if (!(await page.evaluate(() => self.crossOriginIsolated))) {
      console.error(`  ${name}: not cross-origin isolated, times are rounded to 0.1 ms`);
    }

    const heapBefore = await heapAfterGc(page);
    const build = await page.evaluate((limit) => window.__engines.build(limit), BUILD_LIMIT_MS);
    if (build.ms === null) {
      return {
        unavailable: build.timedOut ? `build > ${BUILD_LIMIT_MS / 1000} s` : `build failed: ${build.error}`,
      };
    }
    const { times, results } = await page.evaluate((q, limit) => window.__engines.search(q, limit), queries, QUERY_LIMIT_MS);
    // After the searches: caches they fill (ours keeps fuse.js instances per word length) count too.
    const heapAfter = await heapAfterGc(page);
    const found = results.map((r) => r.foundAfterFraction).filter((x) => x !== null);
    return {
      buildMs: build.ms,
      heapBytes: heapAfter.bytes - heapBefore.bytes,
      heap: { before: heapBefore, after: heapAfter },
      keystrokes: times.length,
      queriesRun: results.length,
      cutShort: results.length < queries.length,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      maxMs: Math.max(...times),
      top3Percent: results.length ? (100 * results.filter((r) => r.hit).length) / results.length : null,
      // Of the queries found, how much of the query had been typed, on average, when it was found for good.
      foundAfterPercent: found.length ? (100 * found.reduce((a, b) => a + b, 0)) / found.length : null,
      results,
    };
  } catch (error) {
    return { unavailable: String(error.message ?? error).split('\n')[0] };
  } finally {
    await context.close().catch(() => {});
  }
}

export async function measureEngines(browser, base, count, queries) {
  const out = {};
  for (const name of ENGINES) {
    const began = Date.now();
    out[name] = await measureEngine(browser, base, count, queries, name);
    const e = out[name];
    console.error(
      `  ${count} engine ${name}: ` +
        (e.unavailable
          ? `n/a, ${e.unavailable}`
          : `build ${Math.round(e.buildMs)} ms, p50 ${e.p50Ms.toFixed(2)} ms, p95 ${e.p95Ms.toFixed(1)} ms, ` +
            `top 3 ${e.top3Percent.toFixed(0)}% of ${e.queriesRun}`) +
        ` (${Math.round((Date.now() - began) / 1000)} s)`,
    );
  }
  return out;
}
