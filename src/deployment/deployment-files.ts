/**
 * A deployment's files as a question source reads them: each fetched once, validated as it comes
 * (questions as a bundle's are, lists for their shape) and kept; and, for each attempt at an
 * answer, the files it found missing (`lacking`), to fetch before the next attempt.
 */
import { parseBundle } from '../content/assembler.js';
import { BundleError } from '../content/errors.js';
import type { Question } from '../content/schema.js';
import { fetchJson } from './fetch-json.js';
import { cardFile, chunkFile, idsFile, idShard, ORDER_CHUNK, pageFile } from './format.js';
import type { Box } from '../internal/boxed.js';

/** Questions kept once fetched, besides those of the window shown: enough for going back and forth. */
const KEPT_QUESTIONS = 2000;

export class DeploymentFiles {
  /** The folder's URL, ending in `/`. */
  readonly base: string;
  /** What the attempt under way found missing. */
  lacking = new Set<string>();
  readonly #pageSize: number;
  readonly #idShards: number;
  readonly #timeoutMs: number | undefined;
  /** The lists fetched (orders, ranks, tag lists, ids, first pages), by path. */
  readonly #lists = new Map<string, unknown>();
  readonly #fetching = new Map<string, Promise<void>>();
  /** Questions fetched, by their place in the bundle (pages) and in like order (cards). */
  readonly #inBundle = new Map<number, Question>();
  readonly #byLike = new Map<number, Question>();

  /** `first`: the head's questions, the first in bundle order; `timeoutMs`: how long each file may take. */
  constructor(base: string, { pageSize, idShards, first, timeoutMs }: { pageSize: number; idShards: number; first: readonly Question[]; timeoutMs?: number }) {
    this.base = base;
    this.#pageSize = pageSize;
    this.#idShards = idShards;
    this.#timeoutMs = timeoutMs;
    first.forEach((question, place) => this.#inBundle.set(place, question));
  }

  /** Fetches a file of the folder for the search index (ShardedIndex keeps those itself). */
  readonly fetchFile = (path: string, signal?: AbortSignal): Promise<Box<unknown>> => fetchJson(this.base + path, signal, this.#timeoutMs);

  /** Fetches a file once, however many answers wait for it; what comes is kept (#take). */
  fetch(path: string): Promise<void> {
    let fetching = this.#fetching.get(path);
    if (!fetching) {
      fetching = fetchJson(this.base + path, undefined, this.#timeoutMs).then(
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
      else questions.forEach((question, i) => this.#inBundle.set(Number(page![1]) * this.#pageSize + i, question));
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
    return new BundleError('schema', `The deployment file ${this.base}${path} is not what pip-widgets build writes (${why}): build the deployment again.`);
  }

  /** Places `from` to `to` of a list written in chunks. */
  range(folder: string, from: number, to: number): number[] | undefined {
    const places: number[] = [];
    let complete = true;
    for (let chunk = Math.floor(from / ORDER_CHUNK); chunk * ORDER_CHUNK < to; chunk++) {
      const list = this.list<number[]>(chunkFile(folder, chunk));
      if (!list) complete = false;
      else if (complete) places.push(...list.slice(Math.max(0, from - chunk * ORDER_CHUNK), to - chunk * ORDER_CHUNK));
    }
    return complete ? places : undefined;
  }

  list<Value>(path: string): Value | undefined {
    const list = this.#lists.get(path) as Value | undefined;
    if (list === undefined) this.lacking.add(path);
    return list;
  }

  cards(places: readonly number[]): Question[] | undefined {
    const questions = places.map((place) => this.#byLike.get(place));
    places.forEach((place, i) => questions[i] ?? this.lacking.add(cardFile(place)));
    return questions.every(Boolean) ? (questions as Question[]) : undefined;
  }

  /** How many of `places`, from the first, have their card at hand. */
  cardsAtHand(places: readonly number[]): number {
    const missing = places.findIndex((place) => !this.#byLike.has(place));
    return missing < 0 ? places.length : missing;
  }

  pages({ from, to }: { from: number; to: number }): Question[] | undefined {
    const questions = Array.from({ length: to - from }, (_, i) => this.#inBundle.get(from + i));
    questions.forEach((question, i) => question ?? this.lacking.add(pageFile(Math.floor((from + i) / this.#pageSize))));
    return questions.every(Boolean) ? (questions as Question[]) : undefined;
  }

  /** A question's like place; null for an id the deployment does not have; undefined until its shard of ids has come. */
  likePlaceOf(id: string): number | null | undefined {
    const shard = this.list<[string, number][]>(idsFile(idShard(id, this.#idShards)));
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
  keep(shown: number): void {
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
