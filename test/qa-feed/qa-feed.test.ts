import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PipQaFeed, PipQuestionToggleDetail, PipSearchDetail } from '../../src/components/qa-feed/qa-feed.js';
import defaultBundle from '../../src/content/default-bundle.json';
import type { ContentBundleInput } from '../../src/content/schema.js';
import { nextEvent, shadow, waitForStatus } from '../helpers.js';

type QuestionInput = NonNullable<ContentBundleInput['questions']>[number];

function question(n: number, extra: Partial<QuestionInput> = {}): QuestionInput {
  return { id: `q-${n}`, title: `Question number ${n}`, body: `Body of question ${n}.`, ...extra };
}

function bundleOf(questions: QuestionInput[]): ContentBundleInput {
  return { version: 1, topic: { id: 'topic', title: 'Plans', about: 'All about **plans**.' }, questions };
}

const root = (feed: PipQaFeed) => shadow(feed);
const cards = (feed: PipQaFeed) => [...root(feed).querySelectorAll<HTMLElement>('.questions:not(.pinned .questions) > [data-question-id]')];
const ids = (feed: PipQaFeed) => cards(feed).map((card) => card.dataset.questionId);
const input = (feed: PipQaFeed) => root(feed).querySelector<HTMLInputElement>('input[type="search"]')!;
const card = (feed: PipQaFeed, id: string) => root(feed).querySelector<HTMLElement>(`[data-question-id="${id}"]`)!;

async function feedWith(bundle: ContentBundleInput | typeof defaultBundle, attributes = ''): Promise<PipQaFeed> {
  const feed = await fixture<PipQaFeed>(html`<pip-qa-feed></pip-qa-feed>`);
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    feed.setAttribute(name, value);
  }
  feed.bundle = bundle;
  await waitForStatus(feed, 'ready');
  return feed;
}

/** Types like a user: focus, then real key presses, and waits for the results of the last one. */
async function type(feed: PipQaFeed, text: string): Promise<PipSearchDetail> {
  input(feed).focus();
  let last: PipSearchDetail | undefined;
  const onSearch = (event: CustomEvent<PipSearchDetail>) => (last = event.detail);
  feed.addEventListener('pip-search', onSearch);
  try {
    await sendKeys({ type: text });
    await waitUntil(() => last?.query === input(feed).value, `no pip-search for "${input(feed).value}"`, { timeout: 4000 });
    await feed.updateComplete;
    return last!;
  } finally {
    feed.removeEventListener('pip-search', onSearch);
  }
}

async function search(feed: PipQaFeed, query: string): Promise<PipSearchDetail> {
  const event = nextEvent<PipSearchDetail>(feed, 'pip-search');
  feed.query = query;
  const { detail } = await event;
  await feed.updateComplete;
  return detail;
}

