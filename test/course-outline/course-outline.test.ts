import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PipCourseOutline, PipLessonSelectDetail, PipProgressDetail } from '../../src/components/course-outline/course-outline.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import { alertText, nextEvent, shadow, waitForStatus, withThrowingStorage } from '../helpers.js';

let courseCount = 0;

/** A fresh course id per test: progress is kept per course, on the device. */
function courseBundle(extra: Partial<NonNullable<ContentBundleInput['course']>> = {}): ContentBundleInput {
  courseCount++;
  return {
    version: 1,
    course: {
      id: `course-${courseCount}-${Date.now()}`,
      title: 'Navigating a plan',
      summary: 'A **short** course.',
      likes: 12,
      instructor: { name: 'Maya Okafor', bio: 'Former engineering manager.' },
      sections: [
        {
          id: 'start',
          title: 'Getting started',
          lessons: [
            { id: 'intro', title: 'Introduction', kind: 'video', minutes: 6, preview: true, url: 'https://example.com/intro' },
            { id: 'what', title: 'What a plan is', kind: 'article', minutes: 9, summary: 'The *usual* shape.' },
          ],
        },
        {
          id: 'during',
          title: 'During the plan',
          lessons: [
            { id: 'check-ins', title: 'Check-ins', kind: 'exercise', minutes: 50 },
            { id: 'hr', title: 'Working with HR', minutes: 60, url: '/lessons/hr' },
          ],
        },
      ],
      ...extra,
    },
  };
}

async function outlineWith(bundle: ContentBundleInput, attributes: Record<string, string> = {}): Promise<PipCourseOutline> {
  const outline = await fixture<PipCourseOutline>(html`<pip-course-outline></pip-course-outline>`);
  for (const [name, value] of Object.entries(attributes)) outline.setAttribute(name, value);
  outline.bundle = bundle;
  await waitForStatus(outline, 'ready');
  return outline;
}

const root = (outline: PipCourseOutline) => shadow(outline);
const toggle = (outline: PipCourseOutline, id: string) =>
  root(outline).querySelector<HTMLButtonElement>(`[data-section-id="${id}"] [part="section-toggle"]`)!;
const lessonList = (outline: PipCourseOutline, id: string) => root(outline).querySelector<HTMLElement>(`#${id}-lessons`)!;
const lesson = (outline: PipCourseOutline, id: string) => root(outline).querySelector<HTMLElement>(`[data-lesson-id="${id}"]`)!;
const checkbox = (outline: PipCourseOutline, id: string) => lesson(outline, id).querySelector<HTMLInputElement>('[part="done"]')!;

