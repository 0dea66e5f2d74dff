import type { PluralMessage } from '../../internal/i18n.js';

/**
 * Every text `<pip-qa-feed>` shows that does not come from the bundle. Replace any of them
 * through the `strings` property; `{name}` placeholders are filled in, plural forms are chosen
 * with Intl.PluralRules for the element's language.
 */
export interface QaFeedStrings {
  /** The button under a loading error. */
  retry: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** Shown beside the search box: the key that focuses it. */
  searchShortcut: string;
  sortLabel: string;
  sortRelevance: string;
  sortNewest: string;
  sortLikes: string;
  tagsLabel: string;
  clearFilters: string;
  /** The live region while a query is active: `{count}`, `{query}`. */
  matches: PluralMessage;
  /** The live region when only tags filter: `{count}`. */
  filtered: PluralMessage;
  noMatches: string;
  clearSearch: string;
  searching: string;
  showMore: string;
  showLess: string;
  /** `{count}`: questions not shown yet. */
  showMoreQuestions: string;
  remaining: PluralMessage;
  answers: PluralMessage;
  hideAnswers: string;
  likes: PluralMessage;
  anonymous: string;
  /** `{who}` at `{company}`. */
  byline: string;
  /** The list's accessible name: `{topic}`. */
  questionsLabel: string;
  fullThread: string;
  linkedQuestion: string;
}

export const defaultStrings: QaFeedStrings = {
  retry: 'Try again',
  searchLabel: 'Search questions',
  searchPlaceholder: 'Try “severance” or “visa”',
  searchShortcut: '/',
  sortLabel: 'Sort by',
  sortRelevance: 'Best match',
  sortNewest: 'Newest',
  sortLikes: 'Most liked',
  tagsLabel: 'Filter by tag',
  clearFilters: 'Clear filters',
  matches: { one: '{count} question matches “{query}”', other: '{count} questions match “{query}”' },
  filtered: { one: '{count} question', other: '{count} questions' },
  noMatches: 'No questions match your search.',
  clearSearch: 'Clear search',
  searching: 'Searching…',
  showMore: 'Show more',
  showLess: 'Show less',
  showMoreQuestions: 'Show more questions',
  remaining: { other: '{count} remaining' },
  answers: { one: '{count} answer', other: '{count} answers' },
  hideAnswers: 'Hide answers',
  likes: { one: '{count} like', other: '{count} likes' },
  anonymous: 'Anonymous',
  byline: '{who} at {company}',
  questionsLabel: 'Questions',
  fullThread: 'Read the full thread',
  linkedQuestion: 'Linked question',
};
