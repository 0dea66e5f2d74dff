import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipErrorDetail } from '../../src/events.js';
import { alertText, failOnEscapedErrors, nextEvent, shadow, waitForStatus } from '../helpers.js';

failOnEscapedErrors();

async function failure(src: string, timeout?: number) {
  const wrapper = await fixture(html`<div></div>`);
  const feed = document.createElement('pip-qa-feed');
  if (timeout) feed.timeout = timeout;
  feed.src = src;
  const event = nextEvent<PipErrorDetail>(wrapper, 'pip-error');
  wrapper.append(feed);
  const { detail } = await event;
  await feed.updateComplete;
  return { feed, detail, alert: alertText(feed) ?? '', retry: shadow(feed).querySelector<HTMLButtonElement>('[part="retry"]') };
}

describe('hostile networks', () => {
  it('404 and 500: the status, and a way to try again', async () => {
    for (const status of [404, 500]) {
      const { detail, alert, retry } = await failure(`/__test__/status/${status}`);
      expect(detail.code).to.equal('http');
      expect(detail.message).to.contain(`HTTP status ${status}`);
      expect(alert).to.equal('The content could not be loaded right now.');
      expect(retry!.textContent!.trim()).to.equal('Try again');
    }
  });

  it('an HTML login page answered with status 200', async () => {
    const page = '<!doctype html><html><body><form><input name="password"></form></body></html>';
    const { detail, alert, retry } = await failure(`/__test__/raw?type=text/html&body=${encodeURIComponent(page)}`);
    expect(detail.code).to.equal('not-json');
    expect(detail.message).to.contain('expected JSON but got text/html');
    expect(alert).to.equal('This content could not be read.');
    // A broken answer will not mend itself: no "Try again".
    expect(retry).to.equal(null);
  });

  it('truncated JSON, with the position where it stops', async () => {
    const text = JSON.stringify({ version: 1, questions: [{ id: 'a', title: 'A', body: 'cut here' }] });
    const { detail, alert } = await failure(`/__test__/raw?body=${encodeURIComponent(text.slice(0, 40))}`);
    expect(detail.code).to.equal('json-syntax');
    expect(detail.message).to.match(/line 1, column \d+/);
    expect(alert).to.equal('This content could not be read.');
  });

  it('an empty body', async () => {
    const { detail, alert } = await failure('/__test__/raw?body=');
    expect(detail.code).to.equal('json-syntax');
    expect(detail.message).to.contain('is empty');
    expect(alert).to.equal('This content could not be read.');
  });

  it('a response that never ends: times out, and "Try again" works', async () => {
    const { feed, detail, alert, retry } = await failure(`/__test__/flaky?key=${Date.now()}`, 400);
    expect(detail.code).to.equal('timeout');
    expect(detail.message).to.contain('no complete answer after 0.4 s');
    expect(alert).to.equal('The content is taking too long to load.');
    retry!.click();
    await waitForStatus(feed, 'ready');
    expect(shadow(feed).querySelector('[part="title"]')!.textContent).to.equal('Second time lucky');
  });

  it('a body that starts and then stalls also times out', async () => {
    const { detail } = await failure('/__test__/trickle?count=50&pause=5000', 400);
    expect(detail.code).to.equal('timeout');
  });

  it('a redirect to another origin that does not allow ours', async () => {
    const elsewhere = `${location.protocol}//127.0.0.1:${location.port}/__test__/bundle`;
    expect(new URL(elsewhere).origin).not.to.equal(location.origin);
    const { detail, alert } = await failure(`/__test__/redirect?to=${encodeURIComponent(elsewhere)}`);
    expect(detail.code).to.equal('network');
    expect(detail.message).to.contain('refused across origins');
    expect(alert).to.equal('The content could not be loaded. Check your connection and try again.');
  });

  it('a request blocked by the page’s connect-src policy says so', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/blocked.no-connect.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector<PipQaFeed>('pip-qa-feed')?.status === 'error', 'no error', {
        timeout: 4000,
      });
      const feed = frame.contentDocument!.querySelector<PipQaFeed>('pip-qa-feed')!;
      await feed.updateComplete;
      expect(feed.error!.code).to.equal('network');
      expect(feed.error?.message).to.contain("Content-Security-Policy does not allow connecting to it (connect-src)");
      expect((frame.contentWindow as Window & { pageErrors: string[] }).pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
