/**
 * Instrumentation that runs in the page before any of its own scripts (evaluateOnNewDocument).
 * Everything is measured inside the page, in page time (performance.now(), event.timeStamp:
 * both count from navigation start), so the CDP round trips of the driver never enter a figure.
 * It is installed on both pages, so any overhead it has is the same for A and B.
 *
 * `searchQuery`: typed into the feed's search box as soon as the feed is loaded and its first
 * cards are on screen, as a reader who starts searching at once; `searchReady` is the frame
 * that shows its results. The feed builds its index in the background after first paint and
 * shows "Searching…" until then, so this is when search becomes usable, without reaching into
 * the feed's internals.
 */
export function probe({ searchQuery = null } = {}) {
  const bench = (window.__bench = {
    fcp: null, // first-contentful-paint of the page
    firstCards: null, // first frame presented with a [data-question-id] card in the feed
    contentPainted: null, // first frame in which every widget on the page shows its content
    loaded: null, // pip-load: the whole bundle is parsed and valid
    searchTyped: null, // when searchQuery was typed
    searchReady: null, // the frame after the pip-search that answered searchQuery
    error: null, // message of a pip-error, if the feed failed
    longtasks: [], // [startTime, duration]
    recording: false, // keystrokes count only while the driver types a query
    pending: [], // keystrokes waiting for their results: { t, value }
    latencies: [], // keydown -> its own results painted, ms
    everyKey: [], // the same, superseded keystrokes included (until the later results painted)
    coalesced: 0, // keystrokes superseded by a later one before their own results showed
    skipped: 0, // keystrokes that did not change the query (a space)
    unmatched: 0, // pip-search events for no pending keystroke
    lastNorm: '',
    lastSearch: null, // normalized query of the last pip-search
    painted: null, // normalized query whose results were last painted
  });
  const norm = (s) => String(s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

  // rAF runs right before the frame is produced; a message posted from it is delivered after
  // that frame's paint, so its timestamp is "results on screen" (setTimeout would add clamping).
  const afterFrame = (callback) =>
    requestAnimationFrame(() => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => callback(performance.now());
      port2.postMessage(null);
    });

  const observe = (type, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true });
    } catch {
      // entry type not supported: the figure stays n/a
    }
  };
  observe('longtask', (e) => bench.longtasks.push([e.startTime, e.duration]));
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  });

  document.addEventListener('pip-error', (e) => (bench.error = e.detail?.message ?? 'pip-error'), true);
  document.addEventListener(
    'pip-load',
    () => {
      bench.loaded ??= performance.now();
      typeSearchQuery();
    },
    true,
  );

  // Not before the first cards: typing earlier would replace them by "Searching…" and move the
  // first-cards figure. Not before pip-load either: the feed only searches a complete bundle.
  const typeSearchQuery = () => {
    if (!searchQuery || bench.searchTyped !== null || bench.firstCards === null || bench.loaded === null) return;
    const input = document.querySelector('pip-qa-feed')?.shadowRoot?.querySelector('input[type="search"]');
    if (!input) return requestAnimationFrame(typeSearchQuery); // rendered in the update after pip-load
    bench.searchTyped = performance.now();
    input.value = searchQuery;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

  // First cards: a MutationObserver on the feed's shadow root sees the cards in the very task
  // that inserts them; the next frame is the one that shows them.
  const hasCards = (root) => !!root?.querySelector('[data-question-id]');
  let armed = false;
  const cardsInserted = () => {
    if (armed) return;
    armed = true;
    afterFrame((t) => {
      bench.firstCards = t;
      typeSearchQuery();
    });
  };
  const pollEachFrame = () => {
    // Fallback when the shadow root is not there yet: a check inside rAF is already in the frame.
    const root = document.querySelector('pip-qa-feed')?.shadowRoot;
    if (root) return watch(root);
    requestAnimationFrame(pollEachFrame);
  };
  const watch = (root) => {
    if (hasCards(root)) return cardsInserted();
    const observer = new MutationObserver(() => {
      if (!hasCards(root)) return;
      observer.disconnect();
      cardsInserted();
    });
    observer.observe(root, { childList: true, subtree: true });
  };
  customElements.whenDefined('pip-qa-feed').then(pollEachFrame);

  // Content painted: the first frame in which every widget of the page shows its content (the
  // page kinds of the bench: a feed, an outline, a checklist, or all three). Polled each frame,
  // so it is the frame that shows them, at most one frame late.
  const CONTENT = { 'pip-qa-feed': '[data-question-id]', 'pip-course-outline': '[data-lesson-id]', 'pip-risk-checklist': 'input[type="checkbox"]' };
  const widgetsShown = () => {
    const widgets = [...document.querySelectorAll(Object.keys(CONTENT).join(','))];
    return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.querySelector(CONTENT[widget.localName]));
  };
  const pollContent = () => {
    if (!widgetsShown()) return requestAnimationFrame(pollContent);
    afterFrame((t) => (bench.contentPainted = t));
  };
  requestAnimationFrame(pollContent);

  // Keystroke -> results painted. keydown gives the start (event.timeStamp: when the browser
  // received the key, so time spent queued behind a busy main thread counts); the input event
  // tells which query the keystroke produced; pip-search tells which query's results are now in
  // the DOM. A keystroke is resolved by the first pip-search for its own query, or superseded.
  document.addEventListener(
    'keydown',
    (e) => bench.recording && bench.pending.push({ t: e.timeStamp, value: null }),
    true,
  );
  document.addEventListener(
    'input',
    (e) => {
      const entry = bench.pending.at(-1);
      if (!bench.recording || !entry || entry.value !== null) return;
      const value = norm(e.composedPath()[0]?.value);
      if (value === bench.lastNorm) {
        // The search the feed runs is the same as before: nothing new to wait for.
        bench.pending.pop();
        bench.skipped++;
        return;
      }
      entry.value = value;
      bench.lastNorm = value;
    },
    true,
  );
  document.addEventListener(
    'pip-search',
    (e) => {
      const query = norm(e.detail?.query);
      bench.lastSearch = query;
      if (bench.searchTyped !== null && bench.searchReady === null && query === norm(searchQuery)) {
        afterFrame((t) => (bench.searchReady ??= t));
      }
      if (!bench.recording) return;
      const index = bench.pending.findLastIndex((p) => p.value === query);
      if (index < 0) {
        // A repeat of the current query (after a space) is expected; anything else is not.
        if (query !== bench.lastNorm) bench.unmatched++;
        return;
      }
      const resolved = bench.pending.splice(0, index + 1);
      bench.coalesced += index;
      afterFrame((now) => {
        bench.latencies.push(now - resolved.at(-1).t);
        for (const { t } of resolved) bench.everyKey.push(now - t);
        bench.painted = query;
      });
    },
    true,
  );
}
