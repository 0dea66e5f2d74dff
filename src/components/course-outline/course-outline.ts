import { html, nothing, type TemplateResult } from 'lit';
import { renderRichText } from '../../content/rich-text.js';
import type { ContentBundle, CourseSection, Lesson } from '../../content/schema.js';
import { safeUrl } from '../../content/url.js';
import { defineElement } from '../../internal/define.js';
import { PipElement } from '../../internal/pip-element.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { styles } from './course-outline.styles.js';

/**
 * Shows the bundle's course: its title, summary and instructor, then each section
 * with its lessons.
 *
 * @tagname pip-course-outline
 * @summary A course at a glance: instructor, sections and lessons.
 *
 * @fires pip-load - The bundle is loaded and valid. `detail: { bundle }`.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no course. `detail: { code, message, issues }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart header - The course title, summary and instructor.
 * @csspart section - One section.
 * @csspart lesson - One lesson.
 * @csspart link - A link inside rich text.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop --pip-color-text - Text color.
 * @cssprop --pip-color-muted - Secondary text (durations, instructor bio).
 * @cssprop --pip-color-border - Section borders.
 * @cssprop --pip-radius - Corner radius of sections.
 */
export class PipCourseOutline extends PipElement {
  static override styles = [...PipElement.styles, styles];
  protected readonly requires = { key: 'course', name: 'course' } as const;

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const course = bundle.course!;
    return html`
      <div part="header" class="header">
        <h2>${course.title}</h2>
        <div class="summary">${renderRichText(course.summary)}</div>
        ${course.instructor
          ? html`<p class="instructor">Instructor: <strong>${course.instructor.name}</strong></p>`
          : nothing}
      </div>
      ${course.sections.map((section) => this.renderSection(section))}
    `;
  }

  private renderSection(section: CourseSection): TemplateResult {
    return html`<section part="section" class="section" data-section-id=${section.id}>
      <h3>${section.title}</h3>
      <ol class="lessons">
        ${section.lessons.map((lesson) => this.renderLesson(lesson))}
      </ol>
    </section>`;
  }

  private renderLesson(lesson: Lesson): TemplateResult {
    const href = safeUrl(lesson.url);
    return html`<li part="lesson" class="lesson" data-lesson-id=${lesson.id}>
      ${href ? html`<a href=${href}>${lesson.title}</a>` : html`<span>${lesson.title}</span>`}
      ${lesson.minutes ? html`<span class="minutes">${lesson.minutes} min</span>` : nothing}
    </li>`;
  }
}

defineElement('pip-course-outline', PipCourseOutline);

declare global {
  interface HTMLElementTagNameMap {
    'pip-course-outline': PipCourseOutline;
  }
}
