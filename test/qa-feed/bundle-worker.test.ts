import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { ContentBundle } from '../../src/content/schema.js';
import { libraryFrame } from '../hardening/frames.js';
import { nextEvent, shadow, waitForStatus } from '../helpers.js';

// /__test__/trickle serves questions t-0 … t-(count-1), titled "Trickled question <n>", about 250
// characters each: 10,000 of them are over the 2 MiB from which a bundle is read in the worker.
const cards = (feed: PipQaFeed) => [...shadow(feed).querySelectorAll<HTMLElement>('.results > [data-question-id]')];
const ids = (feed: PipQaFeed) => cards(feed).map((card) => card.dataset.questionId);
const moreButton = (feed: PipQaFeed) => shadow(feed).querySelector<HTMLButtonElement>('[part="more-questions"]');

async function servedFeed(count: number, attributes = ''): Promise<{ feed: PipQaFeed; bundle: ContentBundle }> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `<pip-qa-feed page-size="5" ${attributes} src="/__test__/trickle?count=${count}&pause=0"></pip-qa-feed>`;
  const feed = container.querySelector('pip-qa-feed')!;
  const { detail } = await nextEvent<{ bundle: ContentBundle }>(feed, 'pip-load');
  await feed.updateComplete;
  return { feed, bundle: detail.bundle };
}

describe('a bundle read in the bundle worker', () => {
  it('leaves only a first page of questions on the page, and shows every question through the worker', async () => {
    const { feed, bundle } = await servedFeed(10000);
    expect(bundle.questions!.length).to.equal(50);
    expect(ids(feed)).to.deep.equal(['t-0', 't-1', 't-2', 't-3', 't-4']);
    expect(moreButton(feed)!.textContent).to.contain('9,995 remaining');
    // Past the first page the page holds: these come from the worker.
    for (let shown = 5; shown < 60; shown += 5) {
      moreButton(feed)!.click();
      await waitUntil(() => cards(feed).length === shown + 5, `no cards after ${shown}`);
    }
    expect(ids(feed).at(-1)).to.equal('t-59');
  });

  it('searches in the worker: typos forgiven, the matched words marked', async () => {
    const { feed } = await servedFeed(10000);
    const input = shadow(feed).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    let searched: { query: string; count: number } | undefined;
    feed.addEventListener('pip-search', (event) => (searched = event.detail));
    await sendKeys({ type: 'trickeld 2375' });
    await waitUntil(() => searched?.query === 'trickeld 2375', `last search: ${searched?.query}`);
    await waitUntil(() => ids(feed)[0] === 't-2375', `first result ${ids(feed)[0]}`);
    const marks = [...cards(feed)[0].querySelectorAll('[part="question-title"] mark')].map((mark) => mark.textContent);
    expect(marks).to.include('2375');
  });

  it('opens a deep-linked question the page does not hold', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#t-9280');
    try {
      const { feed } = await servedFeed(10000);
      await waitUntil(() => shadow(feed).querySelector('[data-question-id="t-9280"]'), 'the linked question never showed');
      await waitUntil(() => feed.shadowRoot!.activeElement?.closest('[data-question-id]')?.getAttribute('data-question-id') === 't-9280', 'not focused');
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('starts the worker as soon as the response declares a large body, the first cards still read on the page', async () => {
    const frame = await libraryFrame(
      'window.__workers = 0; var PageWorker = window.Worker; window.Worker = function (url, options) { window.__workers++; return new PageWorker(url, options); };',
    );
    try {
      const started = () => (frame.win as unknown as { __workers: number }).__workers;
      const feed = frame.doc.createElement('pip-qa-feed') as PipQaFeed;
      feed.setAttribute('page-size', '5');
      // The first half, about 1.2 MiB, is less than the 2 MiB that would start the worker by itself.
      feed.src = '/__test__/trickle?count=10000&pause=2000&length=1';
      let loaded = false;
      feed.addEventListener('pip-load', () => (loaded = true));
      frame.doc.body.append(feed);
      await waitUntil(() => cards(feed).length > 0 && started() === 1, 'no first cards, or no worker, while the second half waited', { timeout: 1500 });
      expect(loaded).to.equal(false);
      await waitUntil(() => ids(feed).join() === 't-0,t-1,t-2,t-3,t-4', `cards ${ids(feed).join()}`);
      expect(loaded).to.equal(false);
      const { detail } = await nextEvent<{ bundle: ContentBundle }>(feed, 'pip-load');
      expect(detail.bundle.questions!.length).to.equal(50);
      await feed.updateComplete;
      expect(moreButton(feed)!.textContent).to.contain('9,995 remaining');
      expect(started()).to.equal(1);
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('is read on the page when it is small, and searched there', async () => {
    const { feed, bundle } = await servedFeed(300);
    expect(bundle.questions!.length).to.equal(300);
    expect(moreButton(feed)!.textContent).to.contain('295 remaining');
    feed.query = 'question 287';
    await feed.updateComplete;
    await waitUntil(() => ids(feed)[0] === 't-287', `first result ${ids(feed)[0]}`);
  });

  it('is read on the page instead, saying so once, where the CSP allows no worker', async () => {
    const frame = await libraryFrame(
      "window.__notes = []; var info = console.info; console.info = function (m) { window.__notes.push(String(m)); info.apply(console, arguments); };",
      `<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">`,
    );
    try {
      expect(frame.loaded).to.equal('loaded');
      const feeds = [0, 1].map(() => {
        const feed = frame.doc.createElement('pip-qa-feed') as PipQaFeed;
        feed.setAttribute('page-size', '5');
        feed.src = '/__test__/trickle?count=10000&pause=0';
        frame.doc.body.append(feed);
        return feed;
      });
      const loads = feeds.map((feed) => nextEvent<{ bundle: ContentBundle }>(feed, 'pip-load'));
      for (const feed of feeds) await waitForStatus(feed, 'ready');
      // Read on the page, which then holds every question.
      expect((await loads[0]).detail.bundle.questions).to.have.length(10000);
      const notes = (frame.win as unknown as { __notes: string[] }).__notes.filter((note) => note.includes('bundle worker'));
      expect(notes).to.have.length(1);
      expect(notes[0]).to.contain("worker-src 'self'");
      expect(moreButton(feeds[1])!.textContent).to.contain('9,995 remaining');
      expect(frame.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
