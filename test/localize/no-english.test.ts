/**
 * With a shipped language, nothing a reader sees or hears is English: every text node in the
 * shadow roots, every accessible name and description, every live-region message, and the copied
 * checklist summary. The content itself is made of words no language here has, so that what is
 * left is the interface.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PipContent } from '../../src/components/content/content.js';
import type { PipCourseOutline } from '../../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import type { Translation } from '../../src/localize/translation.js';
import { waitForStatus } from '../helpers.js';
import { packs } from './packs.test.js';

/** Every word of a pack: its messages, plural forms and default levels. */
function wordsOf(pack: Translation): Set<string> {
  const texts: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const [key, value] of Object.entries(pack)) if (!key.startsWith('$')) collect(value);
  return new Set(texts.join(' ').replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}{2,}/gu) ?? []);
}

const ENGLISH = wordsOf(packs.en);

/** Content words: none of them is a word of any pack. */
const bundle = (): ContentBundleInput => ({
  version: 1,
  topic: { id: 'zorb', title: 'Zorblat', about: 'Quimvo drelk.' },
  questions: [
    {
      id: 'q1',
      title: 'Zorblat quimvo drelk',
      body: Array.from({ length: 12 }, () => 'Drelk zorblat quimvo vask.').join('\n\n'),
      author: { level: 'Vask', role: 'Quimvo', company: 'Drelkco' },
      createdAt: '2026-03-14',
      likes: 3,
      tags: ['zorbtag', 'quimtag'],
      answers: [{ id: 'a1', body: 'Vask drelk.', likes: 1 }, { id: 'a2', body: 'Quimvo.' }],
    },
    { id: 'q2', title: 'Vask drelk', body: 'Zorblat.', tags: ['quimtag'], likes: 1 },
    { id: 'q3', title: 'Quimvo vask', body: 'Drelk.' },
  ],
  course: {
    id: 'zorb-course',
    title: 'Zorblat',
    summary: 'Quimvo.',
    likes: 21,
    instructor: { name: 'Vask Drelk', bio: 'Zorblat.' },
    sections: [
      {
        id: 's1',
        title: 'Quimvo',
        lessons: [
          { id: 'l1', title: 'Drelk', kind: 'video', minutes: 75, preview: true, url: 'https://example.com/l1' },
          { id: 'l2', title: 'Vask', kind: 'article', minutes: 4 },
          { id: 'l3', title: 'Zorb', kind: 'exercise', minutes: 2.5 },
        ],
      },
      { id: 's2', title: 'Drelk', lessons: [{ id: 'l4', title: 'Quimvo', minutes: 8 }] },
    ],
  },
  checklist: {
    id: 'zorb-list',
    title: 'Zorblat',
    intro: 'Quimvo.',
    items: [
      { id: 'i1', text: 'Drelk', weight: 5, category: 'Vask', advice: 'Quimvo zorblat.' },
      { id: 'i2', text: 'Zorb', weight: 3 },
      { id: 'i3', text: 'Quimvo', weight: 1, category: 'Vask' },
    ],
  },
});

