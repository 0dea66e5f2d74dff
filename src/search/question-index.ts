/**
 * The inverted index and its ranking. fuse.js over whole questions is far too slow per
 * keystroke at bench sizes (see bench/README.md), so fuse.js is used only where it is fast: over
 * the vocabulary (the distinct words of all questions), split into buckets by first letter, to
 * turn a misspelled query word into real words. The index (word → questions and the fields it
 * occurs in) does the rest: each query word stands for itself, its completions while it is typed,
 * and its likely typos, each at a lower weight; every query word must match (else any may); the
 * field a word occurs in weighs most.
 */
// The basic build: no extended search syntax, which we never use, and smaller.
import Fuse from 'fuse.js/basic';
import type { Question } from '../content/schema.js';
import { parseQuery, type QueryWord, type Term } from './query.js';
import { STOPWORDS } from './stopwords.js';
import { forEachWord, normalize, phraseOf, withoutLinkTargets } from './tokenize.js';
import { headsOf, startingWith, typoDistance } from './typos.js';

export interface SearchResult {
  /** Indices into the questions array, best first. Only questions that match. */
  order: number[];
  /** Normalized vocabulary words that matched some query term (for highlighting titles). */
  matchedWords: ReadonlySet<string>;
}

const MIN_PREFIX_LENGTH = 2;
/** The most frequent completions only: "co" must not pull in hundreds of words. */
const MAX_PREFIX_WORDS = 30;
// Typos allowed as search engines do (Algolia's defaults): none below 4 letters, 1 from 4, 2 from 8.
const MIN_FUZZY_LENGTH = 4;
const TWO_TYPOS_LENGTH = 8;
const MAX_FUZZY_WORDS = 10;
/** Questions that must use a word for it to count as spelled right (see #candidates). */
const KNOWN_FREQUENCY = 2;

/** How much a match is worth before field weights: an exact word beats a completion beats a typo. */
const EXACT = 1;
const PREFIX = 0.6; // plus up to 0.3 the more of the word is typed
/** By number of typos (index 1 and 2). */
const TYPO_WEIGHTS = [EXACT, 0.6, 0.4];
/** A typo in the part typed so far ("severn" for "severance") is less certain than in a whole word. */
const TYPO_IN_PREFIX = 0.8;
/** Words completed from one misspelled start: a short one such as "lee" starts many; the first few are enough to rank. */
const MAX_HEAD_WORDS = 50;

/** A whole-phrase match in a title is what the asker most likely meant: worth more than a title word. */
const PHRASE_BONUS = 6;

// Fields a word occurs in, as bits of a posting: docIndex * 32 + fieldMask.
const TITLE = 1;
const TAGS = 2;
const AUTHOR = 4;
const BODY = 8;
const ANSWERS = 16;
const FIELD_WEIGHTS: readonly [number, number][] = [
  [TITLE, 4],
  [TAGS, 3.5],
  [AUTHOR, 1.5],
  [BODY, 1],
  [ANSWERS, 0.5],
];
/** The weight of every field mask: the sum of its fields, so a word in the title and the body beats the title alone. */
const MASK_WEIGHT = Float64Array.from({ length: 32 }, (_, mask) =>
  FIELD_WEIGHTS.reduce((sum, [field, weight]) => (mask & field ? sum + weight : sum), 0),
);

interface Bucket {
  /** Sorted, for prefix search. */
  words: string[];
  /** fuse.js over the words a query word of some length may be a typo of (see #typos), made when first needed. */
  fuses: Map<number, Fuse<string>>;
}

const FUSE_OPTIONS = {
  // Words are short: a typo is as likely at the end as at the start.
  ignoreLocation: true,
  // Already normalized: saves fuse.js lowercasing every word on every search.
  isCaseSensitive: true,
} as const;

/** Vocabulary word → weight of its match with one query word. */
type Candidates = ReadonlyMap<string, number>;
interface CacheEntry {
  candidates: Candidates;
  /** Whether the query word is, or starts, a word several questions use (see #candidates). */
  known: boolean;
  withTypos?: Candidates;
}

