import { createServer } from 'node:http';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium, chromiumArgs } from '/work/main/scripts/ensure-chromium.mjs';
import { generateBundle } from '/work/main/bench/corpus.mjs';
const ROOT = process.argv[2] ?? '/work/main';
const json = JSON.stringify(generateBundle(Number(process.env.N ?? 10000)));
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
await tab.goto('about:blank');
await tab.tracing.start({ path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
await tab.goto(`http://localhost:${server.address().port}/`);
await tab.waitForFunction(() => document.querySelector('pip-qa-feed')?.status === 'ready', { timeout: 30000 });
await new Promise((r) => setTimeout(r, 2500));
await tab.tracing.stop();
await browser.close(); server.close();
const events = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents ?? JSON.parse(readFileSync('/tmp/trace.json', 'utf8'));
const main = events.filter((e) => e.name === 'RunTask' && e.dur > 20000);
const threads = Object.fromEntries(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
for (const t of main.sort((a, b) => b.dur - a.dur).slice(0, 8)) {
  const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.dur > 3000 && e.name !== 'RunTask');
  console.log(threads[`${t.pid}:${t.tid}`], (t.dur / 1000).toFixed(1), 'ms:', inside.slice(0, 8).map((e) => `${e.name}${e.args?.data?.url ? '(' + e.args.data.url.split('/').pop() + ')' : ''}${e.args?.data?.functionName ? '[' + e.args.data.functionName + ']' : ''} ${(e.dur / 1000).toFixed(1)}`).join(' | '));
}
const big = main.filter((t) => threads[`${t.pid}:${t.tid}`] === 'CrRendererMain').sort((a, b) => b.dur - a.dur).slice(0, 3);
const t0 = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart')?.ts ?? 0;
for (const t of big) {
  console.log('--- task at', ((t.ts - t0) / 1000).toFixed(0), 'ms, dur', (t.dur / 1000).toFixed(1));
  const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur && (e.dur ?? 0) > 800);
  for (const e of inside.slice(0, 40)) console.log('  ', ((e.ts - t.ts) / 1000).toFixed(1), e.name, (e.dur / 1000).toFixed(1), JSON.stringify(e.args?.data ?? {}).slice(0, 120));
}
