/**
 * The questions of a deployment (`pip-widgets build`, deployment/format.ts), read from its files
 * as the feed needs them. Every answer is worked out the same way, at once from what has come:
 * if a file is missing, its name is noted, and the answer is worked out again once the files
 * noted have come, until nothing is missing (as ShardedIndex answers a query). A window whose
 * files are all here is answered in the same update that asked for it.
 */
import { BundleError } from '../content/errors.js';
import type { ContentBundle, Question } from '../content/schema.js';
import { tagKey } from '../content/text.js';
import { box, settlesAnywhere, whenAll, type Box } from '../internal/boxed.js';
import { fetchJson } from '../deployment/fetch-json.js';
import { DeploymentFiles } from '../deployment/deployment-files.js';
import { chunkFile, FIRST_PAGE, firstFile, HEAD_FILE, NEWEST_ORDER, NEWEST_RANKS, ORDER_CHUNK, tagFolder, TAGS_FILE, type DeploymentHead } from '../deployment/format.js';
import { readHead } from '../deployment/head.js';
import type { Segment, ShardedIndex, ShardedResult } from '../search/index.js';
import { loadEngine } from './engine.js';
import { loadSearchLanguage } from './search-languages.js';
import { registerSource, type Answer, type QuestionSource, type ResultsRequest, type ResultsWindow, type TagCount } from './question-source.js';

/** Rounds of files an answer may take before it is taken for a damaged deployment. */
const MAX_ROUNDS = 8;

/** Results a window of search results is shown with while the rest of its cards are on their way: more than a screen holds. */
const SHOWN_FIRST = 6;

/**
 * The rest of a search's cards are fetched once the reader has stopped typing this long: longer
 * than between two keystrokes, after which most of them would not be shown.
 */
const REST_AFTER_MS = 300;

/**
 * Loads a deployment's head and makes its source the one questionSourceFor gives for the bundle
 * it stands for (whose `questions` are the first page, in bundle order).
 */
export function openDeployment(url: string, signal?: AbortSignal, fileTimeoutMs?: number): Promise<Box<ContentBundle>> {
  const headUrl = new URL(new URL(url).pathname.endsWith('/') ? HEAD_FILE : '', url).href;
  return fetchJson(headUrl, signal).then(({ value }) => {
    const { head, bundle } = readHead(value, headUrl);
    registerSource(bundle, new DeploymentQuestionSource(head, new URL(`${head.files}/`, headUrl).href, fileTimeoutMs));
    return box(bundle);
  });
}

/** The search index, the highlighter that marks the words it matched, and how many of its first results are exact. */
interface Searcher {
  index: ShardedIndex;
  highlight: (text: string, words: ReadonlySet<string>) => Segment[];
  reach: number;
}

interface Order {
  key: string;
  /** Like places, in the order asked for; or, for the bundle's order with nothing searched or filtered, undefined. */
  places?: readonly number[];
  total: number;
  words: ReadonlySet<string>;
}

export class DeploymentQuestionSource implements QuestionSource {
  readonly prepareWhen = 'focused';
  readonly #head: DeploymentHead;
  readonly #files: DeploymentFiles;
  /** A search the attempt under way could not answer yet. */
  #lackedSearch?: { query: string; from: number };
  #opening?: Promise<Box<Searcher>>;
  #searcher?: Searcher;
  #last?: Order;

  /** `fileTimeoutMs`: how long each file may take (none by default). */
  constructor(head: DeploymentHead, base: string, fileTimeoutMs?: number) {
    this.#head = head;
    this.#files = new DeploymentFiles(base, { pageSize: head.pageSize, idShards: head.idShards, first: head.first, timeoutMs: fileTimeoutMs });
  }

  results(request: ResultsRequest): Answer<ResultsWindow> {
    const whole = () => this.#window(request);
    const now = this.#attempt(whole);
    if (now) return now;
    // Each result is a file of its own: the first are shown once they are in, the rest follow.
    return this.#answer(() => this.#window(request, SHOWN_FIRST), request.signal);
  }

