/**
 * Everything the elements say that does not come from the content bundle, in one interface: a
 * translation pack is an object of this shape. `{name}` placeholders are filled in; a
 * `PluralMessage` has a form for each plural category of its language (`Intl.PluralRules`), and
 * numbers and dates inside are formatted with `Intl` for the reader's language.
 */

/** A message with a form for each plural category; `other` is required, as in Intl.PluralRules. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A risk level the checklist falls back on when its bundle defines none. */
export interface DefaultLevel {
  /** The lowest score, in percent, at which the level applies. */
  min: number;
  label: string;
  advice: string;
}

/** What every element says: loading, and the short error a reader sees. */
export interface CommonStrings {
  /** The polite status message while content loads. */
  loading: string;
  /** The button under an error that may pass on a second try. */
  retry: string;
  /** The request failed before any answer (offline, blocked). */
  errorNetwork: string;
  /** The server answered with an error status. */
  errorHttp: string;
  /** No complete answer within the element's `timeout`. */
  errorTimeout: string;
  /** A large bundle stopped arriving after its first part was shown: that part stays, with this notice above it. */
  errorInterrupted: string;
  /** The answer is not JSON, or not valid JSON. */
  errorUnreadable: string;
  /** The bundle is written in a format version this library does not read. */
  errorVersion: string;
  /** The bundle breaks the format: `{fields}` is the list of field paths. */
  errorSchema: string;
  /** The last entry of that list when it is cut: `{count}` paths not named. */
  moreFields: PluralMessage;
  /** The bundle has nothing for this element. */
  errorMissingSection: string;
  /** Drawing failed (a bug). */
  errorRender: string;
  likes: PluralMessage;
}

/** `<pip-qa-feed>`. */
export interface QaFeedStrings {
  searchLabel: string;
  searchPlaceholder: string;
  /** The key that focuses the search box, shown beside it and given to `aria-keyshortcuts`. */
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
  /** Shown while the search index is built. */
  searching: string;
  /** Shown when searching failed (the search engine's file could not be fetched). */
  searchUnavailable: string;
  showMore: string;
  showLess: string;
  showMoreQuestions: string;
  /** After "Show more questions": `{count}` questions not shown yet. */
  remaining: PluralMessage;
  /** The button after a card's first tags that shows the rest: `{count}` tags not shown. */
  moreTags: PluralMessage;
  answers: PluralMessage;
  hideAnswers: string;
  anonymous: string;
  /** `{who}` (level and role, or name) at `{company}`. */
  byline: string;
  /** The list's accessible name when the bundle has no topic. */
  questionsLabel: string;
  /** The list's accessible name: `{topic}`. */
  topicQuestionsLabel: string;
  fullThread: string;
  linkedQuestion: string;
}

/** `<pip-course-outline>`. */
export interface CourseOutlineStrings {
  sections: PluralMessage;
  lessons: PluralMessage;
  /** Between the parts of a total: "5 sections · 13 lessons · 2 hr, 5 min". */
  separator: string;
  instructor: string;
  expandAll: string;
  collapseAll: string;
  article: string;
  video: string;
  exercise: string;
  /** Read before a lesson's title: `{kind}` is one of the three above. */
  kindLabel: string;
  preview: string;
  current: string;
  /** `{done}` of `{total}` lessons done; the plural form follows `{total}`. */
  progress: PluralMessage;
  /** `{done}` of `{total}` in one section. */
  sectionProgress: string;
  /** The accessible name of a lesson's checkbox: `{title}`. */
  markDone: string;
  resetProgress: string;
}

/** `<pip-risk-checklist>`, including the levels used when the bundle has none. */
export interface RiskChecklistStrings {
  privacyNote: string;
  /** The group of items without a category. */
  otherCategory: string;
  resultHeading: string;
  scoreLabel: string;
  /** The meter's spoken value: `{score}`, `{level}`. */
  scoreValue: string;
  /** Announced politely when the level changes: `{level}`. */
  levelChanged: string;
  drivers: string;
  ticked: PluralMessage;
  copySummary: string;
  copied: string;
  copyFailed: string;
  summaryLabel: string;
  clearAnswers: string;
  cleared: string;
  /** The summary's first line: `{title}`, `{level}`, `{score}`. */
  summaryTitle: string;
  summaryChecked: string;
  summaryAdvice: string;
  levels: DefaultLevel[];
}

export interface Translation extends CommonStrings, QaFeedStrings, CourseOutlineStrings, RiskChecklistStrings {
  /** The language this pack is written in, as a BCP 47 tag: `de`, `pt-BR`. */
  $code: string;
  /** The language's name in that language. */
  $name: string;
  $dir: 'ltr' | 'rtl';
}

type KeysOf<Type> = { [Key in keyof Translation]: Translation[Key] extends Type ? Key : never }[keyof Translation];

/** Keys whose value is one message. */
export type TermKey = Exclude<KeysOf<string>, `$${string}`>;
/** Keys whose value has plural forms. */
export type PluralKey = KeysOf<PluralMessage>;
