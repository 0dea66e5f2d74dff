/**
 * Text that cannot lie or vanish: bundle text shown beside other text is bidi-isolated, so a
 * right-to-left override (U+202E) in one field cannot redraw the words after it; a field that
 * must not be empty needs a character that draws something; tags that read the same are one tag.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/search/index.js';
import type { PipCourseOutline } from '../../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import type { PipErrorDetail } from '../../src/events.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { alertText, nextEvent, sampleBundle, shadow, waitForStatus } from '../helpers.js';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => host.remove());

async function show<Element extends PipElement>(tag: string, bundle: ContentBundleInput, attributes: Record<string, string> = {}): Promise<Element> {
  const element = document.createElement(tag) as Element;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.bundle = bundle;
  host.append(element);
  await waitForStatus(element, 'ready');
  return element;
}

/** The text node of `root` that holds `text`. */
function textNode(root: Node, text: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(text)) return node as Text;
  throw new Error(`no text node holds ${JSON.stringify(text)}`);
}

/**
 * `value` is drawn inside an element of `container` that isolates it (unicode-bidi: isolate, with
 * its direction from its own text) and holds nothing else: the text after it is outside.
 */
function expectIsolated(container: Element, value: string): void {
  let element = textNode(container, value).parentElement;
  while (element && element !== container && getComputedStyle(element).unicodeBidi !== 'isolate') element = element.parentElement;
  expect(element && element !== container, `${JSON.stringify(value)} is not inside an isolating element`).to.equal(true);
  expect(element!.localName === 'bdi' || element!.getAttribute('dir') === 'auto', 'direction from its own text').to.equal(true);
  expect(element!.textContent, 'the isolating element holds the value only').to.equal(value);
  expect(container.textContent!.length, 'other text is outside the isolation').to.be.greaterThan(value.length);
}

