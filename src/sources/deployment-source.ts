/**
 * The questions of a deployment (`pip-widgets build`, deployment/format.ts), read from its files
 * as the feed needs them. Every answer is worked out the same way, at once from what has come:
 * if a file is missing, its name is noted, and the answer is worked out again once the files
 * noted have come, until nothing is missing (as ShardedIndex answers a query). A window whose
 * files are all here is answered in the same update that asked for it.
 */
import { parseBundle } from '../content/assembler.js';
import { BundleError } from '../content/errors.js';
import type { ContentBundle, Question } from '../content/schema.js';
import { tagKey } from '../content/text.js';
import { box, whenAll, type Box } from '../internal/boxed.js';
import { fetchJson } from '../deployment/fetch-json.js';
import { cardFile, FIRST_PAGE, firstFile, HEAD_FILE, idShard, ORDER_CHUNK, tagFolder, TAGS_FILE, type DeploymentHead } from '../deployment/format.js';
import { readHead } from '../deployment/head.js';
import type { Segment, ShardedIndex, ShardedResult } from '../search/index.js';
import { loadEngine } from './engine.js';
import { loadSearchLanguage } from './search-languages.js';
import { registerSource, type Answer, type QuestionSource, type ResultsRequest, type ResultsWindow, type TagCount } from './question-source.js';

/** Rounds of files an answer may take before it is taken for a damaged deployment. */
const MAX_ROUNDS = 8;

/** Results a window of search results is shown with while the rest of its cards are on their way: more than a screen holds. */
const SHOWN_FIRST = 6;

