import type { Question, SearchSettings } from '../content/schema.js';
import { tagKey } from '../content/text.js';
import { box, type Box } from '../internal/boxed.js';
import { plainJson } from '../internal/plain-json.js';
import { yieldToPage } from '../internal/schedule.js';
import type { QuestionIndex, Segment } from '../search/index.js';
import { loadSearchLanguage, searchLanguageOf } from './search-languages.js';
import { popularTags, SORT_KEYS, type Answer, type QuestionSource, type ResultsRequest, type ResultsWindow, type TagCount } from './question-source.js';

import { loadEngine, type SearchEngine } from './engine.js';

export type { SearchEngine } from './engine.js';

interface Order {
  key: string;
  /** Indices into the questions, in result order. */
  indices: number[];
  matchedWords: ReadonlySet<string>;
}

/** The index, and the engine that built it (its highlighter marks the matched words). */
interface Searcher {
  index: QuestionIndex;
  engine: SearchEngine;
}

interface Build {
  /** Boxed (see box): a promise of the searcher itself would never settle on some pages. */
  index: Promise<Box<Searcher>>;
  abort: AbortController;
  users: number;
}

/**
 * The questions of a bundle already in memory, with the search index built over them in
 * background slices. A preview (the first questions of a bundle still arriving) pages, filters
 * and sorts, but does not search: its index would be thrown away a moment later.
 */
export class MemoryQuestionSource implements QuestionSource {
  readonly #questions: readonly Question[];
  readonly #searchable: boolean;
  readonly #loadEngine: () => Promise<SearchEngine>;
  readonly #buildSliceMs: number | undefined;
  #byId?: Map<string, number>;
  #timestamps?: number[];
  #tagKeys?: Set<string>[];
  readonly #settings: SearchSettings;
  /** By search language (searchLanguageOf): a feed in German and one in English read the questions differently. */
  readonly #searchers = new Map<string, Searcher>();
  readonly #builds = new Map<string, Build>();
  /** The last order computed: paging through it asks for the same order again. */
  #last?: Order;

  /**
   * `searchable: false` for a preview; `search`, the bundle's search settings (format 1.1);
   * `loadEngine` fetches the search engine (the library's own file by default); `buildSliceMs`,
   * how long the index build works between pauses (the engine's default: short, for a page).
   */
  constructor(
    questions: readonly Question[],
    options: { searchable?: boolean; search?: SearchSettings; loadEngine?: () => Promise<SearchEngine>; buildSliceMs?: number } = {},
  ) {
    this.#buildSliceMs = options.buildSliceMs;
    this.#questions = questions;
    this.#settings = options.search ?? {};
    this.#searchable = options.searchable ?? true;
    // Fetched when a search is prepared (the feed asks after its first cards are painted) or
    // asked for: nothing before the first cards waits for it.
    this.#loadEngine = options.loadEngine ?? loadEngine;
  }

  searchReady(lang: string): boolean {
    return this.#searchers.has(searchLanguageOf(lang));
  }

