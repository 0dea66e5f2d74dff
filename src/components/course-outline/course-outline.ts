import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { renderRichText, richTextToPlain } from '../../content/rich-text.js';
import type { ContentBundle, Course, CourseSection, Lesson, LessonKind } from '../../content/schema.js';
import { safeUrl } from '../../content/url.js';
import { avatar, avatarStyles } from '../../internal/avatar.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { formatDuration, formatMessage, formatMinutes, formatPlural, languageOf } from '../../internal/i18n.js';
import { PipElement } from '../../internal/pip-element.js';
import { controlStyles } from '../../internal/shared.styles.js';
import { deviceStorage, readIdList, storageKey, writeIdList } from '../../internal/storage.js';
import { isoDuration, writeStructuredData } from '../../internal/structured-data.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { defaultStrings, type CourseOutlineStrings } from './strings.js';
import { styles } from './course-outline.styles.js';

export interface PipLessonSelectDetail {
  id: string;
  url: string;
}

export interface PipProgressDetail {
  done: number;
  total: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pip-lesson-select': CustomEvent<PipLessonSelectDetail>;
    'pip-progress': CustomEvent<PipProgressDetail>;
  }
}

declare module '../../internal/events.js' {
  interface PipEventDetails {
    'pip-lesson-select': PipLessonSelectDetail;
    'pip-progress': PipProgressDetail;
  }
}

const minutesOf = (lessons: readonly Lesson[]) => lessons.reduce((sum, lesson) => sum + (lesson.minutes ?? 0), 0);

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
 * @fires pip-load - The bundle is loaded and valid. `detail: { bundle }`.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no course. `detail: { code, message, issues }`.
 * @fires pip-lesson-select - A lesson link was chosen. `detail: { id, url }`. Cancel it to handle the navigation yourself.
 * @fires pip-progress - A lesson was marked done or not done, or progress was reset. `detail: { done, total }`.
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
 * @csspart section-toggle - The button that opens or closes a section.
 * @csspart lesson - One lesson.
 * @csspart lesson-title - A lesson's title (a link when it has a URL).
 * @csspart kind - A lesson's kind icon.
 * @csspart badge - The "Preview" badge.
 * @csspart done - A lesson's "done" checkbox.
 * @csspart link - A link inside rich text.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop --pip-color-text - Text color.
 * @cssprop --pip-color-muted - Secondary text (durations, counts, bio).
 * @cssprop --pip-color-border - Section borders.
 * @cssprop --pip-color-surface - Section background.
 * @cssprop --pip-color-accent - The progress bar, current lesson and badges.
 * @cssprop --pip-radius - Corner radius of sections.
 * @cssprop --pip-font-family - Font family (inherited from the page by default).
 * @cssprop --pip-focus-ring-color - Color of the keyboard focus ring.
 */
export class PipCourseOutline extends PipElement {
  static override styles = [...PipElement.styles, controlStyles, avatarStyles, styles];
  static override properties: PropertyDeclarations = {
    current: { reflect: true },
    trackProgress: { type: Boolean, reflect: true, attribute: 'track-progress' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    strings: { attribute: false },
    openSections: { state: true, attribute: false },
    done: { state: true, attribute: false },
  };
  protected readonly requires = { key: 'course', name: 'course' } as const;

  /** The id of the lesson the reader is on: it is marked, and its section opens. */
  current?: string;

  /** Adds a "done" checkbox to each lesson and keeps the reader's progress on this device. */
  trackProgress = false;

  /** Level of the course heading (1-6); section titles are one level below. */
  headingLevel = 2;

  /**
   * Writes the course as schema.org `Course` JSON-LD into a script in the light DOM, for search
   * engines (which do not read shadow roots).
   */
  structuredData = false;

  /** Replacements for the outline's own texts, for other languages. */
  strings: Partial<CourseOutlineStrings> = {};

  private openSections = new Set<string>();
  private done = new Set<string>();

  #courseShown?: Course;

  protected override get retryLabel(): string {
    return this.#text.retry;
  }

  get #text(): CourseOutlineStrings {
    return { ...defaultStrings, ...this.strings };
  }

