import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import { sampleBundle, shadow, waitForStatus } from '../helpers.js';

const titleOf = (feed: Element) => shadow(feed).querySelector('[part="title"]')?.textContent;

/** Counts listeners added to and removed from the document and window while `run` goes. */
async function countListeners(run: () => Promise<void>): Promise<number> {
  const targets = [document, window] as EventTarget[];
  const originals = targets.map((target) => [target.addEventListener, target.removeEventListener] as const);
  let live = 0;
  targets.forEach((target, i) => {
    target.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      live++;
      return originals[i][0].apply(this, args);
    };
    target.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      live--;
      return originals[i][1].apply(this, args);
    };
  });
  try {
    await run();
  } finally {
    targets.forEach((target, i) => {
      target.addEventListener = originals[i][0];
      target.removeEventListener = originals[i][1];
    });
  }
  return live;
}

describe('lifecycle under stress', () => {
  it('connects, disconnects and reconnects, keeping its content', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed .bundle=${sampleBundle()}></pip-qa-feed>`);
    const parent = feed.parentElement!;
    for (let i = 0; i < 5; i++) {
      feed.remove();
      parent.append(feed);
    }
    await feed.updateComplete;
    expect(feed.status).to.equal('ready');
    expect(titleOf(feed)).to.equal('Sample topic');
  });

  it('moves into another document (an iframe) and keeps working there', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const feed = await fixture<PipQaFeed>(html`<pip-qa-feed src="/__test__/bundle?title=Before"></pip-qa-feed>`);
      await waitForStatus(feed, 'ready');
      const other = frame.contentDocument!;
      other.body.append(other.adoptNode(feed));
      feed.src = '/__test__/bundle?title=After%20the%20move';
      await waitForStatus(feed, 'loading').catch(() => undefined);
      await waitUntil(() => titleOf(feed) === 'After the move', `still "${titleOf(feed)}"`);
      // The "/" shortcut now listens in the new document.
      other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      expect(feed.shadowRoot!.activeElement?.getAttribute('type')).to.equal('search');
    } finally {
      frame.remove();
    }
  });

  it('shows the last of many quick src changes', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed></pip-qa-feed>`);
    for (let i = 0; i < 50; i++) {
      feed.src = `/__test__/bundle?title=Title%20${i}&delay=${(50 - i) * 5}`;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await waitForStatus(feed, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(titleOf(feed)).to.equal('Title 49');
  });

  it('leaves no listener and no element behind after 1,000 create/remove cycles', async () => {
    const gc = (window as { gc?: () => void }).gc!;
    expect(gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
    const container = await fixture(html`<div></div>`);
    const bundle = sampleBundle();
    const refs: WeakRef<Element>[] = [];
    const live = await countListeners(async () => {
      for (let i = 0; i < 1000; i++) {
        const tag = (['pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist'] as const)[i % 3];
        const element = document.createElement(tag);
        element.bundle = bundle;
        container.append(element);
        await element.updateComplete;
        element.remove();
        refs.push(new WeakRef(element));
      }
    });
    expect(live, 'listeners added to document/window and never removed').to.equal(0);
    // Pending frames, timers and background index slices finish (later on a busy machine: up to
    // 3 s are given), then nothing should hold the removed elements. A leak keeps them for good.
    // deref() keeps its target alive until the end of the task, so counting and collecting are
    // never done in the same task.
    const nextTask = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const retainedNow = () => refs.filter((ref) => ref.deref() !== undefined).length;
    let retained = refs.length;
    for (let i = 0; i < 30 && retained >= 5; i++) {
      await nextTask(100);
      gc();
      await nextTask(0);
      retained = retainedNow();
    }
    expect(retained, 'removed elements still reachable').to.be.below(5);
  });
});
