/** Small helpers shared by run.mjs and engines.mjs. */

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Types `text` at a steady cadence, like a person: keys are sent on schedule and not held back
 * while the page is busy, so a slow search makes the next keystrokes queue, as they would for real.
 */
export async function typeSteadily(page, text, intervalMs) {
  const start = performance.now();
  const presses = [];
  for (let i = 0; i < text.length; i++) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    presses.push(page.keyboard.press(text[i]));
  }
  await Promise.all(presses);
}

export const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};

/**
 * JS heap in use right after a full GC, in bytes, from DevTools rather than performance.memory:
 * the latter is rounded and updated lazily unless Chromium runs with --enable-precise-memory-info,
 * and it leaves out ArrayBuffer backing stores, where typed-array indexes keep most of their data.
 * `bytes` is the V8 heap plus those backing stores; the DOM's own heap (Oilpan) is kept apart.
 */
export async function heapAfterGc(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    // A second pass frees what the first one only finalized (weak maps, FinalizationRegistry).
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize = 0, embedderHeapUsedSize = null } = await cdp.send('Runtime.getHeapUsage');
    return { bytes: usedSize + backingStorageSize, usedSize, backingStorageSize, embedderHeapUsedSize };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
