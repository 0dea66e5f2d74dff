import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../content/schema.js';
import { isolate } from '../../internal/bidi.js';
import type { LocalizeController } from '../../localize/localize.js';
import type { ResultsWindow } from '../../sources/question-source.js';
import { FIRST_CARDS } from './progressive-draw-controller.js';

/** Cards from this position on skip rendering while out of view (see the styles). */
const CONTAINED_FROM = 2 * FIRST_CARDS;

export interface ResultsListState {
  localize: LocalizeController;
  results: ResultsWindow;
  /** A linked question shown above the list, when it is not in it. */
  pinned: Question | undefined;
  /** How many of the results' cards to draw now. */
  drawn: number;
  /** Questions after the window; 0 while the total is not known. */
  remaining: number;
  topicTitle: string | undefined;
  card: (question: Question, later: boolean) => TemplateResult;
  onClearSearch: () => void;
  onShowMore: () => void;
}

/** The results: "nothing matches" with a way out, or the linked question, the cards and "Show more questions". */
export function resultsList(state: ResultsListState): TemplateResult {
  const { localize, results, pinned, remaining, topicTitle } = state;
  if (results.total === 0) {
    return html`<div part="empty" class="empty">
      <p>${localize.term('noMatches')}</p>
      <button class="button" type="button" @click=${state.onClearSearch}>${localize.term('clearSearch')}</button>
    </div>`;
  }
  const label = topicTitle ? localize.term('topicQuestionsLabel', { topic: isolate(topicTitle) }) : localize.term('questionsLabel');
  return html`
    ${pinned
      ? html`<section class="pinned" aria-label=${localize.term('linkedQuestion')}>
          <ol class="questions">${state.card(pinned, false)}</ol>
        </section>`
      : nothing}
    <ol class="questions results" aria-label=${label}>
      ${results.questions.slice(0, state.drawn).map((question, position) => state.card(question, position >= CONTAINED_FROM))}
    </ol>
    ${remaining > 0
      ? html`<button part="more-questions" class="button more" type="button" @click=${state.onShowMore}>
          ${localize.term('showMoreQuestions')} <span class="count">${localize.plural('remaining', remaining)}</span>
        </button>`
      : nothing}
  `;
}
