import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PipContent } from '../../src/components/content/content.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import { parseBundle } from '../../src/content/assembler.js';
import type { Question } from '../../src/content/schema.js';
import type { PipErrorDetail } from '../../src/events.js';
import { MemoryQuestionSource, type ResultsWindow } from '../../src/sources/index.js';
import { alertText, nextEvent, shadow, waitForStatus } from '../helpers.js';

// The feed on a deployment of 500 questions served by the test server (test/server/test-server.mjs).
const root = (feed: PipQaFeed) => shadow(feed);
const ids = (feed: PipQaFeed) => [...root(feed).querySelectorAll<HTMLElement>('.questions > [data-question-id]')].map((card) => card.dataset.questionId);
const input = (feed: PipQaFeed) => root(feed).querySelector<HTMLInputElement>('input[type="search"]')!;
const requested = (prefix: string) =>
  performance.getEntriesByType('resource').map(({ name }) => new URL(name).pathname).filter((path) => path.startsWith(prefix));

let questions: readonly Question[];
let memory: MemoryQuestionSource;

before(async () => {
  performance.setResourceTimingBufferSize(100_000);
  questions = parseBundle(await (await fetch('/__test__/deployment-bundle')).json()).questions!;
  memory = new MemoryQuestionSource(questions);
});

async function feedOn(kind: string, attributes = ''): Promise<PipQaFeed> {
  // Given its src before it is first drawn: else it starts on the built-in content.
  const feed = document.createElement('pip-qa-feed');
  for (const pair of attributes.split(' ').filter(Boolean)) feed.setAttribute(...(pair.split('=') as [string, string]));
  feed.src = `/__test__/deployment/${kind}/`;
  await fixture(html`${feed}`);
  await waitForStatus(feed, 'ready');
  return feed;
}

const expectedIds = async (query: string, limit = 20) =>
  ((await memory.results({ query, tags: [], sort: 'relevance', offset: 0, limit, lang: 'en' })) as ResultsWindow).questions.map(({ id }) => id);

