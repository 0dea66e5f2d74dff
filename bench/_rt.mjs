import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '/work/main/scripts/ensure-chromium.mjs';
import { generateBundle, generateQueries } from '/work/main/bench/corpus.mjs';
const ROOT = process.argv[2] ?? '/work/main';
const bundle = generateBundle(10000);
const json = JSON.stringify(bundle);
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/dist/pip-widgets.js"></script></head><body><pip-qa-feed src="/data.json"></pip-qa-feed></body></html>`;
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') { res.setHeader('content-type', 'text/html'); return res.end(page); }
  if (url.pathname === '/data.json') { res.setHeader('content-type', 'application/json'); return res.end(json); }
  const file = join(ROOT, url.pathname);
  if (!existsSync(file)) { res.statusCode = 404; return res.end(); }
  res.setHeader('content-type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream');
  res.end(readFileSync(file));
}).listen(0);
const port = server.address().port;
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const tab = await browser.newPage();
await tab.evaluateOnNewDocument(() => {
  const Native = window.Worker;
  window.__rt = [];
  window.Worker = class extends Native {
    constructor(...a) {
      super(...a);
      const sent = new Map();
      const post = this.postMessage.bind(this);
      this.postMessage = (m, ...r) => { if (m && m.type === 'results') sent.set(m.id, performance.now()); return post(m, ...r); };
      this.addEventListener('message', (e) => { const t = sent.get(e.data?.id); if (t !== undefined) window.__rt.push(performance.now() - t); });
    }
  };
});
tab.on('console', (m) => console.log('page:', m.text()));
await tab.goto(`http://localhost:${port}/`);
await tab.waitForFunction(() => document.querySelector('pip-qa-feed')?.status === 'ready', { timeout: 30000 });
const queries = generateQueries(bundle, 12).map((q) => q.query);
await new Promise((r) => setTimeout(r, 3000));
await tab.evaluate(() => {
  window.__lat = [];
  const feed = document.querySelector('pip-qa-feed');
  let down = 0;
  addEventListener('keydown', () => (down = performance.now()), true);
  feed.addEventListener('pip-search', () => { const t = performance.now(); requestAnimationFrame(() => setTimeout(() => window.__lat.push([t - down, performance.now() - down]))); });
});
const input = await tab.evaluateHandle(() => document.querySelector('pip-qa-feed').shadowRoot.querySelector('input[type=search]'));
for (const q of queries) {
  await input.focus();
  await tab.keyboard.type(q, { delay: 110 });
  await new Promise((r) => setTimeout(r, 300));
  await tab.evaluate((i) => { i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true, composed: true })); }, input);
  await new Promise((r) => setTimeout(r, 300));
}
const lat = await tab.evaluate(() => window.__lat);
const q = (a, p) => a.sort((x, y) => x - y)[Math.floor(a.length * p)].toFixed(1);
console.log('to pip-search p50', q(lat.map((l) => l[0]), 0.5), 'p95', q(lat.map((l) => l[0]), 0.95), '| to after paint p50', q(lat.map((l) => l[1]), 0.5), 'p95', q(lat.map((l) => l[1]), 0.95), 'n', lat.length);
const rt = (await tab.evaluate(() => window.__rt)).sort((a, b) => a - b);
console.log('n', rt.length, 'p50', rt[Math.floor(rt.length / 2)]?.toFixed(1), 'p95', rt[Math.floor(rt.length * 0.95)]?.toFixed(1), 'max', rt.at(-1)?.toFixed(1));
await browser.close(); server.close();
