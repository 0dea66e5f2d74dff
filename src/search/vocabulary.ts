/**
 * The vocabulary of an index: which indexed words a query word stands for. Itself, its
 * completions while it is typed, and its likely typos, each with the weight of that kind of match.
 * Words are kept in buckets by first letter, sorted, so completions are a binary search and typos
 * are looked for by fuse.js among a bucket's words of about the query word's length only.
 */
// The basic build: no extended search syntax, which we never use, and smaller.
import Fuse from 'fuse.js/basic';
import { mergedKey, type IndexData } from './index-data.js';
import type { QueryWord } from './query.js';
import { isUnspaced } from './tokenize.js';
import { headsOf, startingWith, typoDistance } from './typos.js';

const MIN_PREFIX_LENGTH = 2;
/** In Japanese and Chinese one character is often a word, and two a long one. */
const MIN_UNSPACED_PREFIX_LENGTH = 1;
const MIN_UNSPACED_FUZZY_LENGTH = 2;
/**
 * The most frequent completions only: a two-letter start must stay cheap. Enough of them that a
 * word of a few questions is still one ("fail" among the hundreds of words starting "fa" of a
 * large bundle); a cap of 30 lost it (bench/README.md, relevance).
 */
export const MAX_PREFIX_WORDS = 300;
// Typos allowed as search engines do (Algolia's defaults): none below 4 letters, 1 from 4, 2 from 8.
const MIN_FUZZY_LENGTH = 4;
const TWO_TYPOS_LENGTH = 8;
const MAX_FUZZY_WORDS = 10;
/** Questions that must use a word for it to count as spelled right (see candidates). */
export const KNOWN_FREQUENCY = 2;

/** How much a match is worth before field weights: an exact word beats a completion beats a typo. */
const EXACT = 1;
/** Another form of the word ("negotiate" for "negotiating"): nearly what was typed, surer than a typo. */
const STEM = 0.8;
const PREFIX = 0.6; // plus up to 0.3 the more of the word is typed
/** By number of typos (index 1 and 2). */
const TYPO_WEIGHTS = [EXACT, 0.6, 0.4];
/** A typo in the part typed so far ("severn" for "severance") is less certain than in a whole word. */
const TYPO_IN_PREFIX = 0.8;
/** Words completed from one misspelled start: a short one such as "lee" starts many; the first few are enough to rank. */
const MAX_HEAD_WORDS = 50;

export interface Bucket {
  /** Sorted, for prefix search. */
  words: string[];
  /** fuse.js over the words a query word of some length may be a typo of (see typos), made when first needed. */
  fuses: Map<number, Fuse<string>>;
}

const FUSE_OPTIONS = {
  // Words are short: a typo is as likely at the end as at the start.
  ignoreLocation: true,
  // Already normalized: saves fuse.js lowercasing every word on every search.
  isCaseSensitive: true,
} as const;

/** Vocabulary word → weight of its match with one query word. */
export type Candidates = ReadonlyMap<string, number>;
interface CacheEntry {
  candidates: Candidates;
  /** Whether the query word is, or starts, a word several questions use (see candidates). */
  known: boolean;
  withTypos?: Candidates;
}

/** Cached candidates per query word: while typing, every earlier word is searched again on each keystroke. */
const CACHE_SIZE = 256;

/** What the vocabulary reads of its index (see IndexData). */
export type VocabularyData = Pick<IndexData, 'frequency' | 'bucket' | 'stemGroup' | 'mergedCompletions' | 'missing'> & {
  analysis: { stem(word: string): string | undefined };
};

/** Whether a word being typed is long enough to stand for its completions too. */
export const completesFrom = (text: string): boolean => text.length >= (isUnspaced(text) ? MIN_UNSPACED_PREFIX_LENGTH : MIN_PREFIX_LENGTH);

/** What a completion of `length` letters of the typed `text` is worth: more the more of it is typed. */
export const completionWeight = (text: string, length: number): number => PREFIX + (0.3 * text.length) / length;

/** The most frequent words of sorted `words` that start with `prefix` (and are longer), at most MAX_PREFIX_WORDS. */
export function topCompletions(words: readonly string[], prefix: string, frequency: (word: string) => number): string[] {
  const [from, to] = startingWith(words, prefix);
  const found = words.slice(words[from] === prefix ? from + 1 : from, to);
  if (found.length <= MAX_PREFIX_WORDS) return found;
  return found.sort((a, b) => frequency(b) - frequency(a) || a.length - b.length).slice(0, MAX_PREFIX_WORDS);
}

export class Vocabulary {
  readonly #data: VocabularyData;
  readonly #cache = new Map<string, CacheEntry>();

  constructor(data: VocabularyData) {
    this.#data = data;
  }