  get #progressKey(): string {
    return storageKey('course-progress', this.#courseShown!.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const course = this.status === 'ready' ? this.content?.course : undefined;
    if (!course) return;
    const newCourse = course !== this.#courseShown;
    this.#courseShown = course;
    if (newCourse) {
      this.openSections = new Set([course.sections[0].id]);
      this.done = this.#storedProgress(course);
    }
    if (newCourse || changed.has('current')) {
      const section = course.sections.find((s) => s.lessons.some((lesson) => lesson.id === this.current));
      if (section && !this.openSections.has(section.id)) this.openSections = new Set([...this.openSections, section.id]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const course = this.status === 'ready' ? this.#courseShown : undefined;
    writeStructuredData(this, this.structuredData && course ? this.#courseData(course) : undefined);
  }

  /** What the page shows of the course, in schema.org terms. */
  #courseData(course: Course): object {
    const lessons = course.sections.flatMap((section) => section.lessons);
    const minutes = minutesOf(lessons);
    return {
      '@type': 'Course',
      name: course.title,
      description: richTextToPlain(course.summary) || undefined,
      url: safeUrl(course.url) ?? location.href.split('#')[0],
      inLanguage: languageOf(this),
      author: course.instructor ? { '@type': 'Person', name: course.instructor.name } : undefined,
      timeRequired: minutes > 0 ? isoDuration(minutes) : undefined,
      syllabusSections: course.sections.map((section) => ({
        '@type': 'Syllabus',
        name: section.title,
        timeRequired: minutesOf(section.lessons) > 0 ? isoDuration(minutesOf(section.lessons)) : undefined,
      })),
    };
  }

  /** Only ids of this course's lessons count: a stored list may be older than the course. */
  #storedProgress(course: Course): Set<string> {
    const lessons = new Set(course.sections.flatMap((section) => section.lessons.map((lesson) => lesson.id)));
    return new Set([...readIdList(storageKey('course-progress', course.id))].filter((id) => lessons.has(id)));
  }

  #toggleSection(id: string): void {
    const open = new Set(this.openSections);
    if (!open.delete(id)) open.add(id);
    this.openSections = open;
  }

