import { expect, waitUntil } from '@open-wc/testing';
import type { PipElement } from '../../src/internal/pip-element.js';
import { inlineJson, sampleBundle } from '../helpers.js';

/**
 * The host page gives `Object.prototype` a `then` that does nothing, before the library loads.
 * The pollution lives in a frame of its own, so it cannot reach this runner and goes with the
 * frame. Every wait is bounded; predicates return booleans, because anything from the frame's
 * realm (an element, a constructor) is a thenable that would never settle here either.
 */
type HostWindow = Window & typeof globalThis & { pageErrors: string[] };

let frame: HTMLIFrameElement | undefined;
/** Whether the page's `then` is a plain assignment, seen by for...in, or defined not enumerable. */
let enumerable = false;

/** Opens the page; `host()` is its window (not returned: a promise of it would never settle). */
async function openHostPage(): Promise<void> {
  frame = document.createElement('iframe');
  frame.src = `/test/fixtures/thenable-host.html${enumerable ? '?enumerable' : ''}`;
  document.body.append(frame);
  const view = () => frame!.contentWindow as HostWindow | null;
  await waitUntil(() => !!view()?.customElements.get('pip-qa-feed') && !!view()?.customElements.get('pip-content'), 'the elements were never defined', {
    timeout: 8000,
  });
  // The premise: on this page a promise of an object never settles.
  let settled = false;
  new (host().Promise)((resolve) => resolve(new (host().Object)())).then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (settled) throw new Error('the host page is not polluted');
}

const host = () => frame!.contentWindow as HostWindow;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

function add(tag: string, setup: (element: PipElement) => void = () => {}): PipElement {
  const element = host().document.createElement(tag) as PipElement;
  setup(element);
  host().document.body.append(element);
  return element;
}

async function settles(element: PipElement, status: string, timeout = 4000): Promise<void> {
  await waitUntil(() => element.status === status, `<${element.localName}> never became "${status}"`, { timeout });
}

const text = (element: PipElement, selector: string) => element.shadowRoot!.querySelector(selector)?.textContent?.trim();

for (const kind of ['not enumerable', 'enumerable'] as const) describe(`a host page with a then on Object.prototype (${kind})`, () => {
  before(() => (enumerable = kind === 'enumerable'));
  it('loads the built-in content, a property bundle, an inline bundle and a src= bundle', async () => {
    await openHostPage();
    const byDefault = add('pip-qa-feed');
    // Made by the page, so the object is of its realm, prototype and all.
    const property = add('pip-risk-checklist', (element) => (element.bundle = host().JSON.parse(JSON.stringify(sampleBundle()))));
    const inline = add('pip-course-outline', (element) => {
      const script = host().document.createElement('script');
      script.type = 'application/json';
      script.textContent = inlineJson(sampleBundle());
      element.append(script);
    });
    const served = add('pip-qa-feed', (element) => (element.src = '/__test__/bundle?title=Served%20anyway'));
    for (const element of [byDefault, property, inline, served]) await settles(element, 'ready');
    expect(text(property, '[part="title"]')).to.equal('Sample checklist');
    expect(text(inline, '[part="title"]')).to.equal('Sample course');
    expect(text(served, '[part="title"]')).to.equal('Served anyway');
    expect(byDefault.shadowRoot!.querySelectorAll('[part="question"]').length).to.be.greaterThan(0);
    expect(host().pageErrors).to.deep.equal([]);
  });

  it('a large src= bundle draws its first cards while the rest arrives', async () => {
    await openHostPage();
    const feed = add('pip-qa-feed', (element) => {
      (element as PipElement & { pageSize: number }).pageSize = 5;
      element.src = '/__test__/trickle?count=400&pause=800';
    });
    await waitUntil(() => feed.status === 'loading' && feed.shadowRoot!.querySelectorAll('[part="question"]').length === 5, 'no preview', {
      timeout: 4000,
    });
    await settles(feed, 'ready');
    expect(text(feed, '[part="title"]')).to.equal('Arriving slowly');
  });

  it('speaks German with lang="de", and updateComplete settles', async () => {
    await openHostPage();
    const feed = add('pip-qa-feed', (element) => {
      element.lang = 'de';
      element.bundle = sampleBundle();
    });
    await waitUntil(() => feed.shadowRoot?.querySelector('label[for="search"]')?.textContent === 'Fragen durchsuchen', 'no German', {
      timeout: 4000,
    });
    const complete = await Promise.race([feed.updateComplete.then(() => 'settled'), new Promise((resolve) => setTimeout(resolve, 2000, 'pending'))]);
    expect(complete).to.equal('settled');
  });

  it('searches (the engine is a chunk of its own)', async () => {
    await openHostPage();
    const feed = add('pip-qa-feed', (element) => (element.bundle = sampleBundle())) as PipElement & { query: string };
    await settles(feed, 'ready');
    feed.query = 'severance';
    const titles = () => [...feed.shadowRoot!.querySelectorAll('[part="question-title"]')].map((title) => title.textContent!.trim());
    await waitUntil(() => titles().length === 1, 'no search results', { timeout: 4000 });
    expect(titles()).to.deep.equal(['Can I negotiate severance?']);
  });

  it('reads a deployment: first cards, a search and a sort', async () => {
    await openHostPage();
    const feed = add('pip-qa-feed', (element) => (element.src = '/__test__/deployment/thenable/')) as PipElement & { query: string; sort: string };
    await settles(feed, 'ready');
    const cards = () => feed.shadowRoot!.querySelectorAll('[part="question"]').length;
    await waitUntil(() => cards() === 20, 'no first cards', { timeout: 4000 });
    const titles = () => [...feed.shadowRoot!.querySelectorAll('[part="question-title"]')].map((title) => title.textContent!.trim());
    const first = titles()[0];
    // A start of words that many questions have: more results than a window, whose rest comes after its first six.
    feed.query = 'ma';
    const more = () => feed.shadowRoot!.querySelector('[part="more-questions"]') !== null;
    await waitUntil(() => feed.shadowRoot!.querySelector('[part~="highlight"]') !== null && cards() === 20 && more(), 'no whole window of results', { timeout: 6000 });
    feed.query = '';
    feed.sort = 'likes';
    await waitUntil(() => cards() === 20 && titles()[0] !== first, 'not sorted', { timeout: 6000 });
  });

  it('opens a question of a deployment linked from the page URL', async () => {
    await openHostPage();
    const { questions } = (await (await fetch('/__test__/deployment-bundle')).json()) as { questions: { id: string }[] };
    const linked = questions[371].id;
    host().history.replaceState(null, '', `#${linked}`);
    const feed = add('pip-qa-feed', (element) => (element.src = '/__test__/deployment/thenable-link/'));
    await settles(feed, 'ready');
    await waitUntil(() => feed.shadowRoot!.querySelector(`[data-question-id="${linked}"]`) !== null, 'the linked question is not shown', { timeout: 6000 });
  });
});
