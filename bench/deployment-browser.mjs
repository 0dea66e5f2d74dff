/**
 * A deployment read by the feed in Chromium, from a local HTTP server (gzip -9, as a CDN serves
 * it): the bytes before the first cards (the script-tag build's JavaScript and the head), each
 * keystroke to its results painted with the files it fetches, the bytes the session of five typed
 * queries transfers, and the page's heap after it. bench/deployment.mjs calls it on the deployment
 * it built; the same probe as the page benchmarks (probe.mjs) times the keystrokes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/ensure-chromium.mjs';
import { probe } from './probe.mjs';
import { heapAfterGc, median, percentile, sleep, typeSteadily } from './util.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const KEY_INTERVAL_MS = 120; // as bench/run.mjs types: a steady typist
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Deployment</title>
<script type="module" src="/dist/pip-widgets.js"></script>
<pip-qa-feed src="/site/"></pip-qa-feed></html>`;

/**
 * A self-signed certificate for 127.0.0.1, made by openssl in `dir`: browsers speak HTTP/2 over
 * TLS only, and static hosts and CDNs serve HTTP/2. Undefined without openssl.
 */
function certificate(dir) {
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { encoding: 'utf8' });
  return made.status === 0 ? { key: readFileSync(key), cert: readFileSync(cert) } : undefined;
}

/**
 * Serves the page, dist/ and the deployment in `site`, each file gzipped once and kept in
 * `gzipped` (by path); over HTTP/2 with `tls`.
 */
function serve(site, tls, gzipped) {
  const handle = (request, response) => {
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
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Files and gzip bytes by kind ("cards", "search/titles"...): where a session's requests go. */
function kinds(files) {
  const byKind = {};
  for (const { path, bytes } of files) {
    const kind = /\/[0-9a-f]{20}\/((?:search\/)?[\w-]+)/.exec(path)?.[1] ?? path;
    byKind[kind] ??= { files: 0, bytes: 0 };
    byKind[kind].files++;
    byKind[kind].bytes += bytes;
  }
  return byKind;
}

/** The files the page fetched, with their gzip bytes and when they came. */
const resources = (page) =>
  page.evaluate(() => [
    { path: '/', bytes: performance.getEntriesByType('navigation')[0].encodedBodySize, end: 0 },
    ...performance.getEntriesByType('resource').map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize, end: entry.responseEnd })),
  ]);

/**
 * The session over HTTP/2 (when openssl can make a certificate) and over HTTP/1.1, one after the
 * other, from a server that has served it once before, as a CDN's cache has: gzip -9 of one of
 * the larger lists takes the bench's server up to 100 ms, which a file compressed once and kept
 * does not cost (the reader's browser starts each session with an empty cache).
 */
export async function browserSessions(site, queries) {
  const dir = mkdtempSync(join(tmpdir(), 'pip-bench-deployment-tls-'));
  const gzipped = new Map();
  try {
    const tls = certificate(dir);
    await browserSession(site, queries, undefined, gzipped);
    return {
      http2: tls ? await browserSession(site, queries, tls, gzipped) : { error: 'no openssl to make a certificate' },
      http1: await browserSession(site, queries, undefined, gzipped),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function browserSession(site, queries, tls, gzipped) {
  const server = await serve(site, tls, gzipped);
  const userDataDir = mkdtempSync(join(tmpdir(), 'pip-bench-deployment-profile-'));
  const args = ['--headless', ...chromiumArgs, ...(tls ? ['--ignore-certificate-errors'] : [])];
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, userDataDir, args });
  try {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => performance.setResourceTimingBufferSize(100_000));
    await page.evaluateOnNewDocument(probe, {});
    await page.goto(`${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__bench?.firstCards !== null || window.__bench?.error !== null, { timeout: 30_000 });
    const loaded = await page.evaluate(() => window.__bench);
    if (loaded.error) throw new Error(`the feed failed: ${loaded.error}`);
    const beforeCards = (await resources(page)).filter(({ end }) => end <= loaded.firstCards);

    const first = [];
    const later = [];
    const byQuery = [];
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
      await typeSteadily(page, query, KEY_INTERVAL_MS);
      await page.waitForFunction((q) => __bench.painted === q && __bench.pending.length === 0, { timeout: 10_000 }, query).catch(() => {});
      const latencies = await page.evaluate((from) => ((__bench.recording = false), __bench.latencies.slice(from)), start);
      byQuery.push([query, latencies.map(Math.round)]);
      first.push(latencies[0]);
      later.push(...latencies.slice(1));
    }
    await sleep(300);
    const session = (await resources(page)).filter(({ path, end }) => path.startsWith('/site/') && end > loaded.firstCards);
    const sum = (list) => list.reduce((total, { bytes }) => total + bytes, 0);
    return {
      protocol: await page.evaluate(() => performance.getEntriesByType('navigation')[0].nextHopProtocol),
      firstCardsMs: loaded.firstCards,
      beforeCards: { list: beforeCards, bytes: sum(beforeCards), script: sum(beforeCards.filter(({ path }) => path.startsWith('/dist/'))), head: sum(beforeCards.filter(({ path }) => path.startsWith('/site/'))), files: beforeCards.length },
      session: { bytes: sum(session), indexBytes: sum(session.filter(({ path }) => path.includes('/search/'))), files: session.length, byKind: kinds(session) },
      firstKeyMs: { median: median(first), p95: percentile(first, 95) },
      laterKeyMs: { median: median(later), p95: percentile(later, 95) },
      keystrokes: first.length + later.length,
      byQuery,
      heapBytes: (await heapAfterGc(page)).bytes,
    };
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    server.close();
  }
}