const ATTRIBUTES = ['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'placeholder', 'title', 'alt'];

/** What a reader sees or hears inside the element: text, accessible names, form values; not what is marked translate="no". */
function readerTexts(node: Node, texts: string[] = []): string[] {
  if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
  if (node instanceof Element) {
    // Marked not to be translated: the bundle's field paths in an error.
    if (node.localName === 'style' || node.localName === 'script' || node.getAttribute('translate') === 'no') return texts;
    for (const name of ATTRIBUTES) if (node.hasAttribute(name)) texts.push(node.getAttribute(name)!);
    if (node instanceof HTMLTextAreaElement || (node instanceof HTMLInputElement && node.type !== 'checkbox')) texts.push(node.value);
    if (node.shadowRoot) readerTexts(node.shadowRoot, texts);
  }
  for (const child of node.childNodes) readerTexts(child, texts);
  return texts;
}

/** English words in `texts` that the language's own pack does not also use. */
function englishIn(texts: string[], lang: string): string[] {
  const own = wordsOf(packs[lang]);
  const words = texts.join(' ').toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  return [...new Set(words.filter((word) => ENGLISH.has(word) && !own.has(word)))];
}

async function failing(page: HTMLElement, attributes: Record<string, string>): Promise<PipElement> {
  const feed = document.createElement('pip-qa-feed');
  for (const [name, value] of Object.entries(attributes)) feed.setAttribute(name, value);
  page.append(feed);
  await waitForStatus(feed, 'error');
  return feed;
}

for (const lang of Object.keys(packs).filter((code) => code !== 'en')) {
  describe(`with lang="${lang}"`, () => {
    it('no English word remains in what a reader sees or hears', async () => {
      const page = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const said: string[] = [];
      const shown = async (element: PipElement) => {
        await element.updateComplete;
        readerTexts(element, said);
      };

      // The feed: cards, answers opened, a long body opened, a tag filter, a search and its
      // announcement, a search with no match, more questions to show.
      const feed = document.createElement('pip-qa-feed') as PipQaFeed;
      feed.pageSize = 1;
      feed.bundle = bundle();
      page.append(feed);
      await shown(feed);
      const root = feed.shadowRoot!;
      root.querySelector<HTMLButtonElement>('.answers-toggle')!.click();
      await waitUntil(() => root.querySelector('[part="show-more"]'), 'no Show more');
      root.querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
      await shown(feed);
      root.querySelector<HTMLButtonElement>('[part="tag-filter"] [part="tag"]')!.click();
      await shown(feed);
      const region = () => [...root.querySelectorAll('[role="status"]')].find((el) => el.getAttribute('aria-atomic') === 'true')!;
      await waitUntil(() => region().textContent !== '', 'no announcement for the tag filter');
      await shown(feed);
      feed.tagFilter = [];
      feed.query = 'drelk';
      await waitUntil(() => region().textContent!.includes('drelk'), 'no announcement for the search');
      await shown(feed);
      feed.query = 'zzzzzzzz';
      await shown(feed);
      feed.query = '';
      await shown(feed);
      root.querySelector<HTMLButtonElement>('[part="more-questions"]')!.click();
      await shown(feed);

      // The outline: progress tracked, a lesson done, every section open.
      const outline = document.createElement('pip-course-outline') as PipCourseOutline;
      outline.trackProgress = true;
      outline.current = 'l2';
      outline.bundle = bundle();
      page.append(outline);
      await shown(outline);
      outline.shadowRoot!.querySelector<HTMLInputElement>('input[part="done"]')!.click();
      outline.shadowRoot!.querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
      await shown(outline);

      // The checklist: items ticked (a level change announced), the copy refused so the summary
      // shows for copying by hand, and the summary itself.
      const checklist = document.createElement('pip-risk-checklist') as PipRiskChecklist;
      const bundleWithoutLevels = bundle();
      checklist.bundle = bundleWithoutLevels;
      page.append(checklist);
      await shown(checklist);
      for (const id of ['i1', 'i2']) checklist.shadowRoot!.querySelector<HTMLInputElement>(`[data-item-id="${id}"] input`)!.click();
      await shown(checklist);
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      try {
        checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy"]')!.click();
        await aTimeout(0);
        await shown(checklist);
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
      said.push(checklist.summary());

      // Errors a reader may meet, and the message while content loads.
      const broken = bundle();
      (broken.questions![0] as { title: string }).title = '';
      for (const question of broken.questions!.slice(1)) (question as { id: string }).id = 'BAD ID';
      const invalid = document.createElement('pip-qa-feed');
      invalid.bundle = broken;
      page.append(invalid);
      await shown(invalid);
      const missing = document.createElement('pip-risk-checklist');
      missing.bundle = { version: 1, questions: [] };
      page.append(missing);
      await shown(missing);
      const failures: Record<string, string>[] = [
        { src: '/__test__/status/404' },
        { src: 'http://127.0.0.1:9/unreachable.json' },
        { src: '/__test__/raw?body=' },
        { src: `/__test__/raw?body=${encodeURIComponent('{"version":9}')}` },
        { src: '/__test__/hang', timeout: '100' },
      ];
      for (const attributes of failures) {
        await shown(await failing(page, attributes));
      }
      const content = document.createElement('pip-content') as PipContent;
      content.src = '/__test__/bundle?delay=300';
      page.append(content);
      await content.updateComplete;
      readerTexts(content, said);
      await waitForStatus(content, 'ready');

      expect(said.join(' ').length).to.be.greaterThan(500);
      const english = englishIn(said, lang);
      expect(english, said.filter((text) => english.some((word) => text.toLowerCase().includes(word))).join(' | ')).to.deep.equal([]);
    });
  });
}