  prepare(signal: AbortSignal, lang: string): void {
    const key = searchLanguageOf(lang);
    if (!this.#searchable || this.#searchers.has(key) || signal.aborted) return;
    const build = this.#startBuild(key);
    build.users++;
    signal.addEventListener('abort', () => {
      // Nobody waits for it any more (the feed left the page): stop, and start again when asked.
      if (--build.users === 0 && this.#builds.get(key) === build) {
        build.abort.abort();
        this.#builds.delete(key);
      }
    });
  }

  /** Settles once the index for `lang` is built: at once when it is, never when no build runs. */
  indexed(lang: string): Promise<void> {
    const key = searchLanguageOf(lang);
    if (this.#searchers.has(key)) return Promise.resolve();
    const build = this.#builds.get(key);
    return build ? build.index.then(() => undefined) : new Promise(() => {});
  }

  /** At once, unless the query needs the index and it is still being built. */
  results(request: ResultsRequest): Answer<ResultsWindow> {
    const { query } = request;
    const key = searchLanguageOf(request.lang);
    const searcher = this.#searchers.get(key);
    if (query.trim() === '' || searcher) return this.#window(request, searcher);
    // A preview never gets an index; it is replaced by the whole bundle, which does.
    if (!this.#searchable) return new Promise(() => {});
    return this.#startBuild(key).index.then((built) => this.#window(request, built.value));
  }

  #window({ query, tags, sort, offset, limit, lang }: ResultsRequest, searcher: Searcher | undefined): ResultsWindow {
    const key = plainJson([query, tags, sort, searchLanguageOf(lang)]);
    let order = this.#last?.key === key ? this.#last : undefined;
    if (!order) {
      order = { key, ...this.#matching(query, searcher) };
      if (tags.length > 0) {
        const wanted = tags.map(tagKey);
        order.indices = order.indices.filter((index) => this.#hasTags(index, wanted));
      }
      // Equal keys in bundle order, searched or not, as a deployment's orders are written.
      if (sort === 'newest') {
        const timestamps = (this.#timestamps ??= this.#questions.map(SORT_KEYS.newest));
        order.indices.sort((a, b) => timestamps[b] - timestamps[a] || a - b);
      } else if (sort === 'likes') {
        order.indices.sort((a, b) => SORT_KEYS.likes(this.#questions[b]) - SORT_KEYS.likes(this.#questions[a]) || a - b);
      }
      this.#last = order;
    }
    const questions = order.indices.slice(offset, offset + limit).map((index) => this.#questions[index]);
    const { matchedWords } = order;
    const highlight = matchedWords.size > 0 ? searcher?.engine.highlightSegments : undefined;
    const titles = new Map<string, Segment[]>();
    // Without a prototype, so that a promise of it (a search waiting for the index) settles on a
    // page whose Object.prototype has a `then`.
    return Object.assign(Object.create(null) as ResultsWindow, {
      total: order.indices.length,
      questions,
      title: (id: string) => {
        const index = highlight && this.#indexOf(id);
        if (index === undefined || !highlight) return undefined;
        let segments = titles.get(id);
        if (!segments) titles.set(id, (segments = highlight(this.#questions[index].title, matchedWords)));
        return segments;
      },
    });
  }

  byId(ids: readonly string[]): (Question | undefined)[] {
    return ids.map((id) => {
      const index = this.#indexOf(id);
      return index === undefined ? undefined : this.#questions[index];
    });
  }

  #indexOf(id: string): number | undefined {
    this.#byId ??= new Map(this.#questions.map((question, index) => [question.id, index]));
    return this.#byId.get(id);
  }

  tags(limit: number): TagCount[] {
    const counts = new Map<string, number>();
    for (const question of this.#questions) for (const tag of question.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    return popularTags(counts, limit);
  }

  /** Matching questions best first, or every question in bundle order for an empty query. */
  #matching(query: string, searcher: Searcher | undefined): Omit<Order, 'key'> {
    if (query.trim() === '' || !searcher) return { indices: this.#questions.map((_, index) => index), matchedWords: new Set() };
    const { order, matchedWords } = searcher.index.search(query);
    return { indices: order, matchedWords };
  }

  /**
   * Tags compared by identity (tagKey): the bundle's tags have one spelling each already, but a
   * host's `tagFilter` may spell one otherwise.
   */
  #hasTags(index: number, keys: readonly string[]): boolean {
    this.#tagKeys ??= this.#questions.map((question) => new Set((question.tags ?? []).map(tagKey)));
    const own = this.#tagKeys[index];
    return keys.every((key) => own.has(key));
  }

  #startBuild(key: string): Build {
    const running = this.#builds.get(key);
    if (running) return running;
    const abort = new AbortController();
    const { synonyms, builtinSynonyms } = this.#settings;
    const index = this.#loadEngine().then((engine) =>
      (loadSearchLanguage(key) ?? Promise.resolve(box(engine.english))).then((language) =>
        engine.QuestionIndex.buildBoxed(this.#questions, {
          language: language.value,
          synonyms,
          builtinSynonyms,
          signal: abort.signal,
          pause: yieldToPage,
          sliceMs: this.#buildSliceMs,
        }).then((built) => box({ engine, index: built.value })),
      ),
    );
    const build: Build = { index, abort, users: 0 };
    this.#builds.set(key, build);
    index.then(
      (searcher) => {
        this.#searchers.set(key, searcher.value);
        if (this.#builds.get(key) === build) this.#builds.delete(key);
      },
      () => {
        // Aborted (nobody needs it now), or a file of the engine could not be fetched: a later
        // search asks again.
        if (this.#builds.get(key) === build) this.#builds.delete(key);
      },
    );
    return build;
  }
}