  /** Remembers an entry, unless something it needed was not at hand (see IndexData.missing). */
  #remember(key: string, entry: CacheEntry): void {
    if (this.#data.missing) return;
    if (this.#cache.size >= CACHE_SIZE) this.#cache.clear();
    this.#cache.set(key, entry);
  }

  /**
   * The vocabulary words one query word stands for: itself, its other forms, its completions
   * while typed, and its likely typos. A word that several questions use is taken as typed, and so is the start of such
   * words while typing: looking for typos then mostly adds noise ("leave" → "level"), and it is
   * most of a query's time. Only when a query finds nothing that way are their typos looked up
   * too (`typosOfKnownWords`). A word used once may itself be someone's typo: it does not count.
   */
  candidates({ text, open, fixed }: QueryWord, typosOfKnownWords: boolean): Candidates {
    if (fixed) return this.#asWritten(text);
    const key = (open ? '+' : '=') + text;
    let entry = this.#cache.get(key);
    if (!entry) {
      const candidates = new Map(this.#asWritten(text));
      const bucket = this.#data.bucket(text[0]);
      let merged: readonly number[] | undefined;
      if (bucket && open && completesFrom(text)) {
        const completions = topCompletions(bucket.words, text, (word) => this.frequency(word));
        merged = completions.length > 0 ? this.#data.mergedCompletions?.(text) : undefined;
        for (const word of completions) {
          const weight = completionWeight(text, word.length);
          // Merged: matched through the merged list (below), and kept here to be highlighted.
          if (weight > (candidates.get(word) ?? 0)) candidates.set(word, merged ? 0 : weight);
        }
      }
      const known = [...candidates.keys()].some((word) => this.frequency(word) >= KNOWN_FREQUENCY);
      for (const length of merged ?? []) candidates.set(mergedKey(text, length), completionWeight(text, length));
      entry = { candidates, known };
      if (!known) entry.candidates = this.#withTypos(candidates, text, open);
      this.#remember(key, entry);
    }
    if (!typosOfKnownWords || !entry.known) return entry.candidates;
    entry.withTypos ??= this.#withTypos(entry.candidates, text, open);
    return entry.withTypos;
  }

  /** The word itself and its other forms (same stem), without completions or typos. */
  #asWritten(text: string): Candidates {
    const key = '!' + text;
    let entry = this.#cache.get(key);
    if (!entry) {
      const candidates = new Map<string, number>();
      if (this.frequency(text) > 0) candidates.set(text, EXACT);
      const stem = this.#data.analysis.stem(text);
      for (const word of (stem && this.#data.stemGroup(stem)) || []) if (word !== text) candidates.set(word, STEM);
      entry = { candidates, known: true };
      this.#remember(key, entry);
    }
    return entry.candidates;
  }

  /** `candidates` and the best few likely typos of `text`, each word at its higher weight. */
  #withTypos(candidates: Candidates, text: string, open: boolean): Candidates {
    const bucket = this.#data.bucket(text[0]);
    if (!bucket || text.length < (isUnspaced(text) ? MIN_UNSPACED_FUZZY_LENGTH : MIN_FUZZY_LENGTH)) return candidates;
    const typos = [...this.#typos(bucket, text, open)];
    typos.sort((a, b) => b[1] - a[1] || this.frequency(b[0]) - this.frequency(a[0]));
    const all = new Map(candidates);
    for (const [word, weight] of typos.slice(0, MAX_FUZZY_WORDS)) if (weight > (all.get(word) ?? 0)) all.set(word, weight);
    return all;
  }

  /**
   * Likely typos: fuse.js finds candidates, then a true edit distance decides. fuse.js scores the
   * best matching substring, so on its own "stak" would match "stakeholder" perfectly.
   *
   * fuse.js costs time per word searched, so it does not get the whole first-letter bucket (thousands
   * of words in a large bundle) but only the words that can be within the allowed typos:
   * for a complete query word, the words of about its length; for a word being typed, the starts
   * of words (cut to that length, without duplicates), which are then completed.
   */
  #typos(bucket: Bucket, text: string, open: boolean): Map<string, number> {
    const allowed = text.length >= TWO_TYPOS_LENGTH ? 2 : 1;
    const key = open ? -text.length : text.length;
    let fuse = bucket.fuses.get(key);
    if (!fuse) {
      const min = text.length - allowed;
      const max = text.length + allowed;
      const words = open ? headsOf(bucket.words, min, max) : bucket.words.filter((word) => word.length >= min && word.length <= max);
      // fuse.js counts errors per letter of the query word, and a swap of neighbours as 2: allow
      // 2, so one swap is found, and no more (each allowed error costs fuse.js another pass over
      // every word). The half keeps float rounding on the safe side.
      fuse = new Fuse(words, { ...FUSE_OPTIONS, threshold: 2.5 / text.length });
      bucket.fuses.set(key, fuse);
    }
    const found = new Map<string, number>();
    const offer = (word: string, weight: number) => {
      if (word !== text && weight > (found.get(word) ?? 0)) found.set(word, weight);
    };
    for (const { item: head } of fuse.search(text)) {
      const whole = this.frequency(head) > 0 && Math.abs(head.length - text.length) <= allowed ? typoDistance(text, head, false) : Infinity;
      if (whole <= allowed) offer(head, TYPO_WEIGHTS[whole]);
      if (!open) continue;
      const typos = typoDistance(text, head, true);
      // No typo: a plain completion, which completions() ranks and caps.
      if (typos === 0 || typos > allowed) continue;
      const [from, to] = startingWith(bucket.words, head);
      for (let i = from; i < Math.min(to, from + MAX_HEAD_WORDS); i++) offer(bucket.words[i], TYPO_WEIGHTS[typos] * TYPO_IN_PREFIX);
    }
    return found;
  }

  /** How many questions use `word` (0 when none does). */
  frequency(word: string): number {
    return this.#data.frequency(word);
  }
}
