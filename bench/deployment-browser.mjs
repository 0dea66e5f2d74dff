/**
 * A deployment read by the feed in Chromium, from a local HTTP server (gzip -9, as a CDN serves
 * it): the bytes before the first cards (the script-tag build's JavaScript and the head), each
 * keystroke to its results painted with the files it fetches, the bytes the session of five typed
 * queries transfers, and the page's heap after it. bench/deployment.mjs calls it on the deployment
 * it built; the same probe as the page benchmarks (probe.mjs) times the keystrokes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { probe } from './probe.mjs';
import { heapAfterGc, median, percentile, sleep } from './util.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const KEY_INTERVAL_MS = 120; // as bench/run.mjs types: a steady typist
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Deployment</title>
<script type="module" src="/dist/pip-widgets.js"></script>
<pip-qa-feed src="/site/"></pip-qa-feed></html>`;

/** Serves the page, dist/ and the deployment in `site`, each file gzipped once. */
function serve(site) {
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let body;
    if (path === '/') body = Buffer.from(PAGE);
    else {
      const [root, rest] = path.startsWith('/dist/') ? [join(ROOT, 'dist'), path.slice(6)] : path.startsWith('/site/') ? [site, path.slice(6)] : [];
      const file = root && resolve(root, rest);
      if (file && file.startsWith(root + sep) && existsSync(file)) body = readFileSync(file);
    }
    if (!body) return void response.writeHead(404).end();
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
    response.writeHead(200, {
      'content-type': `${TYPES[extname(path)] ?? 'text/html'}; charset=utf-8`,
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    response.end(gzipped.get(path));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** The files the page fetched, with their gzip bytes and when they came. */
const resources = (page) =>
  page.evaluate(() => [
    { path: '/', bytes: performance.getEntriesByType('navigation')[0].encodedBodySize, end: 0 },
    ...performance.getEntriesByType('resource').map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize, end: entry.responseEnd })),
  ]);

export async function browserSession(site, queries) {
  const server = await serve(site);
  const userDataDir = mkdtempSync(join(tmpdir(), 'pip-bench-deployment-profile-'));
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, userDataDir, args: ['--headless', ...chromiumArgs] });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => performance.setResourceTimingBufferSize(100_000));
    await page.evaluateOnNewDocument(probe, {});
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__bench?.firstCards !== null || window.__bench?.error !== null, { timeout: 30_000 });
    const loaded = await page.evaluate(() => window.__bench);
    if (loaded.error) throw new Error(`the feed failed: ${loaded.error}`);
    const beforeCards = (await resources(page)).filter(({ end }) => end <= loaded.firstCards);

    const first = [];
    const later = [];
    for (const query of queries) {
      const from = await page.evaluate(() => {
        Object.assign(__bench, { recording: false, pending: [], lastNorm: '', painted: null });
        const input = document.querySelector('pip-qa-feed').shadowRoot.querySelector('input[type="search"]');
        input.focus();
        input.select();
        return input.value;
      });
      if (from) {
        await page.keyboard.press('Backspace');
        await page.waitForFunction(() => __bench.lastSearch === '', { timeout: 5000 }).catch(() => {});
      }
      // A reader's pause between clicking the box and typing.
      await sleep(300);
      const start = await page.evaluate(() => ((__bench.recording = true), __bench.latencies.length));
      const began = performance.now();
      const presses = [];
      for (let i = 0; i < query.length; i++) {
        const wait = began + i * KEY_INTERVAL_MS - performance.now();
        if (wait > 0) await sleep(wait);
        presses.push(page.keyboard.press(query[i]));
      }
      await Promise.all(presses);
      await page.waitForFunction((q) => __bench.painted === q && __bench.pending.length === 0, { timeout: 10_000 }, query).catch(() => {});
      const latencies = await page.evaluate((from) => ((__bench.recording = false), __bench.latencies.slice(from)), start);
      first.push(latencies[0]);
      later.push(...latencies.slice(1));
    }
    await sleep(300);
    const session = (await resources(page)).filter(({ path, end }) => path.startsWith('/site/') && end > loaded.firstCards);
    const sum = (list) => list.reduce((total, { bytes }) => total + bytes, 0);
    return {
      firstCardsMs: loaded.firstCards,
      beforeCards: { list: beforeCards, bytes: sum(beforeCards), script: sum(beforeCards.filter(({ path }) => path.startsWith('/dist/'))), head: sum(beforeCards.filter(({ path }) => path.startsWith('/site/'))), files: beforeCards.length },
      session: { bytes: sum(session), indexBytes: sum(session.filter(({ path }) => path.includes('/search/'))), files: session.length },
      firstKeyMs: { median: median(first), p95: percentile(first, 95) },
      laterKeyMs: { median: median(later), p95: percentile(later, 95) },
      keystrokes: first.length + later.length,
      heapBytes: (await heapAfterGc(page)).bytes,
    };
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    server.close();
  }
}