/** Rows of the postings log grouped per build step: a small fraction of a slice. */
const ROWS_PER_STEP = 1 << 16;

/** Cached candidates per query word: while typing, every earlier word is searched again on each keystroke. */
const CACHE_SIZE = 256;

/** `array`, or a copy twice as long when `index` is past its end. */
function grown(array: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
  if (index < array.length) return array;
  const longer = new Int32Array(array.length * 2);
  longer.set(array);
  return longer;
}

export class QuestionIndex {
  /**
   * Builds the index in time slices (default ~6 ms each), pausing between slices so it never
   * blocks a frame: by default for a task, or as `pause` says (the feed lets the page's own work
   * go first). Rejects with the signal's reason if aborted.
   */
  static async build(
    questions: readonly Question[],
    options: { signal?: AbortSignal; sliceMs?: number; pause?: () => Promise<void> } = {},
  ): Promise<QuestionIndex> {
    const { signal, sliceMs = 6, pause = () => new Promise<void>((resolve) => setTimeout(resolve)) } = options;
    signal?.throwIfAborted();
    const steps = QuestionIndex.#steps(questions);
    for (;;) {
      const end = performance.now() + sliceMs;
      let step = steps.next();
      while (!step.done && performance.now() < end) step = steps.next();
      if (step.done) return step.value;
      await pause();
      signal?.throwIfAborted();
    }
  }

