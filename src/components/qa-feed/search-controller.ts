import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BundleError } from '../../content/errors.js';
import { emit } from '../../events.js';
import { plainJson } from '../../internal/plain-json.js';
import {
  MAX_QUERY_LENGTH,
  whenAnswered,
  type QuestionSort,
  type QuestionSource,
  type ResultsWindow,
  type TagCount,
} from '../../sources/question-source.js';

/** Screen readers hear the result count once typing pauses, not on every key. */
const ANNOUNCE_DELAY_MS = 500;

/** What the reader asked for. */
export interface SearchInputs {
  query: string;
  tags: readonly string[];
  sort: QuestionSort;
  /** How many results to show. */
  limit: number;
  /** The language of the questions (see ResultsRequest). */
  lang: string;
}

export interface SearchOptions {
  source: () => QuestionSource | undefined;
  inputs: () => SearchInputs;
  /** How many popular tags to offer. */
  tagCount: number;
  /** Whether the cards of the newest results that are in view are drawn: `pip-search` waits for it. */
  drawn: () => boolean;
  /** What the live region says about `count` results for `query` (trimmed), or '' for nothing. */
  announcement: (count: number, query: string) => string;
}

/**
 * From the reader's inputs to the results shown: asks the question source for the results
 * window, keeps only the newest answer, fires `pip-search` once the cards in view are drawn,
 * and tells screen readers the count once typing pauses. Also starts the source's index build
 * after the first cards are painted, and stops it when the element leaves the page.
 */
export class SearchController implements ReactiveController {
  /** The results shown; undefined until the first answer. */
  results?: ResultsWindow;
  /** The most used tags of the source. */
  popularTags: readonly TagCount[] = [];
  /** The live region's text. */
  announcement = '';
  /** The source could not answer the current inputs (its search engine could not be fetched, say). */
  failed = false;
  /** Counts result sets for new inputs (not for a longer page of the same ones): new cards to draw. */
  round = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SearchOptions;
  #source?: QuestionSource;
  /** The inputs last asked for, and last answered, as keys. */
  #asked?: string;
  #answered?: string;
  #request = 0;
  #announced = { query: '', tags: '[]' };
  #toAnnounce = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #preparing?: AbortController;
  /** Aborts the request asked last, once a newer one supersedes it. */
  #asking?: AbortController;
  #settled?: Promise<void>;
  #settle?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The query as searched: trimmed of nothing (a trailing space means the last word is complete), capped. */
  get query(): string {
    return this.#options.inputs().query.slice(0, MAX_QUERY_LENGTH);
  }

  /** Whether the current inputs wait for an index still being built ("Searching…"). */
  get searching(): boolean {
    return !this.failed && this.#asked !== this.#answered && this.query.trim() !== '' && this.#source?.searchReady(this.#options.inputs().lang) === false;
  }


  /** Whether an answer is awaited that updateComplete should wait for. */
  get busy(): boolean {
    return this.#settled !== undefined;
  }

  /** Settles once the results for the current inputs are in, unless they wait for the index. */
  get settled(): Promise<void> {
    return this.#settled ?? Promise.resolve();
  }