describe('<pip-qa-feed> on a deployment', () => {
  it('shows the first cards from the head alone, and fetches nothing of the search index until a search is likely', async () => {
    const feed = await feedOn('first-cards');
    expect(ids(feed)).to.deep.equal(questions.slice(0, 20).map(({ id }) => id));
    expect(root(feed).querySelector('[part="more-questions"]')!.textContent).to.contain('480 remaining');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    expect(requested('/__test__/deployment/first-cards/')).to.deep.equal(['/__test__/deployment/first-cards/pip-deployment.json']);
    input(feed).focus();
    await waitUntil(() => requested('/__test__/deployment/first-cards/').some((path) => path.endsWith('/search/index.json')), 'no index on focus');
  });

  it('searches as the reader types, forgiving a typo, with the results of the bundle in memory', async () => {
    const feed = await feedOn('typed');
    const word = questions[12].title.toLowerCase().match(/[a-z]{7,}/)![0];
    const typo = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
    input(feed).focus();
    const searched = nextEvent(feed, 'pip-search');
    await sendKeys({ type: typo });
    await searched;
    await waitUntil(async () => JSON.stringify(ids(feed)) === JSON.stringify(await expectedIds(typo)), `cards for "${typo}" differ from memory`);
    expect(ids(feed)).to.include(questions[12].id);
    expect(root(feed).querySelector('[part~="highlight"]')).to.exist;
  });

  it('shows more questions, sorts and filters by a tag through the deployment\'s files', async () => {
    const feed = await feedOn('paged', 'page-size=10');
    root(feed).querySelector<HTMLButtonElement>('[part="more-questions"]')!.click();
    await waitUntil(() => ids(feed).length === 20, 'no second page');
    expect(ids(feed)).to.deep.equal(questions.slice(0, 20).map(({ id }) => id));
    feed.sort = 'newest';
    const newest = (memory.results({ query: '', tags: [], sort: 'newest', offset: 0, limit: 10, lang: 'en' }) as ResultsWindow).questions.map(({ id }) => id);
    await waitUntil(() => JSON.stringify(ids(feed)) === JSON.stringify(newest), 'not sorted by date');
    const tag = root(feed).querySelector<HTMLButtonElement>('.tag-bar .tag')!;
    const name = tag.textContent!.trim();
    tag.click();
    const tagged = (memory.results({ query: '', tags: [name], sort: 'newest', offset: 0, limit: 10, lang: 'en' }) as ResultsWindow).questions.map(({ id }) => id);
    await waitUntil(() => JSON.stringify(ids(feed)) === JSON.stringify(tagged), `not filtered by ${name}`);
  });

  it('opens a question linked from the page URL, wherever it is in the deployment', async () => {
    const linked = questions[463].id;
    location.hash = `#${encodeURIComponent(linked)}`;
    try {
      const feed = await feedOn('linked');
      await waitUntil(() => root(feed).querySelector(`[data-question-id="${CSS.escape(linked)}"]`), 'the linked question is not shown');
      await feed.updateComplete;
      expect(root(feed).activeElement?.getAttribute('data-question-id')).to.equal(linked);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('is loaded once by <pip-content> and shared by the feeds inside it', async () => {
    const content = await fixture<PipContent>(html`<pip-content src="/__test__/deployment/shared/pip-deployment.json">
      <pip-qa-feed></pip-qa-feed><pip-qa-feed sort="likes"></pip-qa-feed>
    </pip-content>`);
    const [a, b] = content.querySelectorAll('pip-qa-feed');
    await waitForStatus(a, 'ready');
    await waitForStatus(b, 'ready');
    expect(ids(a)).to.deep.equal(questions.slice(0, 20).map(({ id }) => id));
    const byLikes = (memory.results({ query: '', tags: [], sort: 'likes', offset: 0, limit: 20, lang: 'en' }) as ResultsWindow).questions.map(({ id }) => id);
    expect(ids(b)).to.deep.equal(byLikes);
    // The head once for both; the first page of the likes sort, once.
    expect(requested('/__test__/deployment/shared/').map((path) => path.replace(/\/[0-9a-f]{20}\//, '/…/'))).to.deep.equal([
      '/__test__/deployment/shared/pip-deployment.json',
      '/__test__/deployment/shared/…/first/likes.json',
    ]);
  });

  it('shows a damaged head as an error naming the field, and fires pip-error', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed></pip-qa-feed>`);
    const error = nextEvent<PipErrorDetail>(feed, 'pip-error');
    feed.src = '/__test__/deployment/damaged/';
    const { detail } = await error;
    expect(detail.code).to.equal('schema');
    expect(detail.issues.map(({ path }) => path)).to.deep.equal(['total']);
    await waitForStatus(feed, 'error');
    expect(alertText(feed)).to.contain('total');
  });

  it('says a deployment folder that is not there is not there', async () => {
    const feed = await fixture<PipQaFeed>(html`<pip-qa-feed></pip-qa-feed>`);
    const error = nextEvent<PipErrorDetail>(feed, 'pip-error');
    feed.src = '/__test__/deployment/corpus/nowhere/';
    expect((await error).detail.code).to.equal('http');
  });

  it('keeps its cards and says search is unavailable when the files a search needs cannot be had', async () => {
    const feed = await feedOn('no-cards');
    const errors: PipErrorDetail[] = [];
    feed.addEventListener('pip-error', (event) => errors.push((event as CustomEvent<PipErrorDetail>).detail));
    feed.query = questions[3].title.split(' ').at(-1)!.replace(/\W/g, '');
    await waitUntil(() => root(feed).querySelector('[part="empty"]')?.textContent?.includes('not available'), 'no notice');
    expect(errors.map(({ code }) => code)).to.deep.equal(['http']);
    expect(errors[0].message).to.match(/\/cards\/\d+\.json: the server answered with HTTP status 404/);
    feed.query = '';
    await waitUntil(() => ids(feed).length === 20, 'the first cards did not come back');
  });

  it('gives up a file that does not come within its timeout, and says search is unavailable', async () => {
    const feed = await feedOn('hang-cards', 'timeout=600');
    const warned: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      feed.query = questions[3].title.split(' ').at(-1)!.replace(/\W/g, '');
      await waitUntil(() => root(feed).querySelector('[part="empty"]')?.textContent?.includes('not available'), 'no notice', { timeout: 4000 });
      expect(String(warned.flat().at(-1))).to.match(/cards\/\d+\.json: no answer after 0\.6 s/);
    } finally {
      console.warn = warn;
    }
  });
});