describe('<pip-course-outline>', () => {
  it('shows the course, its instructor and totals formatted for the language', async () => {
    const outline = await outlineWith(courseBundle());
    expect(root(outline).querySelector('h2[part="title"]')!.textContent).to.equal('Navigating a plan');
    expect(root(outline).querySelector('[part="totals"]')!.textContent!.trim()).to.equal('2 sections · 4 lessons · 2 hr, 5 min · 12 likes');
    expect(root(outline).querySelector('.summary strong')!.textContent).to.equal('short');
    expect(root(outline).querySelector('[part="instructor"]')!.textContent).to.contain('Maya Okafor');
    expect(root(outline).querySelector('[part="instructor"] [part="avatar"]')!.textContent!.trim()).to.equal('MO');
    expect(toggle(outline, 'during').querySelector('.section-meta')!.textContent).to.equal('2 lessons · 1 hr, 50 min');
    expect(lesson(outline, 'intro').querySelector('.minutes')!.textContent).to.equal('6 min');
    expect(lesson(outline, 'intro').querySelector('[part="badge"]')!.textContent).to.equal('Preview');
    expect(lesson(outline, 'intro').querySelector('[part="kind"]')!.textContent!.trim()).to.equal('Video:');
    expect(lesson(outline, 'what').querySelector('.lesson-summary em')!.textContent).to.equal('usual');
  });

  it('formats totals in the page language', async () => {
    const wrapper = await fixture(html`<div lang="de"><pip-course-outline></pip-course-outline></div>`);
    const outline = wrapper.querySelector('pip-course-outline')!;
    outline.strings = { sections: { one: '{count} Abschnitt', other: '{count} Abschnitte' }, lessons: { one: '{count} Lektion', other: '{count} Lektionen' } };
    outline.bundle = courseBundle();
    await waitForStatus(outline, 'ready');
    expect(root(outline).querySelector('[part="totals"]')!.textContent).to.contain('2 Abschnitte · 4 Lektionen · 2 Std., 5 Min.');
  });

  it('opens the first section, toggles one, and all', async () => {
    const outline = await outlineWith(courseBundle());
    expect(toggle(outline, 'start').getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(outline, 'start').getAttribute('aria-controls')).to.equal('start-lessons');
    expect(lessonList(outline, 'start').hidden).to.equal(false);
    expect(toggle(outline, 'during').getAttribute('aria-expanded')).to.equal('false');
    expect(lessonList(outline, 'during').hidden).to.equal(true);
    toggle(outline, 'during').click();
    await outline.updateComplete;
    expect(toggle(outline, 'during').getAttribute('aria-expanded')).to.equal('true');
    expect(lessonList(outline, 'during').hidden).to.equal(false);
    const all = root(outline).querySelector<HTMLButtonElement>('[part="expand-all"]')!;
    expect(all.textContent!.trim()).to.equal('Collapse all sections');
    all.click();
    await outline.updateComplete;
    expect(lessonList(outline, 'start').hidden && lessonList(outline, 'during').hidden).to.equal(true);
    expect(all.textContent!.trim()).to.equal('Expand all sections');
    all.click();
    await outline.updateComplete;
    expect(lessonList(outline, 'start').hidden || lessonList(outline, 'during').hidden).to.equal(false);
  });

  it('toggles sections from the keyboard with Enter and Space', async () => {
    const outline = await outlineWith(courseBundle());
    root(outline).querySelector<HTMLButtonElement>('[part="expand-all"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(outline.shadowRoot!.activeElement).to.equal(toggle(outline, 'start'));
    await sendKeys({ press: 'Enter' });
    await outline.updateComplete;
    expect(toggle(outline, 'start').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    expect(outline.shadowRoot!.activeElement).to.equal(toggle(outline, 'during'));
    await sendKeys({ press: 'Space' });
    await outline.updateComplete;
    expect(toggle(outline, 'during').getAttribute('aria-expanded')).to.equal('true');
  });

  it('marks the current lesson and opens its section', async () => {
    const outline = await outlineWith(courseBundle(), { current: 'hr' });
    expect(lesson(outline, 'hr').getAttribute('aria-current')).to.equal('step');
    expect(lessonList(outline, 'during').hidden).to.equal(false);
    expect(lesson(outline, 'intro').hasAttribute('aria-current')).to.equal(false);
    outline.current = 'what';
    await outline.updateComplete;
    expect(lesson(outline, 'what').getAttribute('aria-current')).to.equal('step');
    expect(lesson(outline, 'hr').hasAttribute('aria-current')).to.equal(false);
  });

  it('links only safe lesson URLs, and fires pip-lesson-select when one is chosen', async () => {
    const outline = await outlineWith(courseBundle());
    toggle(outline, 'during').click();
    await outline.updateComplete;
    const link = lesson(outline, 'intro').querySelector<HTMLAnchorElement>('a[part="lesson-title"]')!;
    expect(link.href).to.equal('https://example.com/intro');
    expect(lesson(outline, 'check-ins').querySelector('a')).to.equal(null);
    expect(lesson(outline, 'check-ins').querySelector('[part="lesson-title"]')!.textContent).to.equal('Check-ins');
    expect(lesson(outline, 'hr').querySelector('a')!.getAttribute('href')).to.equal(new URL('/lessons/hr', document.baseURI).href);
    const event = nextEvent<PipLessonSelectDetail>(outline, 'pip-lesson-select');
    outline.addEventListener('pip-lesson-select', (e) => e.preventDefault(), { once: true });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ id: 'intro', url: 'https://example.com/intro' });
    expect(bubbles && composed).to.equal(true);
    // The host cancelled the selection, so the browser does not follow the link.
    expect(click.defaultPrevented).to.equal(true);
  });

  it('refuses a lesson URL outside the allowlist, naming its path', async () => {
    const bundle = courseBundle();
    bundle.course!.sections[1].lessons[0].url = 'JaVaScRiPt:alert(1)';
    const outline = await fixture<PipCourseOutline>(html`<pip-course-outline .bundle=${bundle}></pip-course-outline>`);
    expect(outline.error?.code).to.equal('schema');
    expect(alertText(outline)).to.contain('course.sections[1].lessons[0].url');
    expect(root(outline).querySelector('a')).to.equal(null);
  });

  it('tracks progress on the device, across reloads, and resets it', async () => {
    const bundle = courseBundle();
    const key = `pip-widgets:course-progress:${bundle.course!.id}`;
    const outline = await outlineWith(bundle, { 'track-progress': '' });
    const summary = () => root(outline).querySelector('[part="progress"] #progress-label')!.textContent;
    expect(summary()).to.equal('0 of 4 lessons done');
    const progress = nextEvent<PipProgressDetail>(outline, 'pip-progress');
    checkbox(outline, 'intro').click();
    expect((await progress).detail).to.deep.equal({ courseId: bundle.course!.id, done: 1, total: 4 });
    await outline.updateComplete;
    checkbox(outline, 'what').click();
    await outline.updateComplete;
    expect(summary()).to.equal('2 of 4 lessons done');
    expect(root(outline).querySelector('progress')!.value).to.equal(2);
    expect(checkbox(outline, 'intro').getAttribute('aria-label')).to.equal('Done: \u2068Introduction\u2069');
    // Every change is stored with its time, so that two tabs merge per lesson.
    const stored = () => JSON.parse(localStorage.getItem(key)!) as { version: number; items: { id: string; on: boolean }[] };
    expect(stored().version).to.equal(2);
    expect(stored().items.filter((item) => item.on).map((item) => item.id)).to.deep.equal(['intro', 'what']);

    // A reload: a new element on the same course finds the progress again.
    outline.remove();
    const again = await outlineWith(bundle, { 'track-progress': '' });
    expect(checkbox(again, 'intro').checked && checkbox(again, 'what').checked).to.equal(true);
    expect(root(again).querySelector('#progress-label')!.textContent).to.equal('2 of 4 lessons done');

    const reset = nextEvent<PipProgressDetail>(again, 'pip-progress');
    root(again).querySelector<HTMLButtonElement>('[part="progress"] button')!.click();
    expect((await reset).detail).to.deep.equal({ courseId: bundle.course!.id, done: 0, total: 4 });
    await again.updateComplete;
    expect(checkbox(again, 'intro').checked).to.equal(false);
    // The reset is kept as unticks, newer than any tick another tab may still show.
    expect(stored().items.filter((item) => item.on)).to.deep.equal([]);
    localStorage.removeItem(key);
  });

  it('keeps progress in memory, without a word, when storage throws', async () => {
    await withThrowingStorage(async () => {
    const outline = await outlineWith(courseBundle(), { 'track-progress': '' });
    checkbox(outline, 'intro').click();
    await outline.updateComplete;
    expect(checkbox(outline, 'intro').checked).to.equal(true);
    expect(root(outline).querySelector('#progress-label')!.textContent).to.equal('1 of 4 lessons done');
    expect(alertText(outline)).to.equal(undefined);
    });
  });

  it('ignores a stored value that is corrupt or not ours', async () => {
    const bundle = courseBundle();
    localStorage.setItem(`pip-widgets:course-progress:${bundle.course!.id}`, '{"ids": oops');
    const outline = await outlineWith(bundle, { 'track-progress': '' });
    expect(root(outline).querySelector('#progress-label')!.textContent).to.equal('0 of 4 lessons done');
  });

  it('is accessible collapsed, expanded, tracking progress and in error', async () => {
    const outline = await outlineWith(courseBundle(), { 'track-progress': '', current: 'what' });
    await expect(outline).to.be.accessible();
    root(outline).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
    await outline.updateComplete;
    await expect(outline).to.be.accessible();
    const bundle = courseBundle();
    delete bundle.course;
    outline.bundle = { ...bundle, questions: [] };
    await outline.updateComplete;
    expect(outline.error?.message).to.contain('has no course');
    expect(alertText(outline)).to.equal('There is nothing here to show yet.');
    await expect(outline).to.be.accessible();
  });

  it('uses no inline style attribute anywhere (strict CSP)', async () => {
    const outline = await outlineWith(courseBundle(), { 'track-progress': '' });
    root(outline).querySelector<HTMLButtonElement>('[part="expand-all"]')!.click();
    await outline.updateComplete;
    expect(root(outline).querySelectorAll('[style]').length).to.equal(0);
  });
});