  byId(ids: readonly string[]): Answer<(Question | undefined)[]> {
    return this.#answer(() => {
      const found = ids.map((id) => this.#files.likePlaceOf(id));
      if (found.includes(undefined)) return undefined;
      const questions = this.#files.cards(found.filter((place): place is number => place !== null));
      if (!questions) return undefined;
      let next = 0;
      // Settles on a page whose Object.prototype has a `then` (see settlesAnywhere): deep links wait for it.
      return settlesAnywhere(found.map((place) => (place === null ? undefined : questions[next++])));
    });
  }

  tags(limit: number): Answer<TagCount[]> {
    const head = this.#head;
    if (limit <= head.tags.length || head.tagTotal === head.tags.length) return head.tags.slice(0, limit);
    return this.#answer(() => {
      const tags = this.#files.list<TagCount[]>(TAGS_FILE);
      return tags && settlesAnywhere(tags.slice(0, limit));
    });
  }

  /** Once the index is open, a query is answered as soon as its files come: the last results stay until then. */
  searchReady(): boolean {
    return this.#searcher !== undefined;
  }

  prepare(signal: AbortSignal): void {
    if (!signal.aborted) this.#open().catch(() => {});
  }

  /** The answer at once when everything it needs is here; else once the files it lacks have come. */
  #answer<Value>(attempt: () => Value | undefined, signal?: AbortSignal): Answer<Value> {
    const now = this.#attempt(attempt);
    if (now !== undefined) return now;
    const later = async (): Promise<Value> => {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        await this.#supply(signal);
        const value = this.#attempt(attempt);
        if (value !== undefined) return value;
      }
      throw new BundleError('schema', `The deployment at ${this.#files.base} does not have the files this answer needs: build it again.`);
    };
    return later();
  }

  #attempt<Value>(attempt: () => Value | undefined): Value | undefined {
    this.#files.lacking = new Set();
    this.#lackedSearch = undefined;
    return attempt();
  }

  /** Fetches what the last attempt lacked. */
  async #supply(signal: AbortSignal | undefined): Promise<void> {
    const search = this.#lackedSearch;
    const files = [...this.#files.lacking].map((path) => this.#files.fetch(path));
    if (search) {
      const { value: searcher } = await this.#open();
      files.push(searcher.index.search(search.query, signal, { from: search.from }).then(() => undefined));
    }
    await whenAll(files);
    if (signal?.aborted) throw signal.reason;
  }

  #open(): Promise<Box<Searcher>> {
    this.#opening ??= (() => {
      const engine = loadEngine();
      const language = loadSearchLanguage(this.#head.searchLang);
      const { synonyms, builtinSynonyms } = this.#head.search ?? {};
      return engine.then(({ ShardedIndex, english, highlightSegments, SHARDED_REACH }) =>
        (language ?? Promise.resolve(box(english))).then(({ value }) =>
          ShardedIndex.open(this.#files.fetchFile, value, { synonyms, builtinSynonyms }).then(({ value: index }) =>
            box((this.#searcher = { index, highlight: highlightSegments, reach: SHARDED_REACH })),
          ),
        ),
      );
    })();
    this.#opening.catch(() => (this.#opening = undefined));
    return this.#opening;
  }

  /** The window asked for; with `first`, the window of its first `first` questions once those are in, the rest to follow. */
  #window(request: ResultsRequest, first?: number): ResultsWindow | undefined {
    const { offset, limit, sort } = request;
    const head = this.#head;
    if (request.query.trim() === '' && request.tags.length === 0 && Math.min(offset + limit, head.total) <= FIRST_PAGE) {
      const first = sort === 'relevance' ? head.first : this.#files.list<Question[]>(firstFile(sort));
      return first && resultsWindow(head.total, first.slice(offset, offset + limit), undefined);
    }
    const order = this.#order(request);
    if (!order) return undefined;
    const end = Math.min(offset + limit, order.total);
    // At least those at hand: "Show more" keeps the results it shows while the next ones come.
    const shown = first !== undefined && order.places && end - offset > first ? offset + Math.max(first, this.#files.cardsAtHand(order.places.slice(offset, end))) : end;
    const questions = order.places ? this.#files.cards(order.places.slice(offset, shown)) : this.#files.pages({ from: offset, to: shown });
    if (!questions) return undefined;
    this.#files.keep(end - offset);
    const searcher = this.#searcher;
    const highlight = order.words.size > 0 && searcher ? (text: string) => searcher.highlight(text, order.words) : undefined;
    const window = resultsWindow(order.total, questions, highlight);
    if (shown === end) return window;
    const whole = this.#attempt(() => this.#window(request));
    if (whole) return whole;
    const paused = request.query.trim() === '' ? Promise.resolve() : pause(REST_AFTER_MS, request.signal);
    return Object.assign(window, { rest: paused.then(() => this.#answer(() => this.#window(request), request.signal)) });
  }

  /** The results for a request, as like places (or the bundle's order), how many, and the words matched. */
  #order({ query, tags, sort, offset, limit }: ResultsRequest): Order | undefined {
    const key = JSON.stringify([query, tags, sort]);
    if (this.#last?.key === key && (!this.#last.places || this.#last.places.length >= Math.min(offset + limit, this.#last.total))) return this.#last;
    const head = this.#head;
    const searched = query.trim() !== '';
    const end = offset + limit;
    let found: ShardedResult | undefined;
    if (searched) {
      // The index answers a word being typed ahead of time for its first results only.
      const reach = this.#searcher?.reach ?? 0;
      found = this.#search(query, tags.length > 0 || sort !== 'relevance' || end > reach ? reach : 0);
      if (!found) return undefined;
    }
    const words: ReadonlySet<string> = found?.matchedWords ?? new Set();
    const ordered = (places: readonly number[] | undefined, total: number) => (places ? (this.#last = { key, places, total, words }) : undefined);
    if (tags.length === 0) {
      if (found) return ordered(this.#sorted(found.order, sort), found.total);
      if (sort === 'relevance') return (this.#last = { key, total: head.total, words });
      const to = Math.min(end, head.total);
      return ordered(sort === 'likes' ? Array.from({ length: to }, (_, place) => place) : this.#files.range(NEWEST_ORDER, 0, to), head.total);
    }
    const filters = tags.map((tag) => this.#tagOf(tag));
    if (filters.includes(undefined)) return undefined;
    if (filters.includes(null)) return ordered([], 0);
    const known = (filters as { t: number; count: number }[]).sort((a, b) => a.count - b.count);
    if (!found && known.length === 1) {
      const [{ t, count }] = known;
      return ordered(this.#files.range(tagFolder(t, sort), 0, Math.min(end, count)), count);
    }
    // The results (or the rarest tag's questions) that every other tag has too.
    const members = known.slice(found ? 0 : 1).map(({ t, count }) => this.#files.range(tagFolder(t, 'likes'), 0, count));
    const candidates = found ? found.order : this.#files.range(tagFolder(known[0].t, sort), 0, known[0].count);
    if (!candidates || members.includes(undefined)) return undefined;
    const kept = candidates.filter((place) => members.every((list) => includes(list!, place)));
    return ordered(found ? this.#sorted(kept, sort) : kept, kept.length);
  }

  /** Results in the order asked for: best first, most liked first (like order itself), or newest first. */
  #sorted(places: readonly number[] | undefined, sort: ResultsRequest['sort']): number[] | undefined {
    if (!places) return undefined;
    if (sort === 'relevance') return [...places];
    if (sort === 'likes') return [...places].sort((a, b) => a - b);
    const ranks = new Map<number, number>();
    for (const place of places) {
      const chunk = this.#files.list<number[]>(chunkFile(NEWEST_RANKS, Math.floor(place / ORDER_CHUNK)));
      if (chunk) ranks.set(place, chunk[place % ORDER_CHUNK]);
    }
    if (ranks.size < places.length) return undefined;
    return [...places].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  }

  #search(query: string, from: number): ShardedResult | undefined {
    const result = this.#searcher?.index.searchNow(query, { from });
    if (!result) this.#lackedSearch = { query, from };
    return result;
  }

  /** The tag's place in `tags.json` and its count; null for a tag no question has; undefined until `tags.json` has come. */
  #tagOf(tag: string): { t: number; count: number } | null | undefined {
    const key = tagKey(tag);
    const head = this.#head;
    const all = head.tags.length === head.tagTotal ? head.tags : this.#files.list<TagCount[]>(TAGS_FILE);
    if (!all) return undefined;
    const t = all.findIndex((entry) => tagKey(entry.tag) === key);
    return t < 0 ? null : { t, count: all[t].count };
  }

}

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Whether a list sorted upwards holds `place`. */
function includes(sorted: readonly number[], place: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === place) return true;
    if (sorted[middle] < place) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Without a prototype, as MemoryQuestionSource's: a promise of it settles on any page. */
function resultsWindow(
  total: number,
  questions: readonly Question[],
  highlight: ((text: string) => Segment[]) | undefined,
): ResultsWindow {
  const titles = new Map<string, Segment[]>();
  return Object.assign(Object.create(null) as ResultsWindow, {
    total,
    questions,
    title: (id: string) => {
      const question = highlight && questions.find((candidate) => candidate.id === id);
      if (!question) return undefined;
      let segments = titles.get(id);
      if (!segments) titles.set(id, (segments = highlight(question.title)));
      return segments;
    },
  });
}
