/**
 * Attributes and properties as site owners write them (issue 13): typos, units, empty values,
 * unfilled CMS placeholders, numbers from script that are not numbers. Each falls back to the
 * documented default with one console warning naming the element, the attribute and the value;
 * nothing freezes the page or shows NaN. And an element that finds no source says so.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PipCourseOutline } from '../../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { alertText, failOnEscapedErrors, nextEvent, sampleBundle, shadow, waitForStatus } from '../helpers.js';

failOnEscapedErrors();

function manyQuestions(count: number): ContentBundleInput {
  const questions = Array.from({ length: count }, (_, i) => ({ id: `q-${i}`, title: `Question ${i}`, body: `Body ${i}.` }));
  return { version: 1, topic: { id: 't', title: 'Topic' }, questions };
}

const cards = (feed: PipQaFeed) => shadow(feed).querySelectorAll('.results [data-question-id]').length;

/** The pip-widgets warnings logged while `body` runs. */
async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('pip-widgets:')) warnings.push(text);
    else original.apply(console, args);
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * A feed with these attributes, appended without waiting for it to settle: a feed that asks for
 * more cards forever (a NaN page size) would never settle, so updates past a bound are dropped
 * and counted, and the test fails instead of freezing the runner.
 */
async function boundedFeed(attributes: Record<string, string>, bundle = manyQuestions(60)): Promise<{ feed: PipQaFeed; runaway: () => boolean }> {
  const wrapper = await fixture(html`<div></div>`);
  const feed = document.createElement('pip-qa-feed');
  for (const [name, value] of Object.entries(attributes)) feed.setAttribute(name, value);
  feed.bundle = bundle;
  let updates = 0;
  const requestUpdate = feed.requestUpdate.bind(feed);
  feed.requestUpdate = (...args: Parameters<PipQaFeed['requestUpdate']>) => {
    if (++updates > 500) return;
    requestUpdate(...args);
  };
  wrapper.append(feed);
  const runaway = () => updates > 500;
  await waitUntil(() => runaway() || (feed.status === 'ready' && cards(feed) >= 20), 'the feed never drew its first page', { timeout: 4000 });
  return { feed, runaway };
}

describe('numeric attributes a page cannot use', () => {
  for (const value of ['abc', '{{ pageSize }}', '', '15 s', '-5', '2.5', '0', '100000']) {
    it(`page-size="${value}" shows the first 20 questions and warns once, without freezing the page`, async () => {
      let result!: Awaited<ReturnType<typeof boundedFeed>>;
      const warnings = await warningsDuring(async () => {
        result = await boundedFeed({ 'page-size': value });
        await result.feed.updateComplete;
      });
      const { feed, runaway } = result;
      expect(runaway(), 'the feed kept asking for more cards').to.equal(false);
      expect(feed.pageSize).to.equal(20);
      expect(cards(feed)).to.equal(20);
      expect(shadow(feed).textContent).not.to.contain('NaN');
      expect(warnings).to.deep.equal([
        `pip-widgets: <pip-qa-feed page-size=${JSON.stringify(value)}> is not a whole number from 1 to 1000; using 20.`,
      ]);
    });
  }

  // Several megabytes of digits: a number pattern that backtracked would not finish within the test.
  it('page-size of 4 MB of digits and a stray character is 20, with a warning that quotes only its start', async () => {
    const value = `${'0'.repeat(4_000_000)}\u0000`;
    let result!: Awaited<ReturnType<typeof boundedFeed>>;
    const warnings = await warningsDuring(async () => {
      result = await boundedFeed({ 'page-size': value });
      await result.feed.updateComplete;
    });
    expect(result.feed.pageSize).to.equal(20);
    expect(cards(result.feed)).to.equal(20);
    expect(warnings).to.deep.equal([`pip-widgets: <pip-qa-feed page-size="${'0'.repeat(40)}…"> is not a whole number from 1 to 1000; using 20.`]);
  });

  it('a usable page-size, with spaces around it, is taken as written', async () => {
    const warnings = await warningsDuring(async () => {
      const { feed } = await boundedFeed({ 'page-size': ' 25 ' });
      await feed.updateComplete;
      expect(feed.pageSize).to.equal(25);
      expect(cards(feed)).to.equal(25);
    });
    expect(warnings).to.deep.equal([]);
  });

  for (const value of ['15 s', '15000ms', 'abc', '', '-5', '99999999999']) {
    it(`timeout="${value}" loads normally with the default 15 s and warns once`, async () => {
      const warnings = await warningsDuring(async () => {
        const feed = await fixture<PipQaFeed>(html`<pip-qa-feed timeout=${value} src="/__test__/bundle?title=Loaded&delay=50"></pip-qa-feed>`);
        await waitUntil(() => feed.status !== 'loading', 'still loading', { timeout: 4000 });
        expect(feed.timeout).to.equal(15_000);
        expect(alertText(feed)).to.equal(undefined);
        expect(feed.error?.message ?? '').not.to.contain('NaN');
        expect(feed.status).to.equal('ready');
        expect(shadow(feed).querySelector('[part="title"]')!.textContent).to.equal('Loaded');
      });
      expect(warnings).to.deep.equal([
        `pip-widgets: <pip-qa-feed timeout=${JSON.stringify(value)}> is not a whole number from 100 to 600000; using 15000.`,
      ]);
    });
  }

  it('heading-level outside 1 to 6, or not a whole number, is level 2 in every element, with a warning each', async () => {
    for (const value of ['7', '0', 'abc', '2.5', 'h3']) {
      const warnings = await warningsDuring(async () => {
        const wrapper = await fixture(html`<div></div>`);
        for (const tag of ['pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist']) {
          const element = document.createElement(tag) as PipElement & { headingLevel: number };
          element.setAttribute('heading-level', value);
          element.bundle = sampleBundle();
          wrapper.append(element);
          await waitForStatus(element, 'ready');
          expect(element.headingLevel, `${tag} heading-level="${value}"`).to.equal(2);
          expect(shadow(element).querySelector('[part="title"]')!.localName, `${tag} heading-level="${value}"`).to.equal('h2');
        }
      });
      expect(warnings).to.deep.equal(
        ['pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist'].map(
          (tag) => `pip-widgets: <${tag} heading-level=${JSON.stringify(value)}> is not a whole number from 1 to 6; using 2.`,
        ),
      );
    }
  });
});