describe('<pip-qa-feed> cards', () => {
  it('shows the topic with a configurable heading level, or hides it', async () => {
    const feed = await feedWith(bundleOf([question(1)]));
    expect(root(feed).querySelector('h2[part="title"]')!.textContent).to.equal('Plans');
    expect(root(feed).querySelector('.about strong')!.textContent).to.equal('plans');
    expect(card(feed, 'q-1').querySelector('h3')!.textContent!.trim()).to.equal('Question number 1');
    feed.headingLevel = 4;
    await feed.updateComplete;
    expect(root(feed).querySelector('h4[part="title"]')).to.exist;
    expect(card(feed, 'q-1').querySelector('h5')).to.exist;
    feed.setAttribute('hide-header', '');
    await feed.updateComplete;
    expect(root(feed).querySelector('[part="header"]')).to.equal(null);
  });

  it('builds the byline, avatar, date, likes and answer count', async () => {
    const feed = await feedWith(
      bundleOf([
        question(1, {
          author: { level: 'Mid-Level', role: 'Software Engineer', company: 'Acme' },
          createdAt: '2026-03-14',
          likes: 12,
          answers: [
            { id: 'a1', body: 'First answer.' },
            { id: 'a2', body: 'Second answer.', likes: 1 },
          ],
        }),
        question(2, { likes: 1 }),
        question(3, { author: { name: 'Jordan Lee', avatarUrl: 'https://example.com/jordan.png' } }),
        question(4, { author: { avatarUrl: 'https://example.com/a.png', company: 'Community' } }),
      ]),
    );
    const first = card(feed, 'q-1');
    expect(first.querySelector('[part="byline"]')!.textContent).to.equal('Mid-Level Software Engineer at Acme');
    expect(first.querySelector('[part="avatar"]')!.textContent!.trim()).to.equal('SE');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-14');
    expect(first.querySelector('time')!.textContent).to.equal('Mar 14, 2026');
    expect(first.querySelector('.likes')!.textContent).to.equal('12 likes');
    expect(first.querySelector('.answers-toggle')!.textContent!.trim()).to.equal('2 answers');
    expect(card(feed, 'q-2').querySelector('[part="byline"]')!.textContent).to.equal('Anonymous');
    expect(card(feed, 'q-2').querySelector('.likes')!.textContent).to.equal('1 like');
    expect(card(feed, 'q-2').querySelector('.answers-toggle')).to.equal(null);
    const image = card(feed, 'q-3').querySelector('[part="avatar"] img')!;
    expect(image.getAttribute('src')).to.equal('https://example.com/jordan.png');
    expect(image.getAttribute('alt')).to.equal('');
    expect(card(feed, 'q-3').querySelector('[part="byline"]')!.textContent).to.equal('Jordan Lee');
    expect(card(feed, 'q-4').querySelector('[part="byline"]')!.textContent).to.equal('Anonymous at Community');
  });

  it('formats dates and counts for the language of the page', async () => {
    const wrapper = await fixture(html`<div lang="de"><pip-qa-feed></pip-qa-feed></div>`);
    const feed = wrapper.querySelector('pip-qa-feed')!;
    feed.bundle = bundleOf([question(1, { createdAt: '2026-03-14', likes: 1200 })]);
    await waitForStatus(feed, 'ready');
    expect(card(feed, 'q-1').querySelector('time')!.textContent).to.equal('14.03.2026');
    expect(card(feed, 'q-1').querySelector('.likes')!.textContent).to.equal('Gefällt 1.200 Personen');
  });

  it('offers "Show more" only for a body that is really clamped, and toggles it', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} of a long story about a plan.`).join('\n\n');
    const feed = await feedWith(bundleOf([question(1, { body: long }), question(2)]));
    await waitUntil(() => card(feed, 'q-1').querySelector('[part="show-more"]'), 'no Show more on the long body');
    expect(card(feed, 'q-2').querySelector('[part="show-more"]')).to.equal(null);
    const button = card(feed, 'q-1').querySelector<HTMLButtonElement>('[part="show-more"]')!;
    const body = card(feed, 'q-1').querySelector<HTMLElement>('[part="body"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(body.id);
    const collapsedHeight = body.clientHeight;
    const toggle = nextEvent<PipQuestionToggleDetail>(feed, 'pip-question-toggle');
    button.click();
    expect((await toggle).detail).to.deep.equal({ id: 'q-1', expanded: true });
    await feed.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(body.clientHeight).to.be.greaterThan(collapsedHeight * 2);
    button.click();
    await feed.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens the answers under a question', async () => {
    const feed = await feedWith(bundleOf([question(1, { answers: [{ id: 'a1', body: 'Keep **notes**.', author: { role: 'Coach' } }] })]));
    const toggle = card(feed, 'q-1').querySelector<HTMLButtonElement>('.answers-toggle')!;
    const list = card(feed, 'q-1').querySelector<HTMLElement>('[part="answers"]')!;
    expect(list.hidden).to.equal(true);
    toggle.click();
    await feed.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    expect(list.querySelector('[data-answer-id="a1"] strong')!.textContent).to.equal('notes');
    expect(list.querySelector('[part="byline"]')!.textContent).to.equal('Coach');
  });

  it('pages: page-size cards at first, then more on request, with the remaining count', async () => {
    const feed = await feedWith(bundleOf(Array.from({ length: 12 }, (_, i) => question(i + 1))), 'page-size=5');
    expect(ids(feed)).to.deep.equal(['q-1', 'q-2', 'q-3', 'q-4', 'q-5']);
    const more = root(feed).querySelector<HTMLButtonElement>('[part="more-questions"]')!;
    expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Show more questions (7 remaining)');
    more.click();
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(10);
    expect(feed.shadowRoot!.activeElement).to.equal(card(feed, 'q-6'));
    root(feed).querySelector<HTMLButtonElement>('[part="more-questions"]')!.click();
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(12);
    expect(root(feed).querySelector('[part="more-questions"]')).to.equal(null);
  });

  it('draws the cards in view in the frame of new results, and the rest of the page right after', async () => {
    const questions = Array.from({ length: 30 }, (_, i) => question(i + 1, { title: `Plan question ${i + 1}` }));
    const feed = await feedWith(bundleOf(questions));
    const list = () => root(feed).querySelector<HTMLElement>('.results')!;
    let drawnAtSearch = 0;
    let listBottom = 0;
    const onSearch = () => {
      drawnAtSearch = cards(feed).length;
      listBottom = list().getBoundingClientRect().bottom;
    };
    feed.addEventListener('pip-search', onSearch);
    try {
      await search(feed, 'plan');
    } finally {
      feed.removeEventListener('pip-search', onSearch);
    }
    expect(drawnAtSearch, 'cards when the results were announced').to.be.within(1, 19);
    expect(listBottom, 'the first cards fill the window').to.be.at.least(window.innerHeight);
    // updateComplete waits for the rest of the page.
    expect(cards(feed)).to.have.length(20);
    expect(root(feed).querySelector('[part="more-questions"]')!.textContent).to.contain('10 remaining');
  });

  it('draws the rest of the page even when no frame comes (a hidden page)', async () => {
    const questions = Array.from({ length: 30 }, (_, i) => question(i + 1, { title: `Plan question ${i + 1}` }));
    const feed = await feedWith(bundleOf(questions));
    // Searchable first: updateComplete does not wait for the index ("Searching…" is what shows).
    await search(feed, 'question');
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      feed.query = 'plan';
      await feed.updateComplete;
      expect(cards(feed)).to.have.length(20);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
  });

  it('draws the whole page of the newest results when queries follow each other quickly', async () => {
    const questions = Array.from({ length: 30 }, (_, i) => question(i + 1, { title: i % 2 ? `Odd plan ${i + 1}` : `Even plan ${i + 1}` }));
    const feed = await feedWith(bundleOf(questions));
    feed.query = 'odd';
    await nextEvent(feed, 'pip-search');
    feed.query = 'even';
    await nextEvent(feed, 'pip-search');
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(15);
    expect(cards(feed).every((card) => card.querySelector('h3')!.textContent!.includes('Even'))).to.equal(true);
  });

  it('measures a body again when its card is redrawn for another question', async () => {
    const long = (word: string) => Array.from({ length: 12 }, (_, i) => `${word} paragraph ${i}.`).join('\n\n');
    const feed = await feedWith(
      bundleOf([question(1, { title: 'Alpha', body: long('First') }), question(2, { title: 'Beta', body: long('Second') })]),
      'page-size=1',
    );
    await waitUntil(() => card(feed, 'q-1').querySelector('[part="show-more"]'), 'no Show more on the first long body');
    const firstCard = cards(feed)[0];
    await search(feed, 'beta');
    // The same card, now for another question whose body is just as tall.
    expect(cards(feed)[0]).to.equal(firstCard);
    expect(ids(feed)).to.deep.equal(['q-2']);
    await waitUntil(() => card(feed, 'q-2').querySelector('[part="show-more"]'), 'no Show more on the second long body');
  });

  it('opens and scrolls to the question named in the page URL', async () => {
    const questions = Array.from({ length: 30 }, (_, i) => question(i + 1));
    questions[25].body = Array.from({ length: 12 }, (_, i) => `Line ${i}.`).join('\n\n');
    const feed = await feedWith(bundleOf(questions), 'page-size=5');
    const toggle = nextEvent<PipQuestionToggleDetail>(feed, 'pip-question-toggle');
    location.hash = '#q-26';
    try {
      expect((await toggle).detail).to.deep.equal({ id: 'q-26', expanded: true });
      await feed.updateComplete;
      const linked = card(feed, 'q-26');
      expect(linked).to.exist;
      expect(feed.shadowRoot!.activeElement).to.equal(linked);
      expect(linked.querySelector('[part="show-more"]')!.getAttribute('aria-expanded')).to.equal('true');
      expect(cards(feed)).to.have.length(5);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});

describe('<pip-qa-feed> search', () => {
  const bundle = defaultBundle;
  const idOf = (fragment: string) => bundle.questions.find((q) => q.id.includes(fragment))!.id;

  it('finds questions as the user types, forgiving typos', async () => {
    const feed = await feedWith(bundle);
    const result = await type(feed, 'severence');
    expect(result.query).to.equal('severence');
    expect(result.count).to.be.greaterThan(0);
    expect(ids(feed).slice(0, 3)).to.include(idOf('severance'));
  });

  for (const [query, fragment] of [
    ['h1b vissa', 'h1b'],
    ['stak rank', 'ranked-last'],
    ['refrences', 'references'],
    ['medicl leave', 'medical-leave'],
    ['anxeity sleep', 'anxiety'],
  ] as const) {
    it(`ranks the intended question in the top 3 for "${query}"`, async () => {
      const feed = await feedWith(bundle);
      await search(feed, query);
      expect(ids(feed).slice(0, 3)).to.include(idOf(fragment));
    });
  }

  it('highlights matched words in titles, as DOM', async () => {
    const feed = await feedWith(bundle);
    await search(feed, 'severance');
    const marks = [...root(feed).querySelectorAll('[part="question-title"] mark')].map((mark) => mark.textContent!.toLowerCase());
    expect(marks).to.include('severance');
  });

  it('searches in the language of its lang attribute, with that language\'s word forms and synonyms', async () => {
    const feed = await feedWith(
      {
        version: 1,
        questions: [
          question(1, { title: 'Kündigung nach dem Plan', body: 'Was nun?' }),
          question(2, { title: 'Mein Vorgesetzter ignoriert mich', body: 'Seit Wochen.' }),
          question(3, { title: 'Urlaub im Sommer', body: 'Darf ich?' }),
        ],
      },
      'lang=de',
    );
    expect((await search(feed, 'kündigungen')).count).to.equal(1);
    expect(ids(feed)).to.deep.equal(['q-1']);
    await search(feed, 'chef');
    expect(ids(feed)).to.deep.equal(['q-2']);
    const marks = [...root(feed).querySelectorAll('[part="question-title"] mark')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['Vorgesetzter']);
  });

  it("uses the bundle's own synonyms (format 1.1) and can switch the built-in ones off", async () => {
    const questions = [question(1, { title: 'Preparing for a one-on-one' }), question(2, { title: 'My manager is never around' })];
    const feed = await feedWith({ version: 1.1, questions, search: { synonyms: [['1:1', 'one-on-one']], builtinSynonyms: false } });
    await search(feed, '1:1');
    expect(ids(feed)).to.deep.equal(['q-1']);
    expect((await search(feed, 'boss')).count).to.equal(0);
    feed.bundle = { version: 1.1, questions };
    await waitForStatus(feed, 'ready');
    await search(feed, 'supervisor');
    expect(ids(feed)).to.deep.equal(['q-2']);
  });

  it('matches words found only in a body', async () => {
    const feed = await feedWith(
      bundleOf([question(1), question(2, { body: 'My manager mentioned a **calibration** meeting.' }), question(3)]),
    );
    const { count } = await search(feed, 'calibration');
    expect(count).to.equal(1);
    expect(ids(feed)).to.deep.equal(['q-2']);
  });

  it('says when nothing matches, and offers to clear the search', async () => {
    const feed = await feedWith(bundle);
    const { count } = await search(feed, 'xylophonequartz');
    expect(count).to.equal(0);
    const empty = root(feed).querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No questions match');
    await expect(feed).to.be.accessible();
    empty.querySelector('button')!.click();
    await feed.updateComplete;
    expect(feed.query).to.equal('');
    expect(cards(feed).length).to.equal(20);
    expect(feed.shadowRoot!.activeElement).to.equal(input(feed));
  });

  it('announces the count politely once typing pauses', async () => {
    const feed = await feedWith(bundleOf([question(1, { title: 'Visa questions' }), question(2, { title: 'Visa timing' }), question(3)]));
    await search(feed, 'visa');
    const region = [...root(feed).querySelectorAll('[role="status"]')].find((el) => el.getAttribute('aria-atomic') === 'true')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => region.textContent === '2 questions match “\u2068visa\u2069”', `announced "${region.textContent}"`);
  });

  it('reflects the query attribute both ways', async () => {
    const feed = await feedWith(bundle);
    const event = nextEvent<PipSearchDetail>(feed, 'pip-search');
    feed.setAttribute('query', 'visa');
    expect((await event).detail.query).to.equal('visa');
    await feed.updateComplete;
    expect(input(feed).value).to.equal('visa');
    await type(feed, ' grace');
    expect(feed.getAttribute('query')).to.equal('visa grace');
  });

  it('clears with Esc, and focuses with "/" unless the user is typing elsewhere', async () => {
    const page = await fixture(html`<div><input id="other" aria-label="Other field" /><pip-qa-feed></pip-qa-feed></div>`);
    const feed = page.querySelector('pip-qa-feed')!;
    feed.bundle = bundle;
    await waitForStatus(feed, 'ready');
    const other = page.querySelector<HTMLInputElement>('#other')!;
    other.focus();
    await sendKeys({ type: '/' });
    expect(other.value).to.equal('/');
    expect(document.activeElement).to.equal(other);
    other.blur();
    await sendKeys({ press: '/' });
    expect(feed.shadowRoot!.activeElement).to.equal(input(feed));
    expect(input(feed).value).to.equal('');
    await type(feed, 'visa');
    await sendKeys({ press: 'Escape' });
    await feed.updateComplete;
    expect(feed.query).to.equal('');
    expect(input(feed).value).to.equal('');
  });

  it('filters by tag chips, combined with the query, and removes them', async () => {
    const feed = await feedWith(
      bundleOf([
        question(1, { title: 'Severance talk', tags: ['severance', 'hr'] }),
        question(2, { title: 'Severance math', tags: ['severance'] }),
        question(3, { title: 'HR meeting', tags: ['hr'] }),
      ]),
    );
    const chip = (tag: string) =>
      [...root(feed).querySelectorAll<HTMLButtonElement>('[part="tag-filter"] [part="tag"]')].find((b) => b.textContent!.trim() === tag)!;
    let event = nextEvent<PipSearchDetail>(feed, 'pip-search');
    chip('hr').click();
    expect((await event).detail.count).to.equal(2);
    await feed.updateComplete;
    expect(chip('hr').getAttribute('aria-pressed')).to.equal('true');
    expect(ids(feed)).to.deep.equal(['q-1', 'q-3']);
    await search(feed, 'severance');
    expect(ids(feed)).to.deep.equal(['q-1']);
    event = nextEvent<PipSearchDetail>(feed, 'pip-search');
    chip('hr').click();
    expect((await event).detail.count).to.equal(2);
    await feed.updateComplete;
    expect(chip('hr').getAttribute('aria-pressed')).to.equal('false');
  });

  it('keeps the filter bar in place and moves focus to the tag pressed, also from a card', async () => {
    const feed = await feedWith(
      bundleOf([
        question(1, { title: 'Severance talk', tags: ['severance', 'hr', 'visa'] }),
        question(2, { title: 'Severance math', tags: ['severance', 'hr'] }),
        question(3, { title: 'Visa clock', tags: ['severance', 'visa', 'h1b'] }),
      ]),
    );
    const bar = () => [...root(feed).querySelectorAll<HTMLButtonElement>('[part="tag-filter"] [part="tag"]')];
    const chip = (tag: string) => bar().find((b) => b.textContent!.trim() === tag)!;
    const order = bar().map((b) => b.textContent!.trim());
    const active = () => feed.shadowRoot!.activeElement;
    chip('visa').focus();
    await sendKeys({ press: 'Enter' });
    await feed.updateComplete;
    expect(bar().map((b) => b.textContent!.trim())).to.deep.equal(order);
    expect(active()).to.equal(chip('visa'));
    expect(chip('visa').getAttribute('aria-pressed')).to.equal('true');
    expect(ids(feed)).to.deep.equal(['q-1', 'q-3']);

    // A card's own tag: its card may be redrawn for another question, so focus goes to the filter.
    const cardTag = [...card(feed, 'q-3').querySelectorAll<HTMLButtonElement>('[part="tag"]')].find((b) => b.textContent!.trim() === 'h1b')!;
    cardTag.focus();
    await sendKeys({ press: 'Enter' });
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['q-3']);
    expect(active()).to.equal(chip('h1b'));
    expect(chip('h1b').getAttribute('aria-pressed')).to.equal('true');

    root(feed).querySelector<HTMLButtonElement>('[part="tag-filter"] .link-button')!.click();
    await feed.updateComplete;
    expect(active()).to.equal(input(feed));
    expect(ids(feed)).to.deep.equal(['q-1', 'q-2', 'q-3']);
  });

  it('sorts by newest and by most liked', async () => {
    const feed = await feedWith(
      bundleOf([
        question(1, { createdAt: '2025-01-01', likes: 5 }),
        question(2, { createdAt: '2026-06-01', likes: 1 }),
        question(3, { createdAt: '2025-09-01', likes: 9 }),
      ]),
    );
    const select = root(feed).querySelector<HTMLSelectElement>('select[part="sort"]')!;
    select.value = 'newest';
    select.dispatchEvent(new Event('change'));
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['q-2', 'q-3', 'q-1']);
    expect(feed.getAttribute('sort')).to.equal('newest');
    feed.sort = 'likes';
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['q-3', 'q-1', 'q-2']);
  });

  it('takes other strings, with plural forms', async () => {
    const feed = await feedWith(bundleOf([question(1, { likes: 1 }), question(2, { likes: 3 })]));
    feed.strings = { searchLabel: 'Fragen durchsuchen', likes: { one: '{count} Like', other: '{count} Likes' } };
    await feed.updateComplete;
    expect(root(feed).querySelector('label[for="search"]')!.textContent).to.equal('Fragen durchsuchen');
    expect(card(feed, 'q-1').querySelector('.likes')!.textContent).to.equal('1 Like');
    expect(card(feed, 'q-2').querySelector('.likes')!.textContent).to.equal('3 Likes');
  });

  it('stays responsive and correct with an absurdly long query', async () => {
    const feed = await feedWith(bundle);
    const { count } = await search(feed, 'severance '.repeat(500));
    expect(count).to.be.greaterThan(0);
    expect(count).to.be.at.most(bundle.questions.length);
  });
});

describe('<pip-qa-feed> accessibility', () => {
  it('is axe-clean by default, while searching, and expanded', async () => {
    const feed = await feedWith(defaultBundle);
    await expect(feed).to.be.accessible();
    await search(feed, 'severance');
    await expect(feed).to.be.accessible();
    const first = cards(feed)[0];
    first.querySelector<HTMLButtonElement>('.answers-toggle')?.click();
    await feed.updateComplete;
    await aTimeout(0);
    await expect(feed).to.be.accessible();
  });

  it('can be used with the keyboard alone: Tab reaches search, sort, tags and card buttons', async () => {
    const feed = await feedWith(bundleOf([question(1, { tags: ['hr'], answers: [{ id: 'a', body: 'Yes.' }] })]));
    input(feed).focus();
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = feed.shadowRoot!.activeElement as HTMLElement | null;
      reached.push(active ? `${active.localName}${active.getAttribute('part') ? `[${active.getAttribute('part')}]` : ''}` : 'outside');
    }
    expect(reached.slice(0, 4)).to.deep.equal(['select[sort]', 'button[tag]', 'button[tag]', 'button']);
    const answers = card(feed, 'q-1').querySelector<HTMLButtonElement>('.answers-toggle')!;
    answers.focus();
    await sendKeys({ press: 'Enter' });
    await feed.updateComplete;
    expect(answers.getAttribute('aria-expanded')).to.equal('true');
  });
});
