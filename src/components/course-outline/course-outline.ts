import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { renderRichText } from '../../content/rich-text.js';
import type { ContentBundle, Course, CourseSection, Lesson, LessonKind } from '../../content/schema.js';
import { safeUrl } from '../../content/url.js';
import { ContentController } from '../../controllers/content-controller.js';
import { StoredIdsController } from '../../controllers/stored-ids-controller.js';
import { StructuredDataController } from '../../controllers/structured-data-controller.js';
import { emit } from '../../events.js';
import { avatar, avatarStyles } from '../../internal/avatar.js';
import { flag, shown, wholeNumber } from '../../internal/attributes.js';
import { bdi, isolate } from '../../internal/bidi.js';
import { defineElement } from '../../internal/define.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { PipElement, type Settling } from '../../internal/pip-element.js';
import { controlStyles } from '../../internal/shared.styles.js';
import { toggled } from '../../internal/toggled.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { lessonsOf, minutesOf } from './course-data.js';
import { courseData } from './course-structured-data.js';
import { styles } from './course-outline.styles.js';

export type { PipLessonSelectDetail, PipProgressDetail } from '../../events.js';


const KIND_ICONS: Record<LessonKind, SVGTemplateResult> = {
  article: svg`<path d="M6 3h9l3 3v15H6z M9 9h6 M9 13h6 M9 17h4" />`,
  video: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="M10 9l5 3-5 3z" />`,
  exercise: svg`<path d="M4 20l4-1 11-11-3-3L5 16z M14 6l3 3" />`,
};

/**
 * Shows the bundle's course: title, summary, instructor, likes and totals ("5 sections ·
 * 13 lessons · 2 hr, 5 min"), then its sections as disclosures listing their lessons with kind,
 * length and a "Preview" badge. With `track-progress`, each lesson gets a "done" checkbox and the
 * reader's progress is kept on their device, per course, with nothing to sign up for.
 *
 * @tagname pip-course-outline
 * @summary A course at a glance: instructor, sections, lessons and durations, with progress kept on the device.
 *
 * @fires pip-load - The bundle is loaded and valid.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no course.
 * @fires pip-lesson-select - A lesson link was chosen. Cancel it to handle the navigation yourself.
 * @fires pip-progress - A lesson was marked done or not done, or progress was reset.
 *
 * @csspart base - The outer wrapper.
 * @csspart header - The course title, summary, totals and instructor.
 * @csspart title - The course title.
 * @csspart totals - "5 sections · 13 lessons · 2 hr, 5 min".
 * @csspart instructor - The instructor's avatar, name and bio.
 * @csspart avatar - The instructor's picture or initials.
 * @csspart progress - The progress summary, bar and reset button.
 * @csspart expand-all - The button that opens or closes every section.
 * @csspart section - One section.
 * @csspart section-title - A section's heading, around its toggle.
 * @csspart section-toggle - The button that opens or closes a section.
 * @csspart lesson - One lesson.
 * @csspart lesson-title - A lesson's title (a link when it has a URL).
 * @csspart kind - A lesson's kind icon.
 * @csspart badge - The "Preview" badge.
 * @csspart done - A lesson's "done" checkbox.
 * @csspart link - A link inside rich text.
 */
export class PipCourseOutline extends PipElement {
  static override styles = [...PipElement.styles, controlStyles, avatarStyles, styles];
  static override properties: PropertyDeclarations = {
    current: { reflect: true },
    trackProgress: { reflect: true, attribute: 'track-progress', converter: flag() },
    headingLevel: { attribute: 'heading-level', converter: wholeNumber(1, 6, 2) },
    structuredData: { attribute: 'structured-data', converter: flag() },
    openSections: { state: true, attribute: false },
  };

  /** The id of the lesson the reader is on: it is marked, and its section opens. An id that is not a lesson of the course marks nothing, with one console warning. */
  current?: string;

  /** Adds a "done" checkbox to each lesson and keeps the reader's progress on this device. */
  trackProgress = false;

  /** Level of the course heading, a whole number from 1 to 6, default 2; section titles are one level below. */
  headingLevel = 2;

  /**
   * Writes the course as schema.org `Course` JSON-LD into a script in the light DOM, for search
   * engines (which do not read shadow roots).
   */
  structuredData = false;

  private openSections = new Set<string>();

  protected readonly loader = new ContentController(this, { requires: 'course', onChange: () => this.#showCourse() });

  readonly #done = new StoredIdsController(this, {
    kind: 'course-progress',
    item: () => this.#course,
    validIds: (course) => lessonsOf(course).map((lesson) => lesson.id),
  });

  #course?: Course;
  /** The last `current` warned about, so a page that sets it on every update hears it once. */
  #warnedCurrent?: string;
  readonly #structuredData: StructuredDataController;

  constructor() {
    super();
    this.#structuredData = new StructuredDataController(this, {
      args: () => [this.structuredData && this.loader.status === 'ready' && this.#course, this.localize.lang],
      data: async () => {
        const course = this.structuredData && this.loader.status === 'ready' ? this.#course : undefined;
        return course && courseData(course, this.localize.lang, location.href.split('#')[0]);
      },
    });
  }

  protected override settling(): readonly Settling[] {
    return [...super.settling(), this.#structuredData];
  }

  get #lessonCount(): number {
    return lessonsOf(this.#course!).length;
  }

  /** A new course starts with its first section open, and the current lesson's. */
  #showCourse(): void {
    const course = this.loader.status === 'ready' ? this.loader.bundle?.course : undefined;
    if (!course || course === this.#course) return;
    this.#course = course;
    this.openSections = new Set([course.sections[0].id]);
    this.#openCurrent();
  }

  #openCurrent(): void {
    const course = this.#course;
    const section = course?.sections.find((s) => s.lessons.some((lesson) => lesson.id === this.current));
    if (section && !this.openSections.has(section.id)) this.openSections = toggled(this.openSections, section.id, true);
    // A stale or mistyped id marks nothing, which a page would never notice: say so, once per value.
    if (course && !section && this.current && this.current !== this.#warnedCurrent) {
      this.#warnedCurrent = this.current;
      console.warn(`pip-widgets: <pip-course-outline current=${shown(this.current)}> is not a lesson of the course "${course.id}"; no lesson is marked as current.`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('current')) this.#openCurrent();
  }

  #toggleAll(course: Course): void {
    const allOpen = course.sections.every((section) => this.openSections.has(section.id));
    this.openSections = allOpen ? new Set() : new Set(course.sections.map((section) => section.id));
  }

  #setDone(id: string, done: boolean): void {
    this.#done.set(id, done);
    this.#reportProgress();
  }

  #resetProgress(): void {
    this.#done.clear();
    this.#reportProgress();
  }

  #reportProgress(): void {
    emit(this, 'pip-progress', { courseId: this.#course!.id, done: this.#done.size, total: this.#lessonCount });
  }

  #selectLesson(event: MouseEvent, lesson: Lesson, url: string): void {
    // A host that cancels the event navigates itself (a single-page app, say).
    if (!emit(this, 'pip-lesson-select', { id: lesson.id, url }, { cancelable: true })) event.preventDefault();
  }

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const course = bundle.course!;
    const localize = this.localize;
    const separator = localize.term('separator');
    const level = headingLevel(this.headingLevel);
    const lessons = lessonsOf(course);
    const minutes = minutesOf(lessons);
    const courseUrl = safeUrl(course.url);
    const allOpen = course.sections.every((section) => this.openSections.has(section.id));
    const totals = [localize.plural('sections', course.sections.length), localize.plural('lessons', lessons.length)];
    if (minutes > 0) totals.push(localize.duration(minutes));
    return html`
      <div part="header" class="header">
        ${heading(level, courseUrl ? html`<a href=${courseUrl}>${course.title}</a>` : course.title, 'title')}
        <p part="totals" class="totals">
          ${totals.join(separator)}${course.likes !== undefined
            ? html`<span class="likes">${separator}${localize.plural('likes', course.likes)}</span>`
            : nothing}
        </p>
        <div class="summary">${renderRichText(course.summary)}</div>
        ${course.instructor
          ? html`<div part="instructor" class="instructor">
              ${avatar(course.instructor.avatarUrl, course.instructor.name, course.instructor.name)}
              <div>
                <p class="instructor-name"><span class="label">${localize.term('instructor')}</span> ${bdi(course.instructor.name)}</p>
                <div class="bio">${renderRichText(course.instructor.bio)}</div>
              </div>
            </div>`
          : nothing}
      </div>
      ${this.trackProgress ? this.#renderProgress(lessons.length) : nothing}
      <div class="controls">
        <button part="expand-all" class="link-button" type="button" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.#toggleAll(course)}>
          ${localize.term(allOpen ? 'collapseAll' : 'expandAll')}
        </button>
      </div>
      <ol class="sections">
        ${course.sections.map((section) => this.#renderSection(section, headingLevel(level + 1)))}
      </ol>
    `;
  }

  #renderProgress(total: number): TemplateResult {
    const done = this.#done.size;
    return html`<div part="progress" class="progress">
      <span id="progress-label">${this.localize.plural('progress', total, { done, total })}</span>
      <progress aria-labelledby="progress-label" max=${total} .value=${done}></progress>
      <button class="link-button" type="button" ?disabled=${done === 0} @click=${this.#resetProgress}>${this.localize.term('resetProgress')}</button>
    </div>`;
  }

  #renderSection(section: CourseSection, level: HeadingLevel): TemplateResult {
    const localize = this.localize;
    const open = this.openSections.has(section.id);
    const minutes = minutesOf(section.lessons);
    const meta = [localize.plural('lessons', section.lessons.length)];
    if (minutes > 0) meta.push(localize.duration(minutes));
    if (this.trackProgress) {
      const done = section.lessons.filter((lesson) => this.#done.has(lesson.id)).length;
      meta.push(localize.term('sectionProgress', { done, total: section.lessons.length }));
    }
    return html`<li part="section" class="section" data-section-id=${section.id}>
      ${heading(
        level,
        html`<button
          part="section-toggle"
          class="section-toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${section.id}-lessons`}
          @click=${() => (this.openSections = toggled(this.openSections, section.id))}
        >
          <span class="section-title">${bdi(section.title)}</span>
          <span class="section-meta">${meta.join(localize.term('separator'))}</span>
        </button>`,
        'section-title',
      )}
      <ol class="lessons" id=${`${section.id}-lessons`} ?hidden=${!open}>
        ${section.lessons.map((lesson) => this.#renderLesson(lesson))}
      </ol>
    </li>`;
  }

  #renderLesson(lesson: Lesson): TemplateResult {
    const localize = this.localize;
    const url = safeUrl(lesson.url);
    const current = lesson.id === this.current;
    const kind = lesson.kind;
    return html`<li part="lesson" class="lesson ${current ? 'current' : ''}" data-lesson-id=${lesson.id} aria-current=${current ? 'step' : nothing}>
      ${this.trackProgress
        ? html`<input
            part="done"
            class="done"
            type="checkbox"
            .checked=${this.#done.has(lesson.id)}
            aria-label=${localize.term('markDone', { title: isolate(lesson.title) })}
            @change=${(event: Event) => this.#setDone(lesson.id, (event.target as HTMLInputElement).checked)}
          />`
        : nothing}
      ${kind
        ? html`<span part="kind" class="kind kind-${kind}"
            ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${KIND_ICONS[kind]}</svg
            ><span class="visually-hidden">${localize.term('kindLabel', { kind: localize.term(kind) })}</span></span
          >`
        : nothing}
      <div class="lesson-main">
        <div class="lesson-line">
          ${url
            ? html`<a part="lesson-title" class="lesson-title" href=${url} @click=${(event: MouseEvent) => this.#selectLesson(event, lesson, url)}
                >${bdi(lesson.title)}</a
              >`
            : html`<span part="lesson-title" class="lesson-title">${bdi(lesson.title)}</span>`}
          ${current ? html`<span class="current-label">${localize.term('current')}</span>` : nothing}
          ${lesson.preview ? html`<span part="badge" class="badge">${localize.term('preview')}</span>` : nothing}
          ${lesson.minutes ? html`<span class="minutes">${localize.minutes(lesson.minutes)}</span>` : nothing}
        </div>
        ${lesson.summary ? html`<div class="lesson-summary">${renderRichText(lesson.summary)}</div>` : nothing}
      </div>
    </li>`;
  }
}

defineElement('pip-course-outline', PipCourseOutline);

declare global {
  interface HTMLElementTagNameMap {
    'pip-course-outline': PipCourseOutline;
  }
}