describe('enumerated attributes a page cannot use', () => {
  it('an unknown sort is relevance, with a warning; a known one in any letter case is taken', async () => {
    const warnings = await warningsDuring(async () => {
      const feed = await fixture<PipQaFeed>(html`<pip-qa-feed sort="popular" .bundle=${sampleBundle()}></pip-qa-feed>`);
      await waitForStatus(feed, 'ready');
      expect(feed.sort).to.equal('relevance');
      expect(shadow(feed).querySelector<HTMLSelectElement>('[part="sort"]')!.value).to.equal('relevance');
      feed.setAttribute('sort', 'Newest');
      await feed.updateComplete;
      expect(feed.sort).to.equal('newest');
      expect(shadow(feed).querySelector<HTMLSelectElement>('[part="sort"]')!.value).to.equal('newest');
    });
    expect(warnings).to.deep.equal([`pip-widgets: <pip-qa-feed sort="popular"> is not one of "relevance", "newest" or "likes"; using relevance.`]);
  });

  it('an unknown theme is ignored (the page decides), with a warning; "Dark" is dark', async () => {
    const warnings = await warningsDuring(async () => {
      const checklist = await fixture<PipRiskChecklist>(html`<pip-risk-checklist theme="purple" .bundle=${sampleBundle()}></pip-risk-checklist>`);
      await waitForStatus(checklist, 'ready');
      expect(checklist.theme).to.equal(undefined);
      checklist.setAttribute('theme', 'Dark');
      await checklist.updateComplete;
      expect(checklist.theme).to.equal('dark');
      expect(getComputedStyle(shadow(checklist).querySelector('.base')!).colorScheme).to.equal('dark');
    });
    expect(warnings).to.deep.equal([`pip-widgets: <pip-risk-checklist theme="purple"> is not one of "light", "dark" or "auto"; ignoring it.`]);
  });
});