  #toggleAll(course: Course): void {
    const allOpen = course.sections.every((section) => this.openSections.has(section.id));
    this.openSections = allOpen ? new Set() : new Set(course.sections.map((section) => section.id));
  }

  #setDone(id: string, isDone: boolean, total: number): void {
    const done = new Set(this.done);
    if (isDone) done.add(id);
    else done.delete(id);
    this.done = done;
    writeIdList(this.#progressKey, done);
    emit(this, 'pip-progress', { done: done.size, total });
  }

  #resetProgress(total: number): void {
    this.done = new Set();
    deviceStorage.remove(this.#progressKey);
    emit(this, 'pip-progress', { done: 0, total });
  }

  #selectLesson(event: MouseEvent, lesson: Lesson, url: string): void {
    const proceed = this.dispatchEvent(
      new CustomEvent('pip-lesson-select', { bubbles: true, composed: true, cancelable: true, detail: { id: lesson.id, url } }),
    );
    // A host that cancels the event navigates itself (a single-page app, say).
    if (!proceed) event.preventDefault();
  }

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const course = bundle.course!;
    const text = this.#text;
    const lang = languageOf(this);
    const level = headingLevel(this.headingLevel);
    const lessons = course.sections.flatMap((section) => section.lessons);
    const courseUrl = safeUrl(course.url);
    const allOpen = course.sections.every((section) => this.openSections.has(section.id));
    const totals = [
      formatPlural(text.sections, course.sections.length, lang),
      formatPlural(text.lessons, lessons.length, lang),
      minutesOf(lessons) > 0 ? formatDuration(minutesOf(lessons), lang) : '',
    ].filter(Boolean);
    return html`
      <div part="header" class="header">
        ${heading(level, courseUrl ? html`<a href=${courseUrl}>${course.title}</a>` : course.title, 'title')}
        <p part="totals" class="totals">
          ${totals.join(text.separator)}${course.likes !== undefined
            ? html`<span class="likes">${text.separator}${formatPlural(text.likes, course.likes, lang)}</span>`
            : nothing}
        </p>
        <div class="summary">${renderRichText(course.summary)}</div>
        ${course.instructor
          ? html`<div part="instructor" class="instructor">
              ${avatar(course.instructor.avatarUrl, course.instructor.name, course.instructor.name)}
              <div>
                <p class="instructor-name"><span class="label">${text.instructor}</span> ${course.instructor.name}</p>
                <div class="bio">${renderRichText(course.instructor.bio)}</div>
              </div>
            </div>`
          : nothing}
      </div>
      ${this.trackProgress ? this.#renderProgress(lessons.length, text, lang) : nothing}
      <div class="controls">
        <button part="expand-all" class="link-button" type="button" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.#toggleAll(course)}>
          ${allOpen ? text.collapseAll : text.expandAll}
        </button>
      </div>
      <ol class="sections">
        ${course.sections.map((section) => this.#renderSection(section, headingLevel(level + 1), lessons.length, text, lang))}
      </ol>
    `;
  }

  #renderProgress(total: number, text: CourseOutlineStrings, lang: string): TemplateResult {
    const done = this.done.size;
    return html`<div part="progress" class="progress">
      <span id="progress-label">${formatPlural(text.progress, total, lang, { done, total })}</span>
      <progress aria-labelledby="progress-label" max=${total} .value=${done}></progress>
      <button class="link-button" type="button" ?disabled=${done === 0} @click=${() => this.#resetProgress(total)}>
        ${text.resetProgress}
      </button>
    </div>`;
  }

  #renderSection(section: CourseSection, level: HeadingLevel, total: number, text: CourseOutlineStrings, lang: string): TemplateResult {
    const open = this.openSections.has(section.id);
    const minutes = minutesOf(section.lessons);
    const done = section.lessons.filter((lesson) => this.done.has(lesson.id)).length;
    const meta = [formatPlural(text.lessons, section.lessons.length, lang), minutes > 0 ? formatDuration(minutes, lang) : ''];
    if (this.trackProgress) meta.push(formatMessage(text.sectionProgress, { done, total: section.lessons.length }));
    return html`<li part="section" class="section" data-section-id=${section.id}>
      ${heading(
        level,
        html`<button
          part="section-toggle"
          class="section-toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`${section.id}-lessons`}
          @click=${() => this.#toggleSection(section.id)}
        >
          <span class="section-title">${section.title}</span>
          <span class="section-meta">${meta.filter(Boolean).join(text.separator)}</span>
        </button>`,
        'section-title',
      )}
      <ol class="lessons" id=${`${section.id}-lessons`} ?hidden=${!open}>
        ${section.lessons.map((lesson) => this.#renderLesson(lesson, total, text, lang))}
      </ol>
    </li>`;
  }

  #renderLesson(lesson: Lesson, total: number, text: CourseOutlineStrings, lang: string): TemplateResult {
    const url = safeUrl(lesson.url);
    const current = lesson.id === this.current;
    const kind = lesson.kind;
    return html`<li part="lesson" class="lesson ${current ? 'current' : ''}" data-lesson-id=${lesson.id} aria-current=${current ? 'step' : nothing}>
      ${this.trackProgress
        ? html`<input
            part="done"
            class="done"
            type="checkbox"
            .checked=${this.done.has(lesson.id)}
            aria-label=${formatMessage(text.markDone, { title: lesson.title })}
            @change=${(event: Event) => this.#setDone(lesson.id, (event.target as HTMLInputElement).checked, total)}
          />`
        : nothing}
      ${kind
        ? html`<span part="kind" class="kind kind-${kind}"
            ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${KIND_ICONS[kind]}</svg
            ><span class="visually-hidden">${text[kind]}:</span></span
          >`
        : nothing}
      <div class="lesson-main">
        <div class="lesson-line">
          ${url
            ? html`<a part="lesson-title" class="lesson-title" href=${url} @click=${(event: MouseEvent) => this.#selectLesson(event, lesson, url)}
                >${lesson.title}</a
              >`
            : html`<span part="lesson-title" class="lesson-title">${lesson.title}</span>`}
          ${current ? html`<span class="current-label">${text.current}</span>` : nothing}
          ${lesson.preview ? html`<span part="badge" class="badge">${text.preview}</span>` : nothing}
          ${lesson.minutes ? html`<span class="minutes">${formatMinutes(lesson.minutes, lang)}</span>` : nothing}
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
