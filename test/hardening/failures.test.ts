import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipErrorDetail } from '../../src/events.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { alertText, failOnEscapedErrors, shadow, waitForStatus } from '../helpers.js';

failOnEscapedErrors();

const unique = () => `${Date.now()}-${Math.random()}`;

/** Adds the element, and records every pip-error and pip-load it fires. */
async function mount<Element extends PipElement>(tag: string, setup: (element: Element) => void) {
  const wrapper = await fixture(html`<div></div>`);
  const element = document.createElement(tag) as Element;
  setup(element);
  const errors: PipErrorDetail[] = [];
  let loads = 0;
  element.addEventListener('pip-error', (event) => errors.push((event as CustomEvent<PipErrorDetail>).detail));
  element.addEventListener('pip-load', () => loads++);
  wrapper.append(element);
  return { element, errors, loads: () => loads };
}

const retryButton = (element: Element) => shadow(element).querySelector<HTMLButtonElement>('[part="retry"]');
const cards = (element: Element) => shadow(element).querySelectorAll('[part="question"]').length;

describe('failures named by cause', () => {
  for (const [what, src] of [
    ['a connection reset half-way through a large body', () => `/__test__/drop?count=2000&pause=200&key=${unique()}`],
    ['a gzip body that turns to garbage half-way', () => '/__test__/bad-gzip?count=2000'],
  ] as const) {
    it(`${what} is a network error, with "Try again"`, async () => {
      const { element, errors } = await mount('pip-risk-checklist', (checklist) => (checklist.src = src()));
      await waitForStatus(element, 'error');
      expect(errors.map((error) => error.code)).to.deep.equal(['network']);
      expect(errors[0].message).to.contain('while the body was arriving');
      expect(alertText(element)).to.equal('The content could not be loaded. Check your connection and try again.');
      expect(retryButton(element)!.textContent!.trim()).to.equal('Try again');
    });
  }

  it('the timeout ends the load even when the page’s fetch drops the AbortSignal, and the late answer is ignored', async () => {
    const pageFetch = window.fetch;
    // As analytics wrappers do: the request goes out, the signal does not.
    window.fetch = (input, init) => pageFetch(input, { ...init, signal: undefined });
    try {
      const { element, errors, loads } = await mount('pip-qa-feed', (feed) => {
        feed.timeout = 300;
        feed.src = `/__test__/bundle?delay=1200&title=${unique()}`;
      });
      await waitForStatus(element, 'error');
      expect(errors.map((error) => error.code)).to.deep.equal(['timeout']);
      expect(retryButton(element)).to.exist;
      // The answer arrives after the deadline: nothing changes.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(element.status).to.equal('error');
      expect(loads()).to.equal(0);
      expect(errors.length).to.equal(1);
    } finally {
      window.fetch = pageFetch;
    }
  });

  it('a large body that breaks after the first cards keeps them on screen, with a notice and "Try again"', async () => {
    const { element, errors } = await mount<PipQaFeed>('pip-qa-feed', (feed) => {
      feed.pageSize = 5;
      feed.src = `/__test__/drop?count=3000&pause=600&key=${unique()}`;
    });
    await waitUntil(() => element.status === 'loading' && cards(element) === 5, 'no preview', { timeout: 4000 });
    await waitForStatus(element, 'error');
    expect(errors.map((error) => error.code)).to.deep.equal(['network']);
    expect(cards(element)).to.equal(5);
    expect(shadow(element).querySelector('[part="title"]')!.textContent).to.equal('Arriving slowly');
    expect(alertText(element)).to.equal('Not all of this content could be loaded. Check your connection and try again.');
    // Part of a bundle cannot be searched: a reader who types is told so, not "Searching…" for ever.
    element.query = 'slowly';
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="empty"]')?.textContent).to.equal('Search is not available right now. Please try again later.');
    element.query = '';
    await element.updateComplete;
    expect(cards(element)).to.equal(5);
    retryButton(element)!.click();
    await waitForStatus(element, 'ready');
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    expect(shadow(element).querySelector('[part="more-questions"]')).to.exist;
  });
});

describe('focus after "Try again"', () => {
  for (const [tag, target] of [
    ['pip-qa-feed', '[part="title"]'],
    ['pip-course-outline', '[part="title"]'],
    ['pip-risk-checklist', '[part="title"]'],
    ['pip-content', '[part="base"]'],
  ] as const) {
    it(`<${tag}>: focus goes to ${target}, not to <body>`, async () => {
      const { element } = await mount(tag, (widget) => {
        widget.timeout = 300;
        widget.src = `/__test__/flaky?all=1&key=${unique()}`;
      });
      await waitForStatus(element, 'error');
      retryButton(element)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForStatus(element, 'ready');
      // Compared as names: chai would print whole elements, with their content, on a failure.
      expect(document.activeElement?.localName).to.equal(tag);
      const focused = shadow(element).activeElement;
      expect(focused && focused === shadow(element).querySelector(target) ? target : focused?.outerHTML ?? 'nothing').to.equal(target);
    });
  }
});
