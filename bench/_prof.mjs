import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '/work/main/scripts/ensure-chromium.mjs';
import { generateBundle } from '/work/main/bench/corpus.mjs';
const ROOT = process.argv[2] ?? '/work/main';
const json = JSON.stringify(generateBundle(10000));
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
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const tab = await browser.newPage();
const cdp = await tab.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await tab.goto(`http://localhost:${server.address().port}/`);
await tab.waitForFunction(() => document.querySelector('pip-qa-feed')?.shadowRoot?.querySelector('[data-question-id]'), { timeout: 30000, polling: 'raf' });
const { profile } = await cdp.send('Profiler.stop');
await browser.close(); server.close();
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
});
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1), k);