describe('properties set from script', () => {
  it('NaN, negative, fractional and wrongly typed values become the defaults, each with one warning', async () => {
    const warnings = await warningsDuring(async () => {
      const feed = await fixture<PipQaFeed>(html`<pip-qa-feed .bundle=${manyQuestions(60)}></pip-qa-feed>`);
      await waitForStatus(feed, 'ready');
      feed.pageSize = NaN;
      feed.timeout = -5;
      feed.headingLevel = 2.5;
      feed.sort = 'popular' as PipQaFeed['sort'];
      feed.hideHeader = 'yes' as unknown as boolean;
      await feed.updateComplete;
      expect([feed.pageSize, feed.timeout, feed.headingLevel, feed.sort, feed.hideHeader]).to.deep.equal([20, 15_000, 2, 'relevance', false]);
      expect(cards(feed)).to.equal(20);
      // Drawing again says nothing more: each value was told once. (The search answers once the
      // index is built, which a loaded machine may take longer to do than an update.)
      const searched = nextEvent(feed, 'pip-search');
      feed.query = 'Question';
      await searched;
      feed.pageSize = 30;
      await feed.updateComplete;
      expect(cards(feed)).to.equal(30);
    });
    expect(warnings).to.deep.equal([
      'pip-widgets: <pip-qa-feed>.pageSize = NaN is not a whole number from 1 to 1000; using 20.',
      'pip-widgets: <pip-qa-feed>.timeout = -5 is not a whole number from 100 to 600000; using 15000.',
      'pip-widgets: <pip-qa-feed>.headingLevel = 2.5 is not a whole number from 1 to 6; using 2.',
      'pip-widgets: <pip-qa-feed>.sort = "popular" is not one of "relevance", "newest" or "likes"; using relevance.',
      'pip-widgets: <pip-qa-feed>.hideHeader = "yes" is not true or false; using false.',
    ]);
  });

  it('boolean attributes keep HTML\'s rule: present is on, removed is off, without warnings', async () => {
    const warnings = await warningsDuring(async () => {
      const outline = await fixture<PipCourseOutline>(html`<pip-course-outline track-progress="" .bundle=${sampleBundle()}></pip-course-outline>`);
      await waitForStatus(outline, 'ready');
      expect(outline.trackProgress).to.equal(true);
      expect(shadow(outline).querySelector('[part="progress"]')).not.to.equal(null);
      outline.removeAttribute('track-progress');
      await outline.updateComplete;
      expect(outline.trackProgress).to.equal(false);
      expect(shadow(outline).querySelector('[part="progress"]')).to.equal(null);
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('a lesson id that is not in the course', () => {
  it('current="nope" marks no lesson and warns once; a lesson id marks that lesson, without a warning', async () => {
    let outline!: PipCourseOutline;
    const warnings = await warningsDuring(async () => {
      outline = await fixture<PipCourseOutline>(html`<pip-course-outline current="nope" .bundle=${sampleBundle()}></pip-course-outline>`);
      await waitForStatus(outline, 'ready');
      expect(shadow(outline).querySelector('[aria-current]')).to.equal(null);
      outline.requestUpdate();
      await outline.updateComplete;
      outline.current = 'plan';
      await outline.updateComplete;
    });
    expect(shadow(outline).querySelector('[aria-current="step"]')!.getAttribute('data-lesson-id')).to.equal('plan');
    expect(warnings).to.deep.equal([
      'pip-widgets: <pip-course-outline current="nope"> is not a lesson of the course "sample-course"; no lesson is marked as current.',
    ]);
  });
});

describe('no source at all', () => {
  it('shows the demo content and says so once, naming an attribute that looks like a mistyped src', async () => {
    const warnings = await warningsDuring(async () => {
      const feed = await fixture<PipQaFeed>(html`<pip-qa-feed scr="/questions.json"></pip-qa-feed>`);
      await waitForStatus(feed, 'ready');
      feed.reload();
      await waitForStatus(feed, 'ready');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<pip-qa-feed> has no content of its own');
    expect(warnings[0]).to.contain('built-in demo content');
    expect(warnings[0]).to.contain('scr="/questions.json"');
  });

  it('each element without a source says so, once each', async () => {
    const warnings = await warningsDuring(async () => {
      const wrapper = await fixture(html`<div><pip-course-outline data-src="/course.json"></pip-course-outline><pip-risk-checklist></pip-risk-checklist></div>`);
      for (const element of wrapper.children) await waitForStatus(element as PipElement, 'ready');
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<pip-course-outline>').and.to.contain('data-src="/course.json"');
    expect(warnings[1]).to.contain('<pip-risk-checklist>').and.not.to.contain('mistyped');
  });

  it('says nothing when the content comes from bundle, src, inline JSON or a <pip-content> around it', async () => {
    const warnings = await warningsDuring(async () => {
      const wrapper = await fixture(html`<div></div>`);
      const checklist = document.createElement('pip-risk-checklist');
      const inline = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(sampleBundle()) });
      checklist.append(inline);
      const provider = Object.assign(document.createElement('pip-content'), { bundle: sampleBundle() });
      provider.append(document.createElement('pip-course-outline'));
      const byProperty = Object.assign(document.createElement('pip-qa-feed'), { bundle: sampleBundle() });
      const byUrl = Object.assign(document.createElement('pip-qa-feed'), { src: '/__test__/bundle' });
      wrapper.append(byProperty, byUrl, checklist, provider);
      for (const element of wrapper.querySelectorAll<PipElement>('pip-qa-feed, pip-risk-checklist, pip-content, pip-course-outline')) {
        await waitForStatus(element, 'ready');
      }
    });
    expect(warnings).to.deep.equal([]);
  });
});
