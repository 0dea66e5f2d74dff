/**
 * What the engine reads of an index, wherever the index is held: all in memory (built on the
 * page, `MemoryIndexData`), or in a deployment's shards, fetched as a query needs them
 * (`deployment/sharded-index.ts`). The ranking itself is written once, in question-index.ts.
 */
import type { Analysis } from './language.js';
import type { IndexParts } from './index-parts.js';
import type { Bucket } from './vocabulary.js';

/**
 * BM25F's field weights for title and body, scaled by their length against the average. Titles
 * are a few words, so their length counts less (B_TITLE) than a body's.
 */
export const TITLE_WEIGHT = 4;
export const BODY_WEIGHT = 1;
export const B_TITLE = 0.3;
export const B_BODY = 0.75;

/** A field's weight at `length` words, where the average is `average`: rounded to 32 bits, as the engine keeps it. */
export const lengthWeight = (length: number, weight: number, b: number, average: number): number =>
  Math.fround(weight / (1 - b + (b * length) / average));

/** The average of the fields that have words: questions without a body do not make bodies look long. */
export function averageLength(lengths: Uint16Array): number {
  let sum = 0;
  let count = 0;
  for (const length of lengths) if (length > 0) (sum += length), count++;
  return sum / count || 1;
}

export interface IndexData {
  readonly analysis: Analysis;
  /** Number of questions. */
  readonly size: number;
  /** How many questions use `word` (0 when none does). */
  frequency(word: string): number;
  /** The vocabulary words starting with `letter`, sorted. */
  bucket(letter: string): Bucket | undefined;
  /** The vocabulary words whose stem is `stem`. */
  stemGroup(stem: string): readonly string[] | undefined;
  /**
   * The postings of a vocabulary word, question * 32 + fields (see index-parts.ts), in question
   * order; or of a mergedKey, those of the questions whose best completion has that length.
   */
  postings(word: string): Int32Array;
  /**
   * For an index in shards: whether the completions of `prefix` (topCompletions) are in one
   * merged list, each question with its best completion only, which costs far fewer bytes than
   * theirs, and the lengths of its completions then (the keys of `postings` are mergedKey).
   */
  mergedCompletions?(prefix: string): readonly number[] | undefined;
  /**
   * For an index in shards: per question, 1 if a word of its title (as phraseOf() gives it)
   * starts with `prefix`; undefined when the index cannot say. Only fewer titles to read: an
   * index in memory reads them all.
   */
  titledWith?(prefix: string): Uint8Array | undefined;
  /** Per question, its title's and body's BM25F field weight (read only where the word is in that field). */
  readonly titleWeights: Float32Array;
  readonly bodyWeights: Float32Array;
  /** Per question, its place in like order, and the questions in like order; absent when questions are numbered in like order. */
  readonly likeRank?: Int32Array;
  readonly likeOrder?: Int32Array;
  /**
   * A title as phraseOf() gives it. `scanning`: titles are read one after another in like order
   * (a query of stopwords only), which an index in shards fetches ahead for.
   */
  title(doc: number, scanning?: boolean): string;
  /**
   * How many of the best results must be exact: a title's phrase is looked for only in questions
   * that can reach them. Infinity for an index in memory, where every title is at hand.
   */
  readonly reach: number;
  /** How many titles, in like order, a query of stopwords only is looked for in: Infinity in memory. */
  readonly titleScan: number;
  /** Whether something asked for was not at hand: the answer is to be thrown away, and asked again once it is. */
  readonly missing: boolean;
}

const NOTHING = new Int32Array(0);

/** Not a letter of any word: what tells a merged list's key from a word. */
export const MERGED = '\u0000';
export const mergedKey = (prefix: string, length: number): string => `${MERGED}${length}${MERGED}${prefix}`;

/** An index built on the page: everything at hand. */
export class MemoryIndexData implements IndexData {
  readonly analysis: Analysis;
  readonly size: number;
  readonly titleWeights: Float32Array;
  readonly bodyWeights: Float32Array;
  readonly likeRank: Int32Array;
  readonly likeOrder: Int32Array;
  readonly reach = Infinity;
  readonly titleScan = Infinity;
  readonly missing = false;
  readonly #parts: IndexParts;

  constructor(parts: IndexParts) {
    this.#parts = parts;
    this.analysis = parts.analysis;
    this.size = parts.titles.length;
    const weights = (lengths: Uint16Array, weight: number, b: number) => {
      const average = averageLength(lengths);
      return Float32Array.from(lengths, (length) => lengthWeight(length, weight, b, average));
    };
    this.titleWeights = weights(parts.titleLengths, TITLE_WEIGHT, B_TITLE);
    this.bodyWeights = weights(parts.bodyLengths, BODY_WEIGHT, B_BODY);
    this.likeOrder = parts.likeOrder;
    this.likeRank = new Int32Array(this.size);
    parts.likeOrder.forEach((doc, place) => (this.likeRank[doc] = place));
  }

  frequency(word: string): number {
    const id = this.#parts.ids.get(word);
    return id === undefined ? 0 : this.#parts.offsets[id + 1] - this.#parts.offsets[id];
  }

  bucket(letter: string): Bucket | undefined {
    return this.#parts.buckets.get(letter);
  }

  stemGroup(stem: string): readonly string[] | undefined {
    return this.#parts.stems.get(stem);
  }

  postings(word: string): Int32Array {
    const id = this.#parts.ids.get(word);
    return id === undefined ? NOTHING : this.#parts.postings.subarray(this.#parts.offsets[id], this.#parts.offsets[id + 1]);
  }

  title(doc: number): string {
    return this.#parts.titles[doc];
  }
}
