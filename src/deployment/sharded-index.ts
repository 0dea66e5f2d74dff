/**
 * A deployment's search index, read from its shards as queries need them (format.ts): the
 * engine's own ranking (QuestionIndex) over an IndexData that knows what it holds and what it
 * lacks. A query is answered, then, if something was missing, answered again once that has been
 * fetched, until nothing is: the answer is the one the whole index in memory would give, for its
 * first `reach` results.
 */
import { Analysis, type LanguageOptions, type SearchLanguage } from '../search/language.js';
import { parseQuery } from '../search/query.js';
import { QuestionIndex, type SearchResult } from '../search/question-index.js';
import { SEARCH_META_FILE, SHARDED_REACH, TITLE_SCAN, type SearchMeta } from './index-format.js';
import { ShardedData } from './shard-data.js';

/**
 * Fetches a file of the deployment's folder, by its path there, and parses it; boxed (see box),
 * as every promise of an object here is, so that it settles on a page whose Object.prototype has
 * a `then`.
 */
export type FetchFile = (path: string, signal?: AbortSignal) => Promise<Box<unknown>>;

export { SHARDED_REACH, TITLE_SCAN };

/**
 * A value with no prototype around it, and Promise.all that settles with nothing: internal/boxed.ts
 * says why. Written here again, as search-languages.ts does, because the engine's file imports
 * nothing of the library's.
 */
export interface Box<Value> {
  readonly value: Value;
}
const box = <Value>(value: Value): Box<Value> => Object.assign(Object.create(null) as { value: Value }, { value });
function whenAll(promises: readonly Promise<unknown>[]): Promise<void> {
  for (const promise of promises) promise.catch(() => {});
  return promises.reduce<Promise<void>>((all, next) => all.then(() => next.then(() => undefined)), Promise.resolve());
}

/** Answers a query gets at most before it is taken as an index that cannot answer it. */
const MAX_ROUNDS = 12;

/** An answer, and how many questions match in all (`order` may hold the first SHARDED_REACH only). */
export interface ShardedResult extends SearchResult {
  total: number;
}

export class ShardedIndex {
  /** Opens the index of a deployment: its `index.json` only, the rest as queries need it. */
  static async open(fetchFile: FetchFile, language: SearchLanguage, options: LanguageOptions = {}, signal?: AbortSignal): Promise<Box<ShardedIndex>> {
    const meta = (await fetchFile(SEARCH_META_FILE, signal)).value as SearchMeta;
    return box(new ShardedIndex(fetchFile, new ShardedData(meta, new Analysis(language, options))));
  }

  readonly #fetchFile: FetchFile;
  readonly #data: ShardedData;
  readonly #index: QuestionIndex;
  /** Files being fetched, by path: two queries that need one file fetch it once. */
  readonly #fetching = new Map<string, Fetching>();

  private constructor(fetchFile: FetchFile, data: ShardedData) {
    this.#fetchFile = fetchFile;
    this.#data = data;
    this.#index = new QuestionIndex(data);
  }

  get size(): number {
    return this.#data.size;
  }

  get lang(): string {
    return this.#data.analysis.lang;
  }

  /** The answer now if the files it needs are at hand, else undefined (and nothing is fetched). */
  searchNow(query: string, { from = 0 } = {}): ShardedResult | undefined {
    const data = this.#data;
    data.wanted.clear();
    const word = from < SHARDED_REACH ? this.#typedAlone(query) : undefined;
    const answer = word === undefined ? undefined : data.answer(word);
    if (answer) return { order: answer.first, matchedWords: new Set(answer.words), total: answer.total };
    if (data.missing) return undefined;
    // Files only ever come, so a full answer stays the answer: the feed asks again for the
    // same query while its cards come.
    const last = this.#lastFull;
    if (last?.query === query) return last.result;
    const result = this.#index.search(query);
    if (data.missing) return undefined;
    this.#lastFull = { query, result: { ...result, total: result.order.length } };
    return this.#lastFull.result;
  }

  #lastFull?: { query: string; result: ShardedResult };

  /**
   * The questions matching `query`, best first, as places in like order; exact for the first
   * SHARDED_REACH. From `from` on: a word typed alone is answered ahead of time for the first
   * ones only. Fetches what the query needs; rejects if a file cannot be fetched or `signal` aborts.
   */
  async search(query: string, signal?: AbortSignal, options: { from?: number } = {}): Promise<Box<ShardedResult>> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const result = this.searchNow(query, options);
      if (result) return box(result);
      await whenAll([...this.#data.wanted].map((path) => this.#fetch(path, signal)));
    }
    throw new Error(`the search index did not have what the query "${query}" needs after ${MAX_ROUNDS} rounds of files`);
  }

  /**
   * What answers are kept for: one word being typed and nothing else, or a stopword or a letter
   * alone, followed by a space or not (with its space then).
   */
  #typedAlone(query: string): string | undefined {
    const { terms, phrase, open } = parseQuery(query, this.#data.analysis.stopwords);
    if (phrase.length !== 1) return undefined;
    // A stopword alone (or a single letter), typed or followed by a space.
    if (terms.length === 0) return open ? phrase[0] : `${phrase[0]} `;
    if (!open) return undefined;
    if (terms.length !== 1 || terms[0].length !== 1) return undefined;
    const [{ words, weight }] = terms[0];
    return words.length === 1 && weight === 1 && words[0].text === phrase[0] ? phrase[0] : undefined;
  }

  /**
   * Waits for a file, fetching it once for every query that needs it. A query that is given up
   * stops waiting at once; the fetch itself is cancelled when no query waits for it any more,
   * a task later.
   */
  #fetch(path: string, signal: AbortSignal | undefined): Promise<void> {
    let fetching = this.#fetching.get(path);
    if (!fetching) {
      const controller = new AbortController();
      const entry: Fetching = { controller, waiting: 0, settled: false, done: Promise.resolve() };
      entry.done = this.#fetchFile(path, controller.signal).then(
        (content) => {
          entry.settled = true;
          this.#data.take(path, content.value);
        },
        (error: unknown) => {
          this.#fetching.delete(path);
          throw error;
        },
      );
      this.#fetching.set(path, (fetching = entry));
    }
    const entry = fetching;
    entry.waiting++;
    return abortable(entry.done, signal, () => {
      if (--entry.waiting > 0 || entry.settled) return;
      // Not at once: the query given up is most often one keystroke behind the next, which asks
      // for most of the same files in the same task. Cancelled only if none has by the next task.
      setTimeout(() => {
        if (entry.waiting > 0 || entry.settled || this.#fetching.get(path) !== entry) return;
        entry.controller.abort(signal?.reason);
        this.#fetching.delete(path);
      });
    });
  }
}

interface Fetching {
  controller: AbortController;
  /** Queries waiting for it. */
  waiting: number;
  settled: boolean;
  done: Promise<void>;
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts (and `given up` called). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, givenUp: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    givenUp();
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      givenUp();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