  /** The same, at once (tests, small bundles). */
  static buildSync(questions: readonly Question[]): QuestionIndex {
    const steps = QuestionIndex.#steps(questions);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** Number of questions. */
  readonly size: number;
  /** Vocabulary word → id. */
  readonly #ids: ReadonlyMap<string, number>;
  /** The postings of word id i are #postings[#offsets[i] .. #offsets[i + 1]), in question order. */
  readonly #offsets: Int32Array;
  readonly #postings: Int32Array;
  readonly #buckets: ReadonlyMap<string, Bucket>;
  /** Each title as phraseOf() gives it. */
  readonly #titles: readonly string[];
  /** Questions by likes (most first), then bundle order; and each question's place in that order. */
  readonly #likeOrder: Int32Array;
  readonly #likeRank: Int32Array;
  readonly #cache = new Map<string, CacheEntry>();

  private constructor(
    ids: ReadonlyMap<string, number>,
    offsets: Int32Array,
    postings: Int32Array,
    buckets: ReadonlyMap<string, Bucket>,
    titles: readonly string[],
    likeOrder: Int32Array,
  ) {
    this.#ids = ids;
    this.#offsets = offsets;
    this.#postings = postings;
    this.#buckets = buckets;
    this.#titles = titles;
    this.size = titles.length;
    this.#likeOrder = likeOrder;
    this.#likeRank = new Int32Array(this.size);
    likeOrder.forEach((doc, place) => (this.#likeRank[doc] = place));
  }

  /** The whole build as small steps, so build() and buildSync() share one code path and give the same index. */
  static *#steps(questions: readonly Question[]): Generator<void, QuestionIndex> {
    // A map lookup per word of text is the heart of the build: stopwords map to -1, so that one
    // lookup also drops them.
    const ids = new Map<string, number>([...STOPWORDS].map((word) => [word, -1]));
    const words: string[] = [];
    // Every (word, question) pair once, in question order, as two growing columns: word id, and
    // question * 32 + fields. Typed arrays rather than a list per word: much less time and memory,
    // mostly the garbage collector's.
    let logWords = new Int32Array(1 << 16);
    let logPostings = new Int32Array(1 << 16);
    let logSize = 0;
    /** Per word id, its last row in the log: the one to add a field to while in the same question. */
    let lastRow = new Int32Array(1 << 12);
    const titles: string[] = [];
    const likes: number[] = [];
    let doc = 0;
    let field = 0;
    const post = (word: string) => {
      let id = ids.get(word);
      if (id === -1) return;
      if (id === undefined) {
        id = words.length;
        ids.set(word, id);
        words.push(word);
        lastRow = grown(lastRow, id);
      } else if (logPostings[lastRow[id]] >>> 5 === doc) {
        logPostings[lastRow[id]] |= field;
        return;
      }
      logWords = grown(logWords, logSize);
      logPostings = grown(logPostings, logSize);
      logWords[logSize] = id;
      logPostings[logSize] = doc * 32 + field;
      lastRow[id] = logSize++;
    };
    const add = (text: string | undefined, inField: number) => {
      field = inField;
      if (text) forEachWord(normalize(text), post);
    };
    for (; doc < questions.length; doc++) {
      const question = questions[doc];
      add(question.title, TITLE);
      for (const tag of question.tags ?? []) add(tag, TAGS);
      const author = question.author;
      if (author) for (const text of [author.name, author.level, author.role, author.company]) add(text, AUTHOR);
      add(withoutLinkTargets(question.body), BODY);
      for (const answer of question.answers ?? []) {
        add(withoutLinkTargets(answer.body), ANSWERS);
        add(answer.author?.name, ANSWERS);
      }
      titles.push(phraseOf(normalize(question.title)));
      // Whole, at least 0, at most 2^31: tie-break keys must stay exact (see #rank).
      likes.push(Math.min(Math.max(Math.trunc(question.likes ?? 0), 0), 2 ** 31) || 0);
      yield;
    }
    for (const word of STOPWORDS) ids.delete(word);

    // Group the log by word (a counting sort; each word's postings stay in question order), in
    // steps: a large bundle's log has millions of rows.
    const offsets = new Int32Array(words.length + 1);
    for (let row = 0; row < logSize; row++) {
      offsets[logWords[row] + 1]++;
      if (row % ROWS_PER_STEP === 0) yield;
    }
    for (let id = 0; id < words.length; id++) offsets[id + 1] += offsets[id];
    const postings = new Int32Array(logSize);
    const next = offsets.slice(0, words.length);
    for (let row = 0; row < logSize; row++) {
      postings[next[logWords[row]]++] = logPostings[row];
      if (row % ROWS_PER_STEP === 0) yield;
    }
    const buckets = new Map<string, Bucket>();
    for (const word of words) {
      const bucket = buckets.get(word[0]);
      if (bucket) bucket.words.push(word);
      else buckets.set(word[0], { words: [word], fuses: new Map() });
    }
    yield;
    // One bucket per step: sorting the whole vocabulary at once would be one long task.
    for (const bucket of buckets.values()) {
      bucket.words.sort();
      yield;
    }
    const n = questions.length;
    const byLikes = Float64Array.from(likes, (count, doc) => count * n + (n - 1 - doc)).sort().reverse();
    const likeOrder = Int32Array.from(byLikes, (key) => n - 1 - (key % n));
    return new QuestionIndex(ids, offsets, postings, buckets, titles, likeOrder);
  }

  /**
   * The questions matching `query`, best first. A query that does not end in a space or
   * punctuation is still being typed: its last word also matches as the start of longer words.
   * An empty or whitespace query gives no order and no words (the UI shows everything then).
   */
  search(query: string): SearchResult {
    const { terms, phrase, open } = parseQuery(query);
    if (phrase.length === 0) return { order: [], matchedWords: new Set() };
    if (terms.length === 0) return this.#searchTitles(phrase, open);

    // Every term must match. When that leaves nothing, look for typos of known words too ("form"
    // for "from"), and only then let any term match, ranked by how many did.
    let match = this.#match(terms, false);
    let docs = match.every;
    if (docs.length === 0) {
      match = this.#match(terms, true);
      docs = match.every;
    }
    const { total, matchedTerms, matchedWords } = match;
    const or = docs.length === 0 && terms.length > 1;
    if (or) for (let doc = 0; doc < this.size; doc++) if (matchedTerms[doc] > 0) docs.push(doc);

    if (phrase.length > 1) {
      const needle = ` ${phrase.join(' ')}${open ? '' : ' '}`;
      for (const doc of docs) if (this.#titles[doc].includes(needle)) total[doc] += PHRASE_BONUS;
    }
    // Scores stay far below 1,000, so the count of matched terms comes first.
    const order = this.#rank(docs, (doc) => (or ? matchedTerms[doc] * 1000 : 0) + total[doc]);
    return { order, matchedWords };
  }

  /**
   * `docs` best first: by `primary` (higher first), then by more likes, then earlier in the bundle.
   * Sorted as packed numbers in a typed array, which is several times faster than a comparator.
   */
  #rank(docs: readonly number[], primary: (doc: number) => number): number[] {
    const n = this.size;
    const keys = new Float64Array(docs.length);
    // Scores rounded to 1e-4 (the same weights summed in another order must tie) times n, plus the
    // place in like order: whole numbers far below 2^53, so exact.
    docs.forEach((doc, i) => (keys[i] = Math.round(primary(doc) * 1e4) * n + (n - 1 - this.#likeRank[doc])));
    keys.sort();
    const order = new Array<number>(docs.length);
    for (let i = 0; i < docs.length; i++) order[i] = this.#likeOrder[n - 1 - (keys[docs.length - 1 - i] % n)];
    return order;
  }

  /** Per question, the sum of its term scores and how many terms matched; and the questions all terms matched. */
  #match(terms: readonly Term[], typosOfKnownWords: boolean) {
    const matchedWords = new Set<string>();
    const total = new Float64Array(this.size);
    const matchedTerms = new Uint8Array(this.size);
    for (const term of terms) {
      const scores = this.#termScores(term, typosOfKnownWords, matchedWords);
      for (let doc = 0; doc < this.size; doc++) {
        if (scores[doc] > 0) {
          total[doc] += scores[doc];
          matchedTerms[doc]++;
        }
      }
    }
    const every: number[] = [];
    for (let doc = 0; doc < this.size; doc++) if (matchedTerms[doc] === terms.length) every.push(doc);
    return { total, matchedTerms, matchedWords, every };
  }

  /** Best score per question for one term: the best alternative, each scored by the sum of its words' best matches. */
  #termScores(term: Term, typosOfKnownWords: boolean, matchedWords: Set<string>): Float64Array {
    let best: Float64Array | undefined;
    for (const words of term) {
      let scores: Float64Array | undefined;
      for (const word of words) {
        const wordScores = this.#wordScores(this.#candidates(word, typosOfKnownWords), matchedWords);
        if (!scores) scores = wordScores;
        else for (let doc = 0; doc < this.size; doc++) scores[doc] = wordScores[doc] > 0 ? scores[doc] + wordScores[doc] : 0;
      }
      if (!best) best = scores!;
      else for (let doc = 0; doc < this.size; doc++) best[doc] = Math.max(best[doc], scores![doc]);
    }
    return best!;
  }

  #wordScores(candidates: Candidates, matchedWords: Set<string>): Float64Array {
    const scores = new Float64Array(this.size);
    for (const [vocabularyWord, weight] of candidates) {
      matchedWords.add(vocabularyWord);
      const id = this.#ids.get(vocabularyWord)!;
      for (let i = this.#offsets[id]; i < this.#offsets[id + 1]; i++) {
        const posting = this.#postings[i];
        const doc = posting >>> 5;
        const score = weight * MASK_WEIGHT[posting & 31];
        if (score > scores[doc]) scores[doc] = score;
      }
    }
    return scores;
  }

  /**
   * The vocabulary words one query word stands for: itself, its completions while typed, and its
   * likely typos. A word that several questions use is taken as typed, and so is the start of such
   * words while typing: looking for typos then mostly adds noise ("leave" → "level"), and it is
   * most of a query's time. Only when a query finds nothing that way are their typos looked up
   * too (`typosOfKnownWords`). A word used once may itself be someone's typo: it does not count.
   */
  #candidates({ text, open }: QueryWord, typosOfKnownWords: boolean): Candidates {
    const key = (open ? '+' : '=') + text;
    let entry = this.#cache.get(key);
    if (!entry) {
      const candidates = new Map<string, number>();
      if (this.#ids.has(text)) candidates.set(text, EXACT);
      const bucket = this.#buckets.get(text[0]);
      if (bucket && open && text.length >= MIN_PREFIX_LENGTH) {
        for (const word of this.#completions(bucket.words, text)) candidates.set(word, PREFIX + (0.3 * text.length) / word.length);
      }
      const known = [...candidates.keys()].some((word) => this.#frequency(word) >= KNOWN_FREQUENCY);
      entry = { candidates, known };
      if (!known) entry.candidates = this.#withTypos(candidates, text, open);
      if (this.#cache.size >= CACHE_SIZE) this.#cache.clear();
      this.#cache.set(key, entry);
    }
    if (!typosOfKnownWords || !entry.known) return entry.candidates;
    entry.withTypos ??= this.#withTypos(entry.candidates, text, open);
    return entry.withTypos;
  }

  /** `candidates` and the best few likely typos of `text`, each word at its higher weight. */
  #withTypos(candidates: Candidates, text: string, open: boolean): Candidates {
    const bucket = this.#buckets.get(text[0]);
    if (!bucket || text.length < MIN_FUZZY_LENGTH) return candidates;
    const typos = [...this.#typos(bucket, text, open)];
    typos.sort((a, b) => b[1] - a[1] || this.#frequency(b[0]) - this.#frequency(a[0]));
    const all = new Map(candidates);
    for (const [word, weight] of typos.slice(0, MAX_FUZZY_WORDS)) if (weight > (all.get(word) ?? 0)) all.set(word, weight);
    return all;
  }

  /** The most frequent words that start with `prefix` (and are longer). */
  #completions(words: readonly string[], prefix: string): string[] {
    const [from, to] = startingWith(words, prefix);
    const found = words.slice(words[from] === prefix ? from + 1 : from, to);
    if (found.length <= MAX_PREFIX_WORDS) return found;
    return found.sort((a, b) => this.#frequency(b) - this.#frequency(a) || a.length - b.length).slice(0, MAX_PREFIX_WORDS);
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
      const whole = this.#ids.has(head) && Math.abs(head.length - text.length) <= allowed ? typoDistance(text, head, false) : Infinity;
      if (whole <= allowed) offer(head, TYPO_WEIGHTS[whole]);
      if (!open) continue;
      const typos = typoDistance(text, head, true);
      // No typo: a plain completion, which #completions ranks and caps.
      if (typos === 0 || typos > allowed) continue;
      const [from, to] = startingWith(bucket.words, head);
      for (let i = from; i < Math.min(to, from + MAX_HEAD_WORDS); i++) offer(bucket.words[i], TYPO_WEIGHTS[typos] * TYPO_IN_PREFIX);
    }
    return found;
  }

  /** How many questions use `word`. */
  #frequency(word: string): number {
    const id = this.#ids.get(word)!;
    return this.#offsets[id + 1] - this.#offsets[id];
  }

  /**
   * A query of stopwords only ("what should i") has no indexed word to look up: find it as a
   * phrase in titles instead, the last word as a prefix while it is typed.
   */
  #searchTitles(phrase: string[], open: boolean): SearchResult {
    const needle = ` ${phrase.join(' ')}${open ? '' : ' '}`;
    const matchedWords = new Set(phrase);
    const order: number[] = [];
    this.#titles.forEach((title, doc) => {
      const at = title.indexOf(needle);
      if (at < 0) return;
      order.push(doc);
      // Highlight the word being typed as completed in this title.
      if (open) matchedWords.add(title.slice(at + needle.length - phrase[phrase.length - 1].length, title.indexOf(' ', at + needle.length)));
    });
    return { order: this.#rank(order, () => 0), matchedWords };
  }
}