describe('hardening: text that cannot lie or vanish', () => {
  describe('bundle text beside other text is bidi-isolated', () => {
    const author = { level: 'Senior', role: 'Software Engineer', company: 'Northwind Traders' };
    for (const field of ['level', 'role', 'company', 'name'] as const) {
      it(`a U+202E in author.${field} stays inside its part of the byline`, async () => {
        const value = `Evil ${field}${RLO}`;
        const written = field === 'name' ? { name: value, company: 'Northwind Traders' } : { ...author, [field]: value };
        const bundle = sampleBundle();
        bundle.questions![0].author = written;
        bundle.questions![0].answers = [{ id: 'an-answer', body: 'Answer.', author: written }];
        const feed = await show<PipQaFeed>('pip-qa-feed', bundle);
        const card = shadow(feed).querySelector('[data-question-id="first-question"]')!;
        expectIsolated(card.querySelector('[part="byline"]')!, value);
        card.querySelector<HTMLButtonElement>('.answers-toggle')!.click();
        await feed.updateComplete;
        expectIsolated(card.querySelector('.answer [part="byline"]')!, value);
      });
    }

    it('tags, in a card and in the filter bar, and the topic in the list name', async () => {
      const bundle = sampleBundle();
      bundle.topic!.title = `Topic${RLO}`;
      bundle.questions![0].tags = [`remote${RLO}`, 'during-pip'];
      const feed = await show<PipQaFeed>('pip-qa-feed', bundle);
      const root = shadow(feed);
      const cardTag = [...root.querySelectorAll('.question [part="tag"]')].find((tag) => tag.textContent!.includes(RLO))!;
      expectIsolated(cardTag, `remote${RLO}`);
      const barTag = [...root.querySelectorAll('[part="tag-filter"] [part="tag"]')].find((tag) => tag.textContent!.includes(RLO))!;
      expectIsolated(barTag, `remote${RLO}`);
      expect(root.querySelector('.results')!.getAttribute('aria-label')).to.contain(`${FSI}Topic${RLO}${PDI}`);
    });

    it('course: instructor name, section and lesson titles, and the "done" checkbox names', async () => {
      const bundle = sampleBundle();
      const course = bundle.course!;
      course.instructor = { name: `Teacher${RLO}` };
      course.sections[0].title = `Basics${RLO}`;
      course.sections[0].lessons[0].title = `Welcome${RLO}`;
      course.sections[0].lessons[1].url = 'https://example.com/plan';
      course.sections[0].lessons[1].title = `Reading${RLO}`;
      const outline = await show<PipCourseOutline>('pip-course-outline', bundle, { 'track-progress': '' });
      const root = shadow(outline);
      expectIsolated(root.querySelector('.instructor-name')!, `Teacher${RLO}`);
      expectIsolated(root.querySelector('.section-toggle')!, `Basics${RLO}`);
      expectIsolated(root.querySelector('[data-lesson-id="welcome"]')!, `Welcome${RLO}`);
      expectIsolated(root.querySelector('[data-lesson-id="plan"]')!, `Reading${RLO}`);
      const done = root.querySelector('[data-lesson-id="welcome"] [part="done"]')!;
      expect(done.getAttribute('aria-label')).to.contain(`${FSI}Welcome${RLO}${PDI}`);
    });

    it('checklist: item labels, the level, and the meter value text', async () => {
      const bundle = sampleBundle();
      bundle.checklist!.items[0].text = `My last rating was low${RLO}`;
      bundle.checklist!.levels = [{ min: 0, label: `Calm${RLO}` }];
      const checklist = await show<PipRiskChecklist>('pip-risk-checklist', bundle);
      const root = shadow(checklist);
      expectIsolated(root.querySelector('[data-item-id="low-rating"] label')!, `My last rating was low${RLO}`);
      expectIsolated(root.querySelector('.level-line')!, `Calm${RLO}`);
      expect(root.querySelector('meter')!.getAttribute('aria-valuetext')).to.contain(`${FSI}Calm${RLO}${PDI}`);
    });

    it('a PDI inside a value cannot close the isolation early', async () => {
      const bundle = sampleBundle();
      bundle.course!.sections[0].lessons[0].title = `Welcome${PDI}${RLO}`;
      const outline = await show<PipCourseOutline>('pip-course-outline', bundle, { 'track-progress': '' });
      const label = shadow(outline).querySelector('[data-lesson-id="welcome"] [part="done"]')!.getAttribute('aria-label')!;
      // Every PDI closes an isolate opened before it, within the name.
      let open = 0;
      for (const char of label) {
        if (char === FSI) open++;
        if (char === PDI) expect(--open, label).to.be.at.least(0);
      }
      expect(label.endsWith(`${RLO}${PDI}`), label).to.equal(true);
    });
  });

  describe('a field that must not be empty needs a visible character', () => {
    const INVISIBLE = ['\u200B', '\u2060', '\uFEFF', '\u3164', '\u200B \u2060\u00A0', '\u115F\u1160', '\u00AD', '\u180E', '\u2800', '\u0301'];
    const cases: [string, string, string, (bundle: ContentBundleInput, text: string) => void][] = [
      ['pip-qa-feed', 'question title', 'questions[1].title', (bundle, text) => (bundle.questions![1].title = text)],
      ['pip-qa-feed', 'tag', 'questions[0].tags[0]', (bundle, text) => (bundle.questions![0].tags = [text])],
      ['pip-course-outline', 'instructor name', 'course.instructor.name', (bundle, text) => (bundle.course!.instructor = { name: text })],
      ['pip-course-outline', 'lesson title', 'course.sections[0].lessons[1].title', (bundle, text) => (bundle.course!.sections[0].lessons[1].title = text)],
      ['pip-risk-checklist', 'checklist item', 'checklist.items[1].text', (bundle, text) => (bundle.checklist!.items[1].text = text)],
    ];
    for (const [tag, what, path, write] of cases) {
      it(`a ${what} made only of invisible characters is a schema error naming ${path}`, async () => {
        for (const text of INVISIBLE) {
          const bundle = sampleBundle();
          write(bundle, text);
          const element = document.createElement(tag) as PipElement;
          const error = nextEvent<PipErrorDetail>(element, 'pip-error');
          element.bundle = bundle;
          host.append(element);
          const { detail } = await error;
          const name = JSON.stringify(text);
          expect(detail.code, name).to.equal('schema');
          expect(detail.issues.map((issue) => issue.path), name).to.deep.equal([path]);
          await waitForStatus(element, 'error');
          expect(alertText(element), name).to.contain(path);
          element.remove();
        }
      });
    }

    it('text with one visible character among invisible ones is accepted', async () => {
      const bundle = sampleBundle();
      bundle.questions![1].title = '\u200B?\u200B';
      const feed = await show<PipQaFeed>('pip-qa-feed', bundle);
      expect(shadow(feed).querySelector('[data-question-id="second-question"] [part="question-title"]')!.textContent!.trim()).to.equal('\u200B?\u200B');
    });
  });

  describe('tags that read the same are one tag', () => {
    const bundle = (): ContentBundleInput => ({
      version: 1,
      questions: [
        { id: 'composed', title: 'Composed', body: 'One.', tags: ['caf\u00E9', 'remote'] },
        { id: 'decomposed', title: 'Decomposed', body: 'Two.', tags: ['cafe\u0301', 're\u200Bmote'] },
        { id: 'spaced', title: 'Spaced', body: 'Three.', tags: [' remote\u2060 ', 'caf\u00E9', 'cafe\u0301'] },
        { id: 'other', title: 'Other', body: 'Four.', tags: ['onsite'] },
      ],
    });
    const ids = (feed: PipQaFeed) => [...shadow(feed).querySelectorAll<HTMLElement>('.results [data-question-id]')].map((card) => card.dataset.questionId);
    const barButton = (feed: PipQaFeed, text: string) =>
      [...shadow(feed).querySelectorAll<HTMLButtonElement>('[part="tag-filter"] [part="tag"]')].filter((button) => button.textContent!.trim().normalize('NFC').replace(/\p{Default_Ignorable_Code_Point}/gu, '') === text);

    it('"café" composed and decomposed is one tag button, and filters both', async () => {
      const feed = await show<PipQaFeed>('pip-qa-feed', bundle());
      const buttons = barButton(feed, 'caf\u00E9');
      expect(buttons, 'one "café" button in the bar').to.have.length(1);
      expect(shadow(feed).querySelector('[data-question-id="spaced"]')!.querySelectorAll('[part="tag"]'), 'a card shows a tag once').to.have.length(2);
      buttons[0].click();
      await feed.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ids(feed)).to.deep.equal(['composed', 'decomposed', 'spaced']);
    });

    it('a zero-width variant of "remote" filters with "remote", from the bar and from tagFilter', async () => {
      const feed = await show<PipQaFeed>('pip-qa-feed', bundle());
      expect(barButton(feed, 'remote'), 'one "remote" button').to.have.length(1);
      barButton(feed, 'remote')[0].click();
      await feed.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ids(feed)).to.deep.equal(['composed', 'decomposed', 'spaced']);
      feed.tagFilter = ['re\u200Dmote'];
      await feed.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ids(feed)).to.deep.equal(['composed', 'decomposed', 'spaced']);
    });

    it('search finds "remote" in a title written with a zero-width space', async () => {
      const feed = await show<PipQaFeed>('pip-qa-feed', {
        version: 1,
        questions: [
          { id: 'hidden', title: 'Working re\u200Bmote during a plan', body: 'Body.' },
          { id: 'plain', title: 'Something else', body: 'Body.' },
        ],
      });
      const searched = nextEvent(feed, 'pip-search');
      feed.query = 'remote';
      await searched;
      await feed.updateComplete;
      expect(ids(feed)).to.deep.equal(['hidden']);
    });
  });
});