  hostConnected(): void {
    if (this.#source) this.#prepareAfterPaint(this.#source);
  }

  hostDisconnected(): void {
    clearTimeout(this.#announceTimer);
    this.#preparing?.abort();
    this.#preparing = undefined;
  }

  /** The reader looks like searching (the search box is focused or pointed at): a source that prepares only then starts. */
  searchLikely(): void {
    const source = this.#source;
    if (source?.prepareWhen !== 'focused' || this.#preparing) return;
    this.#preparing = new AbortController();
    source.prepare(this.#preparing.signal, this.#options.inputs().lang);
  }

  hostUpdate(): void {
    const source = this.#options.source();
    const newSource = source !== this.#source;
    if (newSource) {
      this.#source = source;
      this.results = undefined;
      this.popularTags = [];
      this.#asked = this.#answered = undefined;
      this.#reported.clear();
      this.#preparing?.abort();
      if (source) {
        this.#prepareAfterPaint(source);
        whenAnswered(() => source.tags(this.#options.tagCount), (tags) => {
          if (this.#source !== source) return;
          this.popularTags = tags;
          this.#host.requestUpdate();
        });
      }
    }
    if (!source) return this.#finish();
    const { tags, sort, limit, lang } = this.#options.inputs();
    const query = this.query;
    const key = plainJson([query, tags, sort, lang]);
    const asked = `${key}:${limit}`;
    if (asked === this.#asked) return;
    const newResults = newSource || !this.#asked?.startsWith(key + ':');
    this.#asked = asked;
    if (newResults) {
      const announced = this.#announced;
      const tagKey = plainJson(tags);
      // A new bundle with a search active is a new search; a sort alone is not.
      this.#toAnnounce ||= query !== announced.query || tagKey !== announced.tags || (newSource && (query !== '' || tags.length > 0));
    }
    const request = ++this.#request;
    this.#asking?.abort();
    const asking = (this.#asking = new AbortController());
    // Drawn in this same update when the source answers at once; "Searching…" meanwhile when
    // the answer waits for an index, which does not hold up updateComplete either.
    whenAnswered(
      () => source.results({ query, tags, sort, offset: 0, limit, lang, signal: asking.signal }),
      (results) => {
        if (request !== this.#request || source !== this.#source) return;
        this.results = results;
        this.failed = false;
        this.#answered = asked;
        if (newResults) this.round++;
        this.#host.requestUpdate();
        results.rest?.then(
          (whole) => {
            if (request !== this.#request || source !== this.#source) return;
            this.results = whole;
            this.#host.requestUpdate();
          },
          (error: unknown) => request === this.#request && this.#report('could not show every result', error),
        );
      },
      (error: unknown) => {
        if (request !== this.#request || source !== this.#source) return;
        this.#report('could not search', error);
        // Asked again when the inputs change.
        this.failed = true;
        this.results = undefined;
        this.#answered = asked;
        this.#finish();
        this.#host.requestUpdate();
      },
    );
    if (this.#answered !== asked && !this.searching) this.#settled ??= new Promise((resolve) => (this.#settle = resolve));
  }

  hostUpdated(): void {
    if (this.#asked !== this.#answered) return;
    if (this.#toAnnounce && this.results && this.#options.drawn()) {
      this.#toAnnounce = false;
      const { tags } = this.#options.inputs();
      this.#announced = { query: this.query, tags: plainJson(tags) };
      const count = this.results.total;
      emit(this.#host, 'pip-search', { query: this.query, count });
      clearTimeout(this.#announceTimer);
      const message = this.#options.announcement(count, this.query.trim());
      this.#announceTimer = setTimeout(() => {
        this.announcement = message;
        this.#host.requestUpdate();
      }, ANNOUNCE_DELAY_MS);
    }
    this.#finish();
  }

  /**
   * Warns once per problem, not once per keystroke that meets it; a source's own content that
   * could not be had (a deployment's file: BundleError) is also a `pip-error`, with its code.
   */
  #report(what: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (this.#reported.has(message)) return;
    this.#reported.add(message);
    console.warn(`pip-widgets: <${this.#host.localName}> ${what}.`, error);
    if (error instanceof BundleError) emit(this.#host, 'pip-error', { code: error.code, message: error.message, issues: error.issues });
  }

  /** Problems reported for the current source. */
  #reported = new Set<string>();

  #finish(): void {
    this.#settle?.();
    this.#settled = this.#settle = undefined;
  }

  /** The index is built after the first cards are painted: it must not delay them. */
  #prepareAfterPaint(source: QuestionSource): void {
    this.#preparing = undefined;
    if (source.prepareWhen === 'focused') return;
    const preparing = new AbortController();
    this.#preparing = preparing;
    const view = this.#host.ownerDocument.defaultView ?? window;
    view.requestAnimationFrame(() => view.setTimeout(() => source.prepare(preparing.signal, this.#options.inputs().lang)));
  }
}
