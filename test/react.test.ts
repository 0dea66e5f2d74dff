import { expect, waitUntil } from '@open-wc/testing';
import type { PipQaFeed } from '../src/components/qa-feed/qa-feed.js';

/** Where the checklist in examples/react/main.tsx keeps its answers (same origin as this page). */
const ANSWERS_KEY = 'pip-widgets:checklist:react-example-risk';

/**
 * The React 19 example as built (`npm test` runs `npm run build`, which builds it): React itself
 * sets the props and adds the listeners, so this proves the integration users get, not a copy of it.
 */
describe('React 19 example (dist/examples/react)', () => {
  let frame: HTMLIFrameElement;

  const query = <Element extends globalThis.Element>(selector: string) =>
    frame.contentDocument!.querySelector<Element>(selector);
  const text = (testId: string) => query(`[data-testid="${testId}"]`)?.textContent?.trim() ?? '';

  before(async () => {
    // A run before this one may have left answers on the device; the checklist would start ticked.
    localStorage.removeItem(ANSWERS_KEY);
    frame = document.createElement('iframe');
    frame.src = '/dist/examples/react/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
  });

  after(() => {
    frame.remove();
    localStorage.removeItem(ANSWERS_KEY);
  });

  it('passes the bundle object as a property and page-size as an attribute', async () => {
    // React renders after the load event (createRoot is concurrent), so wait for the element.
    await waitUntil(() => query('pip-qa-feed'), 'React did not render <pip-qa-feed>', { timeout: 4000 });
    const feed = query<PipQaFeed>('pip-qa-feed')!;
    await waitUntil(
      () => feed.shadowRoot?.querySelectorAll('[data-question-id]').length === 3,
      'the feed did not render the three questions of the example bundle',
    );
    const ids = [...feed.shadowRoot!.querySelectorAll('[data-question-id]')].map((card) => card.getAttribute('data-question-id'));
    expect(ids).to.have.members(['what-is-a-pip', 'can-i-pass', 'unfair-deadline']);
    // An element React met before it was defined would have bundle="[object Object]" instead.
    expect(feed.hasAttribute('bundle')).to.equal(false);
    expect(feed.bundle).to.be.an('object');
    expect(feed.getAttribute('page-size')).to.equal('3');
    expect(feed.pageSize).to.equal(3);
  });

  it('delivers pip-load to an onpip-load prop', async () => {
    await waitUntil(() => text('load-status').startsWith('Loaded:'), `no pip-load in React: "${text('load-status')}"`);
    expect(text('load-status')).to.equal('Loaded: Questions about performance improvement plans');
  });

  it('delivers pip-search to an onpip-search prop, and React re-renders with its detail', async () => {
    const feed = query<PipQaFeed>('pip-qa-feed')!;
    const input = feed.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'deadline';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => text('last-search').includes('"deadline"'), `React did not see the search: "${text('last-search')}"`);
    const shown = feed.shadowRoot!.querySelectorAll('[data-question-id]').length;
    expect(shown).to.equal(1);
    expect(text('last-search')).to.equal(`Last search: "deadline", ${shown} result(s)`);
  });

  it('delivers pip-risk-change to an onpip-risk-change prop', async () => {
    const checklist = query('pip-risk-checklist')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('[data-item-id="missed-goals"] input'), 'checklist not rendered');
    expect(text('risk-level')).to.equal('Risk level: not answered yet');
    // Weight 3 of 6: 50 %, which the example's levels call "Elevated".
    checklist.shadowRoot!.querySelector<HTMLInputElement>('[data-item-id="missed-goals"] input[type="checkbox"]')!.click();
    await waitUntil(() => text('risk-level') !== 'Risk level: not answered yet', 'React did not see pip-risk-change');
    expect(text('risk-level')).to.equal('Risk level: Elevated (50%)');
  });
});
