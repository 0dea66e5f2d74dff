import { html, nothing, type TemplateResult } from 'lit';
import { renderRichText } from '../../content/rich-text.js';
import type { Author, ContentBundle, Question } from '../../content/schema.js';
import { defineElement } from '../../internal/define.js';
import { PipElement } from '../../internal/pip-element.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { styles } from './qa-feed.styles.js';

/** "Mid-Level Software Engineer at Acme"; "Anonymous" when nothing is known. */
export function byline(author: Author | undefined): string {
  const position = [author?.level, author?.role].filter(Boolean).join(' ');
  const who = position || author?.name || '';
  if (!who) return author?.company ? `Anonymous at ${author.company}` : 'Anonymous';
  return author?.company ? `${who} at ${author.company}` : who;
}

/**
 * Shows the bundle's topic (title and about text) and its questions as cards, each
 * with its author's byline and rich-text body.
 *
 * @tagname pip-qa-feed
 * @summary A topic's questions and answers about performance improvement plans.
 *
 * @fires pip-load - The bundle is loaded and valid. `detail: { bundle }`.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no questions. `detail: { code, message, issues }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart header - The topic title and about text.
 * @csspart question - One question card.
 * @csspart question-title - A question's title.
 * @csspart byline - A question's author line.
 * @csspart body - A question's rich-text body.
 * @csspart tag - One tag of a question.
 * @csspart link - A link inside rich text.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop --pip-color-text - Text color.
 * @cssprop --pip-color-muted - Secondary text (bylines, dates).
 * @cssprop --pip-color-border - Card borders.
 * @cssprop --pip-color-surface - Card background.
 * @cssprop --pip-radius - Corner radius of cards.
 * @cssprop --pip-font-family - Font family (inherited from the page by default).
 * @cssprop --pip-focus-ring-color - Color of the keyboard focus ring.
 */
export class PipQaFeed extends PipElement {
  static override styles = [...PipElement.styles, styles];
  protected readonly requires = { key: 'questions', name: 'questions' } as const;

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const { topic, questions = [] } = bundle;
    return html`
      ${topic
        ? html`<div part="header" class="header">
            <h2>${topic.title}</h2>
            <div class="about">${renderRichText(topic.about)}</div>
          </div>`
        : nothing}
      <ol class="questions" aria-label=${topic ? `Questions about ${topic.title}` : 'Questions'}>
        ${questions.map((question) => this.renderQuestion(question))}
      </ol>
    `;
  }

  private renderQuestion(question: Question): TemplateResult {
    return html`<li part="question" class="question" data-question-id=${question.id}>
      <article aria-labelledby=${`q-${question.id}`}>
        <h3 part="question-title" id=${`q-${question.id}`}>${question.title}</h3>
        <p part="byline" class="byline">${byline(question.author)}</p>
        <div part="body" class="body">${renderRichText(question.body)}</div>
        ${question.tags?.length
          ? html`<ul class="tags" aria-label="Tags">
              ${question.tags.map((tag) => html`<li part="tag" class="tag">${tag}</li>`)}
            </ul>`
          : nothing}
      </article>
    </li>`;
  }
}

defineElement('pip-qa-feed', PipQaFeed);

declare global {
  interface HTMLElementTagNameMap {
    'pip-qa-feed': PipQaFeed;
  }
}
