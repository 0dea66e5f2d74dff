import type { Question } from '../content/schema.js';
import type { Segment } from '../search/index.js';

/**
 * The most of a query the feed sends, in characters. The search engine reads no more than this
 * either (a test keeps the two equal); the engine is a file of its own, so the feed does not
 * import the number from it.
 */
export const MAX_QUERY_LENGTH = 100;

/** `relevance` is the bundle's order when there is no query. */
export type QuestionSort = 'relevance' | 'newest' | 'likes';

/**
 * What the sorts but relevance order by, highest first; equal keys keep bundle order. A question
 * without a date (or with one that does not parse) is the oldest. The same for a bundle in memory
 * and for a deployment built ahead of time.
 */
export const SORT_KEYS: Readonly<Record<Exclude<QuestionSort, 'relevance'>, (question: Question) => number>> = {
  newest: (question) => (question.createdAt ? Date.parse(question.createdAt) || 0 : 0),
  likes: (question) => question.likes ?? 0,
};

/** Tags with their counts, most used first, equal counts by code units (not a collator: see bench/README.md). */
export function popularTags(counts: Iterable<[string, number]>, limit: number): TagCount[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([tag, count]) => ({ tag, count }));
}

/** A window of the results for a query, tags and sort. */
export interface ResultsRequest {
  query: string;
  /** Tags a question must all have. */
  tags: readonly string[];
  sort: QuestionSort;
  /** The first result wanted, counted from 0, and how many. */
  offset: number;
  limit: number;
  /** The language of the questions, as the feed's `lang` says ("de", "pt-BR"): how a query's words are read. */
  lang: string;
  /** Aborts once the answer is no longer wanted (the reader typed on): a source may stop fetching for it. */
  signal?: AbortSignal;
}

export interface ResultsWindow {
  /** How many questions match in all. */
  total: number;
  /** The questions of the window asked for, best first. */
  questions: readonly Question[];
  /**
   * The title of a question of the window with the words that matched marked; undefined when the
   * query matched none (no query). Asked only for the cards drawn.
   */
  title(id: string): readonly Segment[] | undefined;
  /**
   * For a window that holds only its first questions (a source that fetches each question shows
   * those in view as soon as they are in): the same window with every question asked for.
   */
  readonly rest?: Promise<ResultsWindow>;
}

export interface TagCount {
  tag: string;
  count: number;
}

/**
 * An answer: at once, from a source that has it at hand, or later. The feed draws an answer
 * given at once in the same update that asked, so the cards of a keystroke or of the first page
 * are never a microtask late (one hop was enough to leave them behind a large bundle's parsing).
 */
export type Answer<Value> = Value | Promise<Value>;

/** Asks, and calls `then` with the answer, at once when it is there; `fail` when asking or a later answer fails. */
export function whenAnswered<Value>(ask: () => Answer<Value>, then: (value: Value) => void, fail?: (error: unknown) => void): void {
  let answer: Answer<Value>;
  try {
    answer = ask();
  } catch (error) {
    fail?.(error);
    return;
  }
  if (answer instanceof Promise) answer.then(then, fail);
  else then(answer);
}

/**
 * Where `<pip-qa-feed>` gets its questions: the one seam between the feed and however the
 * questions are held. Any answer may come later, so that a source in memory, in a worker or on
 * a static host behind an index split into files serves the element the same way.
 */
export interface QuestionSource {
  /** A window of the results: how many match, and those questions. */
  results(request: ResultsRequest): Answer<ResultsWindow>;
  /** These questions by id, in the same order; `undefined` for an id the source does not have. */
  byId(ids: readonly string[]): Answer<(Question | undefined)[]>;
  /** The most used tags, most used first, then alphabetically. */
  tags(limit: number): Answer<TagCount[]>;
  /** Whether a query in `lang` is answered as soon as asked; false while the index it needs is built. */
  searchReady(lang: string): boolean;
  /**
   * Starts the work searching in `lang` will need (building an index, fetching a vocabulary), for
   * a reader who may search soon. Stops when `signal` aborts; asking again starts it again.
   */
  prepare(signal: AbortSignal, lang: string): void;
  /**
   * When the feed calls `prepare`: after its first cards are painted (the default, for work that
   * costs no download), or once the reader looks like searching (the search box focused or
   * pointed at), for a source whose preparing downloads.
   */
  readonly prepareWhen?: 'painted' | 'focused';
}

/**
 * Sources made elsewhere for a bundle (the bundle worker's, by its own lazily loaded file), found
 * by the bundle they serve: questionSourceFor gives them.
 */
const registered = new WeakMap<object, QuestionSource>();

export const registerSource = (bundle: object, source: QuestionSource): void => void registered.set(bundle, source);

export const registeredSource = (bundle: object): QuestionSource | undefined => registered.get(bundle);
