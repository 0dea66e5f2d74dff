/**
 * The small ones of issue 13: every count a reader sees is written as the page's language writes
 * numbers, -0 is 0, and inherited styles of the host page stop at the widgets' wrapper.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { failOnEscapedErrors, sampleBundle, shadow, waitForStatus } from '../helpers.js';

failOnEscapedErrors();

const BIG = 1234;
const WRITTEN: Record<string, (n: number) => string> = {
  en: (n) => ({ 1234: '1,234', 2467: '2,467', 1254: '1,254', 1234567: '1,234,567' })[n]!,
  de: (n) => ({ 1234: '1.234', 2467: '2.467', 1254: '1.254', 1234567: '1.234.567' })[n]!,
};

function bigBundle(): ContentBundleInput {
  const questions = Array.from({ length: BIG + 20 }, (_, i) => ({ id: `q-${i}`, title: `Question ${i}`, body: 'Body.' }));
  Object.assign(questions[0], {
    likes: 1_234_567,
    answers: Array.from({ length: BIG }, (_, i) => ({ id: `a-${i}`, body: 'An answer.' })),
  });
  Object.assign(questions[1], { likes: -0 });
  const lessons = (section: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `l-${section}-${i}`, title: `Lesson ${i}` }));
  return {
    version: 1,
    topic: { id: 'topic', title: 'Topic' },
    questions,
    course: {
      id: 'big-course',
      title: 'A big course',
      likes: -0,
      sections: Array.from({ length: BIG }, (_, s) => ({ id: `s-${s}`, title: `Section ${s}`, lessons: lessons(s, s === 0 ? BIG : 1) })),
    },
    checklist: {
      id: "big-checklist",
      title: 'A big checklist',
      items: Array.from({ length: BIG }, (_, i) => ({ id: `i-${i}`, text: `Sign ${i}` })),
    },
  };
}

async function mount<Element extends PipElement>(tag: string, lang: string, bundle: ContentBundleInput, attributes: Record<string, string> = {}) {
  const wrapper = await fixture(html`<div></div>`);
  const element = document.createElement(tag) as Element;
  element.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.bundle = bundle;
  wrapper.append(element);
  await waitForStatus(element, 'ready');
  return element;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('counts in the reader\'s language', () => {
  const bundle = bigBundle();

  for (const lang of ['en', 'de']) {
    const n = WRITTEN[lang];

    it(`${lang}: likes, answers, remaining questions and matches in the feed`, async () => {
      const feed = await mount<PipElement & { query: string }>('pip-qa-feed', lang, bundle);
      const root = shadow(feed);
      const first = root.querySelector('[data-question-id="q-0"]')!;
      expect(text(first.querySelector('.likes'))).to.contain(n(1_234_567));
      expect(text(first)).to.contain(n(BIG));
      expect(text(root.querySelector('[part="more-questions"]'))).to.contain(n(BIG));
      expect(text(root.querySelector('[data-question-id="q-1"] .likes'))).to.match(/(^|\s)0(\s|$)/).and.not.to.contain('-0');
      feed.query = 'Question';
      await feed.updateComplete;
      // The live region speaks once typing pauses.
      await waitUntil(() => text(root.querySelector('[role="status"][aria-atomic="true"]')) !== '', 'no announcement', { timeout: 4000 });
      expect(text(root.querySelector('[role="status"][aria-atomic="true"]'))).to.contain(n(BIG + 20));
    });

    it(`${lang}: sections, lessons, progress and likes in the course outline`, async () => {
      const outline = await mount('pip-course-outline', lang, bundle, { 'track-progress': '' });
      const root = shadow(outline);
      const totals = text(root.querySelector('[part="totals"]'));
      expect(totals).to.contain(n(BIG)).and.to.contain(n(2 * BIG - 1));
      expect(text(root.querySelector('.likes'))).to.match(/(^|\s)0(\s|$)/).and.not.to.contain('-0');
      expect(text(root.querySelector('#progress-label'))).to.contain(n(2 * BIG - 1));
      const meta = text(root.querySelector('[data-section-id="s-0"] .section-meta'));
      expect(meta.split(n(BIG)).length - 1, `"${meta}" names ${n(BIG)} twice (lessons, and done of)`).to.equal(2);
    });

    it(`${lang}: ticked signs in the risk checklist, and fields left out of an error`, async () => {
      const checklist = await mount('pip-risk-checklist', lang, { version: 1, checklist: { ...bundle.checklist!, id: `c-${lang}-${Date.now()}` } });
      for (const box of shadow(checklist).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
      await checklist.updateComplete;
      expect(text(shadow(checklist).querySelector('.count'))).to.contain(n(BIG));

      const broken = { version: 1, questions: Array.from({ length: BIG + 3 }, (_, i) => ({ id: `q-${i}`, body: 'No title.' })) };
      const wrapper = await fixture(html`<div></div>`);
      const feed = Object.assign(document.createElement('pip-qa-feed'), { bundle: broken });
      feed.setAttribute('lang', lang);
      wrapper.append(feed);
      await waitForStatus(feed, 'error');
      expect(feed.error!.issues.length).to.equal(BIG + 3);
      expect(text(shadow(feed).querySelector('[role="alert"]'))).to.contain(n(BIG));
    });
  }
});

describe('inherited styles of the host page', () => {
  const LEAKS = { writingMode: 'vertical-rl', textAlignLast: 'center', fontFeatureSettings: '"smcp"', letterSpacing: '4px', textTransform: 'uppercase' };
  const INITIAL = { writingMode: 'horizontal-tb', textAlignLast: 'auto', fontFeatureSettings: 'normal', letterSpacing: 'normal', textTransform: 'none' };

  async function hostPage(style: Partial<CSSStyleDeclaration>) {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    Object.assign(page.style, style);
    const elements = ['pip-content', 'pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist'].map((tag) => {
      const element = Object.assign(document.createElement(tag) as PipElement, { bundle: sampleBundle() });
      page.append(element);
      return element;
    });
    for (const element of elements) await waitForStatus(element, 'ready');
    return elements;
  }

  /** The wrapper and a text element inside it, in each element's shadow root. */
  const inside = (element: PipElement) =>
    [shadow(element).querySelector('.base')!, shadow(element).querySelector('[part="title"], [part="error"], slot')!].filter(Boolean);

  it('writing-mode, text-align-last, font-feature-settings (and the older leaks) stop at every element', async () => {
    for (const element of await hostPage(LEAKS)) {
      for (const node of inside(element)) {
        const computed = getComputedStyle(node);
        const seen = Object.fromEntries(Object.keys(INITIAL).map((name) => [name, computed[name as keyof typeof INITIAL]]));
        expect(seen, `<${element.localName}> ${node.localName}.${node.className}`).to.deep.equal(INITIAL);
      }
    }
  });

  it('the page font family still reaches inside, and a container hidden with visibility hides the widgets', async () => {
    for (const element of await hostPage({ fontFamily: 'Georgia, serif', visibility: 'hidden' })) {
      for (const node of inside(element)) {
        expect(getComputedStyle(node).fontFamily, `<${element.localName}>`).to.equal('Georgia, serif');
        expect(getComputedStyle(node).visibility, `<${element.localName}>`).to.equal('hidden');
      }
    }
  });
});