/** Questions kept once fetched, besides those of the window shown: enough for going back and forth. */
const KEPT_QUESTIONS = 2000;

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
  readonly #base: string;
  /** The lists fetched (orders, ranks, tag lists, ids), by path. */
  readonly #lists = new Map<string, unknown>();
  readonly #fetching = new Map<string, Promise<void>>();
  /** Questions fetched, by their place in the bundle (pages) and in like order (cards). */
  readonly #inBundle = new Map<number, Question>();
  readonly #byLike = new Map<number, Question>();
  /** Files an attempt lacked, and a search it could not answer yet. */
  #lacking = new Set<string>();
  #lackedSearch?: { query: string; from: number };
  #opening?: Promise<Box<Searcher>>;
  #searcher?: Searcher;
  #last?: Order;

  readonly #fileTimeoutMs: number | undefined;

  /** `fileTimeoutMs`: how long each file may take (none by default). */
  constructor(head: DeploymentHead, base: string, fileTimeoutMs?: number) {
    this.#head = head;
    this.#base = base;
    this.#fileTimeoutMs = fileTimeoutMs;
    head.first.forEach((question, place) => this.#inBundle.set(place, question));
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
      const found = ids.map((id) => this.#likePlaceOf(id));
      if (found.includes(undefined)) return undefined;
      const questions = this.#cards(found.filter((place): place is number => place !== null));
      if (!questions) return undefined;
      let next = 0;
      return found.map((place) => (place === null ? undefined : questions[next++]));
    });
  }

  tags(limit: number): Answer<TagCount[]> {
    const head = this.#head;
    if (limit <= head.tags.length || head.tagTotal === head.tags.length) return head.tags.slice(0, limit);
    return this.#answer(() => this.#list<TagCount[]>(TAGS_FILE)?.slice(0, limit));
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
      throw new BundleError('schema', `The deployment at ${this.#base} does not have the files this answer needs: build it again.`);
    };
    return later();
  }

  #attempt<Value>(attempt: () => Value | undefined): Value | undefined {
    this.#lacking = new Set();
    this.#lackedSearch = undefined;
    return attempt();
  }

  /** Fetches what the last attempt lacked. */
  async #supply(signal: AbortSignal | undefined): Promise<void> {
    const search = this.#lackedSearch;
    const files = [...this.#lacking].map((path) => this.#fetch(path));
    if (search) {
      const { value: searcher } = await this.#open();
      files.push(searcher.index.search(search.query, signal, { from: search.from }).then(() => undefined));
    }
    await whenAll(files);
    if (signal?.aborted) throw signal.reason;
  }

  #fetch(path: string): Promise<void> {
    let fetching = this.#fetching.get(path);
    if (!fetching) {
      fetching = fetchJson(this.#base + path, undefined, this.#fileTimeoutMs).then(
        ({ value }) => {
          this.#fetching.delete(path);
          this.#take(path, value);
        },
        (error: unknown) => {
          // Asked for again by the next answer that needs it: the network may be back.
          this.#fetching.delete(path);
          throw error;
        },
      );
      this.#fetching.set(path, fetching);
    }
    return fetching;
  }

  /** A file that has come: questions are validated as a bundle's are, lists checked for their shape. */
  #take(path: string, value: unknown): void {
    const card = /^cards\/(\d+)\.json$/.exec(path);
    const page = /^questions\/(\d+)\.json$/.exec(path);
    if (path.startsWith('first/')) {
      this.#lists.set(path, this.#validated(path, value));
      return;
    }
    if (card || page) {
      const questions = this.#validated(path, card ? [value] : value);
      if (card) this.#byLike.set(Number(card[1]), questions[0]);
      else questions.forEach((question, i) => this.#inBundle.set(Number(page![1]) * this.#head.pageSize + i, question));
      return;
    }
    if (!Array.isArray(value)) throw this.#damaged(path, 'expected a list');
    this.#lists.set(path, value);
  }

  #validated(path: string, questions: unknown): Question[] {
    try {
      return parseBundle({ version: 1, questions }).questions!;
    } catch (error) {
      throw this.#damaged(path, error instanceof Error ? error.message : String(error));
    }
  }

  #damaged(path: string, why: string): BundleError {
    return new BundleError('schema', `The deployment file ${this.#base}${path} is not what pip-widgets build writes (${why}): build the deployment again.`);
  }

  #open(): Promise<Box<Searcher>> {
    this.#opening ??= (() => {
      const engine = loadEngine();
      const language = loadSearchLanguage(this.#head.searchLang);
      const { synonyms, builtinSynonyms } = this.#head.search ?? {};
      const fetchFile = (path: string, signal?: AbortSignal) => fetchJson(this.#base + path, signal, this.#fileTimeoutMs);
      return engine.then(({ ShardedIndex, english, highlightSegments, SHARDED_REACH }) =>
        (language ?? Promise.resolve(box(english))).then(({ value }) =>
          ShardedIndex.open(fetchFile, value, { synonyms, builtinSynonyms }).then(({ value: index }) =>
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
      const first = sort === 'relevance' ? head.first : this.#list<Question[]>(firstFile(sort));
      return first && resultsWindow(head.total, first.slice(offset, offset + limit), undefined);
    }
    const order = this.#order(request);
    if (!order) return undefined;
    const end = Math.min(offset + limit, order.total);
    const shown = first !== undefined && order.places && end - offset > first ? offset + first : end;
    const questions = order.places ? this.#cards(order.places.slice(offset, shown)) : this.#pages({ from: offset, to: shown });
    if (!questions) return undefined;
    this.#keep(end - offset);
    const searcher = this.#searcher;
    const highlight = order.words.size > 0 && searcher ? (text: string) => searcher.highlight(text, order.words) : undefined;
    const window = resultsWindow(order.total, questions, highlight);
    if (shown === end) return window;
    const rest = this.#answer(() => this.#window(request), request.signal);
    return rest instanceof Promise ? Object.assign(window, { rest }) : rest;
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
      return ordered(sort === 'likes' ? Array.from({ length: to }, (_, place) => place) : this.#range('orders/newest', 0, to), head.total);
    }
    const filters = tags.map((tag) => this.#tagOf(tag));
    if (filters.includes(undefined)) return undefined;
    if (filters.includes(null)) return ordered([], 0);
    const known = (filters as { t: number; count: number }[]).sort((a, b) => a.count - b.count);
    if (!found && known.length === 1) {
      const [{ t, count }] = known;
      return ordered(this.#range(tagFolder(t, sort), 0, Math.min(end, count)), count);
    }
    // The results (or the rarest tag's questions) that every other tag has too.
    const members = known.slice(found ? 0 : 1).map(({ t, count }) => this.#range(tagFolder(t, 'likes'), 0, count));
    const candidates = found ? found.order : this.#range(tagFolder(known[0].t, sort), 0, known[0].count);
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
      const chunk = this.#list<number[]>(`ranks/newest/${Math.floor(place / ORDER_CHUNK)}.json`);
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
    const all = head.tags.length === head.tagTotal ? head.tags : this.#list<TagCount[]>(TAGS_FILE);
    if (!all) return undefined;
    const t = all.findIndex((entry) => tagKey(entry.tag) === key);
    return t < 0 ? null : { t, count: all[t].count };
  }

  /** Places `from` to `to` of a list written in chunks. */
  #range(folder: string, from: number, to: number): number[] | undefined {
    const places: number[] = [];
    let complete = true;
    for (let chunk = Math.floor(from / ORDER_CHUNK); chunk * ORDER_CHUNK < to; chunk++) {
      const list = this.#list<number[]>(`${folder}/${chunk}.json`);
      if (!list) complete = false;
      else if (complete) places.push(...list.slice(Math.max(0, from - chunk * ORDER_CHUNK), to - chunk * ORDER_CHUNK));
    }
    return complete ? places : undefined;
  }

  #list<Value>(path: string): Value | undefined {
    const list = this.#lists.get(path) as Value | undefined;
    if (list === undefined) this.#lacking.add(path);
    return list;
  }

  #cards(places: readonly number[]): Question[] | undefined {
    const questions = places.map((place) => this.#byLike.get(place));
    places.forEach((place, i) => questions[i] ?? this.#lacking.add(cardFile(place)));
    return questions.every(Boolean) ? (questions as Question[]) : undefined;
  }

  #pages({ from, to }: { from: number; to: number }): Question[] | undefined {
    const questions = Array.from({ length: to - from }, (_, i) => this.#inBundle.get(from + i));
    questions.forEach((question, i) => question ?? this.#lacking.add(`questions/${Math.floor((from + i) / this.#head.pageSize)}.json`));
    return questions.every(Boolean) ? (questions as Question[]) : undefined;
  }

  /** A question's like place; null for an id the deployment does not have; undefined until its shard of ids has come. */
  #likePlaceOf(id: string): number | null | undefined {
    const shard = this.#list<[string, number][]>(`ids/${idShard(id, this.#head.idShards)}.json`);
    if (!shard) return undefined;
    let low = 0;
    let high = shard.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [at, place] = shard[middle];
      if (at === id) return place;
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return null;
  }

  /** Lets go of the questions fetched longest ago, keeping at least those of the window just shown. */
  #keep(shown: number): void {
    for (const questions of [this.#byLike, this.#inBundle]) {
      const over = questions.size - Math.max(KEPT_QUESTIONS, 2 * shown);
      if (over <= 0) continue;
      let dropped = 0;
      for (const place of questions.keys()) {
        if (dropped++ >= over) break;
        questions.delete(place);
      }
    }
  }
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
