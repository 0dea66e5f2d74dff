import { html, nothing, type TemplateResult } from 'lit';
import { renderRichText } from '../../content/rich-text.js';
import type { Answer, Author, Question } from '../../content/schema.js';
import { safeUrl } from '../../content/url.js';
import { avatar } from '../../internal/avatar.js';
import { bdi, isolatedMessage } from '../../internal/bidi.js';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import type { LocalizeController } from '../../localize/localize.js';
import type { Segment } from '../../search/index.js';

/** "Mid-Level Software Engineer at Acme"; "Anonymous" when nothing is known. */
export function byline(author: Author | undefined, localize: LocalizeController): string {
  const position = [author?.level, author?.role].filter(Boolean).join(' ');
  const who = position || author?.name || localize.term('anonymous');
  return author?.company ? localize.term('byline', { who, company: author.company }) : who;
}

/** The byline as DOM: each part the author wrote isolated, so none can reorder the words after it. */
function bylineView(author: Author | undefined, localize: LocalizeController): unknown {
  const position = [author?.level, author?.role].filter((part): part is string => Boolean(part));
  const name = author?.name;
  let who: unknown = name ? bdi(name) : localize.term('anonymous');
  if (position.length > 0) who = position.flatMap((part, i) => (i > 0 ? [' ', bdi(part)] : [bdi(part)]));
  return author?.company ? isolatedMessage(localize.get('byline'), { who, company: author.company }) : who;
}

/** A card shows this many tags, and a button for the rest: one question may have thousands. */
export const TAGS_SHOWN = 8;

/** What a card shows of its question's state, and what its buttons do. */
export interface CardState {
  localize: LocalizeController;
  level: HeadingLevel;
  /** The title with the words that matched marked, when a query matched any. */
  title: readonly Segment[] | undefined;
  bodyOpen: boolean;
  /** The body is cut by the clamp: "Show more" shows more. */
  clamped: boolean;
  answersOpen: boolean;
  /** Every tag shows, not only the first TAGS_SHOWN. */
  tagsOpen: boolean;
  /** Far enough down the list to skip rendering while out of view. */
  later: boolean;
  toggleBody: () => void;
  toggleAnswers: () => void;
  showAllTags: () => void;
  tagButton: (tag: string) => TemplateResult;
}

/** One question: byline, title (highlighted), clamped rich-text body, tags, likes and answers. */
export function questionCard(question: Question, state: CardState): TemplateResult {
  const { localize, bodyOpen, clamped, answersOpen } = state;
  const id = question.id;
  const answerCount = question.answers?.length ?? 0;
  const threadUrl = safeUrl(question.url);
  const title = state.title
    ? state.title.map((segment) => (segment.match ? html`<mark part="highlight">${segment.text}</mark>` : segment.text))
    : question.title;
  return html`<li part="question" class="question ${state.later ? 'later' : ''}" data-question-id=${id} tabindex="-1">
    <article aria-labelledby=${`${id}-title`}>
      ${authorLine(question.author, question.createdAt, localize)}
      ${heading(state.level, threadUrl ? html`<a href=${threadUrl}>${title}</a>` : title, 'question-title', `${id}-title`)}
      <div part="body" class="body ${bodyOpen ? 'open' : clamped ? 'clamped' : ''}" id=${`${id}-body`} data-body-of=${id}>
        ${renderRichText(question.body)}
      </div>
      ${bodyOpen || clamped
        ? html`<button
            part="show-more"
            class="link-button show-more"
            type="button"
            aria-expanded=${bodyOpen ? 'true' : 'false'}
            aria-controls=${`${id}-body`}
            @click=${state.toggleBody}
          >
            ${localize.term(bodyOpen ? 'showLess' : 'showMore')}
          </button>`
        : nothing}
      <div class="footer">
        ${tagList(question.tags ?? [], state)}
        <span class="stats">
          ${question.likes !== undefined ? html`<span class="likes">${localize.plural('likes', question.likes)}</span>` : nothing}
          ${answerCount > 0
            ? html`<button
                class="link-button answers-toggle"
                type="button"
                aria-expanded=${answersOpen ? 'true' : 'false'}
                aria-controls=${`${id}-answers`}
                @click=${state.toggleAnswers}
              >
                ${answersOpen ? localize.term('hideAnswers') : localize.plural('answers', answerCount)}
              </button>`
            : nothing}
        </span>
      </div>
      ${answerCount > 0
        ? html`<ol part="answers" class="answers" id=${`${id}-answers`} ?hidden=${!answersOpen}>
            ${answersOpen ? question.answers!.map((answer) => answerItem(answer, localize)) : nothing}
          </ol>`
        : nothing}
      ${threadUrl ? html`<a class="thread-link" href=${threadUrl}>${localize.term('fullThread')}</a>` : nothing}
    </article>
  </li>`;
}

function tagList(tags: readonly string[], { localize, tagsOpen, tagButton, showAllTags }: CardState): TemplateResult | typeof nothing {
  if (tags.length === 0) return nothing;
  const more = tagsOpen ? 0 : Math.max(tags.length - TAGS_SHOWN, 0);
  return html`<div class="tags">
    ${(more > 0 ? tags.slice(0, TAGS_SHOWN) : tags).map(tagButton)}
    ${more > 0 ? html`<button class="link-button more-tags" type="button" @click=${showAllTags}>${localize.plural('moreTags', more)}</button>` : nothing}
  </div>`;
}

function authorLine(author: Author | undefined, createdAt: string | undefined, localize: LocalizeController): TemplateResult {
  return html`<div class="author">
    ${avatar(author?.avatarUrl, author?.name ?? author?.role ?? author?.company, byline(author, localize))}
    <span class="who">
      <span part="byline" class="byline">${bylineView(author, localize)}</span>
      ${createdAt ? html`<time class="date" datetime=${createdAt}>${localize.date(createdAt)}</time>` : nothing}
    </span>
  </div>`;
}

function answerItem(answer: Answer, localize: LocalizeController): TemplateResult {
  return html`<li class="answer" data-answer-id=${answer.id}>
    ${authorLine(answer.author, answer.createdAt, localize)}
    <div class="answer-body">${renderRichText(answer.body)}</div>
    ${answer.likes !== undefined ? html`<span class="likes">${localize.plural('likes', answer.likes)}</span>` : nothing}
  </li>`;
}
