import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { PipContent } from '../../src/components/content/content.js';
import type { PipCourseOutline } from '../../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import { BundleError } from '../../src/content/errors.js';
import { parseBundle } from '../../src/content/assembler.js';
import type { ContentBundle } from '../../src/content/schema.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { shadow } from '../helpers.js';
import { mutatedBundle, validBundle } from './arbitraries.js';

const NUM_RUNS = 40;

interface Widgets {
  feed: PipQaFeed;
  outline: PipCourseOutline;
  checklist: PipRiskChecklist;
  content: PipContent;
}

/** Everything the page reports going wrong: nothing may reach it. */
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(event.reason)}`);

const prototypeKeys = () => [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertySymbols(Object.prototype).map(String)].sort();
const arrayPrototypeKeys = () => Object.getOwnPropertyNames(Array.prototype).sort();
const objectKeysBefore = prototypeKeys();
const arrayKeysBefore = arrayPrototypeKeys();

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Waits until the element has no update pending (a render error is reported in a second update). */
async function settle(element: PipElement): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await element.updateComplete;
    await Promise.resolve();
    if (!element.isUpdatePending) return;
  }
  throw new Error(`<${element.localName}> keeps updating`);
}

/**
 * The four elements, fresh, each given `bundle` as its `.bundle` property or as an inline
 * `<script type="application/json">` child, on the page at once.
 */
async function render(bundle: unknown, pageSize: number, via: 'property' | 'inline' = 'property'): Promise<Widgets & { remove(): void }> {
  const host = document.createElement('div');
  const make = <Tag extends 'pip-qa-feed' | 'pip-course-outline' | 'pip-risk-checklist' | 'pip-content'>(tag: Tag) => {
    const element = document.createElement(tag);
    if (via === 'property') element.bundle = bundle as PipElement['bundle'];
    else {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bundle);
      element.append(script);
    }
    host.append(element);
    return element;
  };
  const feed = make('pip-qa-feed');
  feed.pageSize = pageSize;
  const widgets = { feed, outline: make('pip-course-outline'), checklist: make('pip-risk-checklist'), content: make('pip-content') };
  document.body.append(host);
  for (const element of Object.values(widgets)) await settle(element);
  return { ...widgets, remove: () => host.remove() };
}

/** Nothing a bundle says may become markup or a live link: text stays text. */
function expectInert(element: PipElement) {
  const root = shadow(element);
  expect(root.querySelector('script, [onerror]'), 'markup from the bundle').to.equal(null);
  for (const link of root.querySelectorAll<HTMLAnchorElement | HTMLImageElement>('a[href], img[src]')) {
    const target = link instanceof HTMLAnchorElement ? link.href : link.src;
    expect(['http:', 'https:', 'mailto:'], `target ${target}`).to.include(new URL(target).protocol);
  }
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);
const dataOf = (root: ParentNode, selector: string, key: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].map((node) => node.dataset[key]);

function expectFeed(feed: PipQaFeed, bundle: ContentBundle) {
  if (!bundle.questions) {
    expect(feed.status).to.equal('error');
    expect(feed.error?.code).to.equal('missing-section');
    return;
  }
  expect(feed.status, feed.error?.message).to.equal('ready');
  const root = shadow(feed);
  const questions = bundle.questions;
  expect(dataOf(root, '[data-question-id]', 'questionId')).to.deep.equal(questions.map((q) => q.id));
  expect(texts(root, '[data-question-id] [part="question-title"]')).to.deep.equal(questions.map((q) => q.title));
  if (bundle.topic) expect(root.querySelector('[part="header"] [part="title"]')?.textContent).to.equal(bundle.topic.title);
  expectInert(feed);
}

function expectOutline(outline: PipCourseOutline, bundle: ContentBundle) {
  const course = bundle.course;
  if (!course) {
    expect(outline.status).to.equal('error');
    expect(outline.error?.code).to.equal('missing-section');
    return;
  }
  expect(outline.status, outline.error?.message).to.equal('ready');
  const root = shadow(outline);
  expect(root.querySelector('[part="header"] [part="title"]')?.textContent).to.equal(course.title);
  expect(dataOf(root, '[data-section-id]', 'sectionId')).to.deep.equal(course.sections.map((s) => s.id));
  expect(texts(root, '[data-section-id] .section-title')).to.deep.equal(course.sections.map((s) => s.title));
  const lessons = course.sections.flatMap((section) => section.lessons);
  // Lessons of closed sections are in the DOM too, hidden.
  expect(dataOf(root, '[data-lesson-id]', 'lessonId')).to.deep.equal(lessons.map((l) => l.id));
  expect(texts(root, '[data-lesson-id] .lesson-title')).to.deep.equal(lessons.map((l) => l.title));
  expectInert(outline);
}

function expectChecklist(element: PipRiskChecklist, bundle: ContentBundle) {
  const checklist = bundle.checklist;
  if (!checklist) {
    expect(element.status).to.equal('error');
    expect(element.error?.code).to.equal('missing-section');
    return;
  }
  expect(element.status, element.error?.message).to.equal('ready');
  const root = shadow(element);
  expect(root.querySelector('[part="header"] [part="title"]')?.textContent).to.equal(checklist.title);
  // Grouped by category, so in another order: compare as sorted lists.
  const shown = [...root.querySelectorAll<HTMLElement>('.item[data-item-id]')].map((node) => [node.dataset.itemId, node.querySelector('label span')?.textContent]);
  const expected = checklist.items.map((item) => [item.id, item.text]);
  const byId = (a: (string | null | undefined)[], b: (string | null | undefined)[]) => String(a[0]).localeCompare(String(b[0]));
  expect(shown.sort(byId)).to.deep.equal(expected.sort(byId));
  expectInert(element);
}

function expectNothingEscaped() {
  expect(pageErrors, 'errors reported to the page').to.deep.equal([]);
  expect(prototypeKeys(), 'Object.prototype').to.deep.equal(objectKeysBefore);
  expect(arrayPrototypeKeys(), 'Array.prototype').to.deep.equal(arrayKeysBefore);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').to.equal(undefined);
}

describe('property: valid bundles', () => {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('parseBundle accepts every bundle the format allows, and keeps every item', () => {
    fc.assert(
      fc.property(validBundle(), (bundle) => {
        const parsed = parseBundle(bundle);
        expect(parsed.questions?.map((q) => q.id)).to.deep.equal(bundle.questions?.map((q) => q.id));
        expect(parsed.course?.sections.flatMap((s) => s.lessons.map((l) => l.id))).to.deep.equal(
          bundle.course?.sections.flatMap((s) => s.lessons.map((l) => l.id)),
        );
        expect(parsed.checklist?.items.map((i) => i.id)).to.deep.equal(bundle.checklist?.items.map((i) => i.id));
      }),
      { numRuns: 100, includeErrorInReport: true },
    );
  });

  it('every element renders every item of a valid bundle', async function () {
    this.timeout(60000);
    await fc.assert(
      fc.asyncProperty(validBundle(), async (bundle) => {
        pageErrors.length = 0;
        const parsed = parseBundle(bundle);
        const widgets = await render(bundle, (bundle.questions?.length ?? 0) + 1);
        try {
          expectFeed(widgets.feed, parsed);
          expectOutline(widgets.outline, parsed);
          expectChecklist(widgets.checklist, parsed);
          expect(widgets.content.status, widgets.content.error?.message).to.equal('ready');
          // Errors from observers and timers arrive after the update.
          await nextFrame();
          expectNothingEscaped();
        } finally {
          widgets.remove();
        }
      }),
      { numRuns: NUM_RUNS, includeErrorInReport: true },
    );
  });
});

/** A bundle error's path names a top-level field of the format, or the bundle itself. */
const ISSUE_PATH = /^(\(top level\)$|(version|topic|questions|course|checklist)(\.|\[|$))/;

const SECTIONS = { feed: 'questions', outline: 'course', checklist: 'checklist', content: undefined } as const;

describe('property: damaged bundles', () => {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('each element shows the bundle or an error naming its path, and nothing escapes', async function () {
    this.timeout(60000);
    await fc.assert(
      fc.asyncProperty(mutatedBundle(), fc.constantFrom('property' as const, 'inline' as const), async ({ bundle }, via) => {
        pageErrors.length = 0;
        // What the schema says, for comparison: a BundleError or a bundle, never another exception.
        let expected: ContentBundle | BundleError;
        try {
          expected = parseBundle(bundle);
        } catch (error) {
          if (!(error instanceof BundleError)) throw error;
          expected = error;
        }
        expectNothingEscaped();
        const widgets = await render(bundle, 50, via);
        try {
          for (const name of ['feed', 'outline', 'checklist', 'content'] as const) {
            const element = widgets[name];
            const section = SECTIONS[name];
            const label = `<${element.localName}>`;
            expect(['ready', 'error'], `${label} status`).to.include(element.status);
            if (element.status === 'ready') {
              expect(expected, `${label} is ready, but parseBundle says: ${(expected as Error).message}`).not.to.be.instanceOf(BundleError);
              expectInert(element);
              continue;
            }
            const error = element.error!;
            expect(error, `${label} error`).to.be.instanceOf(BundleError);
            expect(['schema', 'version', 'missing-section'], `${label}: ${error.message}`).to.include(error.code);
            expect(shadow(element).querySelector('[role="alert"]'), `${label} alert`).not.to.equal(null);
            for (const issue of error.issues) expect(issue.path, `${label}: ${issue.path}: ${issue.message}`).to.match(ISSUE_PATH);
            if (expected instanceof BundleError) {
              expect(error.code).to.equal(expected.code);
              expect(error.issues).to.deep.equal(expected.issues);
            } else {
              expect(error.code, `${label}: ${error.message}`).to.equal('missing-section');
              expect(section !== undefined && expected[section] === undefined, `${label} says "${error.message}"`).to.equal(true);
            }
          }
          await nextFrame();
          expectNothingEscaped();
        } finally {
          widgets.remove();
        }
      }),
      { numRuns: NUM_RUNS, includeErrorInReport: true },
    );
  });
});
