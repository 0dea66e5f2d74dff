/**
 * The inverted index and its ranking. fuse.js over whole questions is far too slow per
 * keystroke at bench sizes (see bench/README.md), so fuse.js is used only where it is fast: over
 * the vocabulary (the distinct words of all questions, `vocabulary.ts`), to turn a misspelled
 * query word into real words. The index (word → questions and the fields it occurs in, built by
 * index-parts.ts) does the rest: each query word stands for itself, its other forms (same stem),
 * its synonyms (expand.ts), its completions while it is typed, and its likely typos, each at a
 * lower weight. Every term must match, unless too few questions have them all; scores are BM25F.
 */
import type { Question } from '../content/schema.js';
import { expandTerms, type Words } from './expand.js';
import { MemoryIndexData, MERGED, type IndexData } from './index-data.js';
import { indexParts, TAGS, TITLE, type PartsOptions } from './index-parts.js';
import { fieldsWeight, idf, postingScore } from './scoring.js';
import { parseQuery, type Term } from './query.js';
import { isUnspaced, MAX_WORD_LENGTH } from './tokenize.js';
import { completesFrom, Vocabulary, type Candidates } from './vocabulary.js';

/**
 * Scores per question, and the questions whose score is above 0, each once: what loops go over,
 * as a query's words are most often in a small share of the questions.
 */
interface Scores {
  scores: Float64Array;
  docs: number[];
}

/** A query's questions and their scores before the phrase bonus, and the phrase that earns it. */
interface Scored {
  query: string;
  docs: readonly number[];
  scores: Float64Array;
  matchedWords: Set<string>;
  phraseTyped: readonly string[];
  typing: boolean;
}

export interface SearchResult {
  /** Indices into the questions array, best first. Only questions that match. */
  order: number[];
  /** Normalized vocabulary words that matched some query term (for highlighting titles). */
  matchedWords: ReadonlySet<string>;
}

/** A whole-phrase match in a title is what the asker most likely meant: worth more than a title word. */
const PHRASE_BONUS = 1.5;
/**
 * Fewer questions than this matching every term is too few: questions matching only some terms
 * are ranked after them, by BM25F. A natural question ("how can i tell if my plan is designed for
 * me to fail") has words no question has all of.
 */
const ENOUGH = 3;
/** Terms from which a query counts as a question asked in words of its own (see search). */
const LONG_QUERY = 3;
/** A synonym of several words, its words found in the body only: in partial matches only, and worth little. */
const APART = 0.3;
/** Partial matches scoring below this share of the best one are noise, not results. */
const PARTIAL_CUTOFF = 0.3;
interface BuildOptions extends PartsOptions {
  signal?: AbortSignal;
  sliceMs?: number;
  pause?: () => Promise<void>;
}

export class QuestionIndex {
  /**
   * Builds the index in time slices (default ~6 ms each), pausing between slices so it never
   * blocks a frame: by default for a task, or as `pause` says (the feed lets the page's own work
   * go first). Rejects with the signal's reason if aborted.
   */
  static build(questions: readonly Question[], options: BuildOptions = {}): Promise<QuestionIndex> {
    return QuestionIndex.buildBoxed(questions, options).then((built) => built.value);
  }

  /**
   * `build`, resolving with the index in a box with no prototype. On a page that gave
   * `Object.prototype` a `then`, the index itself is a thenable and a promise of it never settles.
   */
  static async buildBoxed(questions: readonly Question[], options: BuildOptions = {}): Promise<{ readonly value: QuestionIndex }> {
    const { signal, sliceMs = 6, pause = () => new Promise<void>((resolve) => setTimeout(resolve)) } = options;
    signal?.throwIfAborted();
    const steps = QuestionIndex.#steps(questions, options);
    for (;;) {
      const end = performance.now() + sliceMs;
      let step = steps.next();
      while (!step.done && performance.now() < end) step = steps.next();
      if (step.done) return Object.assign(Object.create(null) as { value: QuestionIndex }, { value: step.value });
      await pause();
      signal?.throwIfAborted();
    }
  }

  /** The build's steps (see index-parts.ts), ending in the index. */
  static *#steps(questions: readonly Question[], options: BuildOptions): Generator<void, QuestionIndex> {
    return new QuestionIndex(new MemoryIndexData(yield* indexParts(questions, options)));
  }

  /** The same, at once (tests, small bundles). */
  static buildSync(questions: readonly Question[], options: PartsOptions = {}): QuestionIndex {
    const steps = QuestionIndex.#steps(questions, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /** Number of questions. */
  readonly size: number;
  readonly #data: IndexData;
  readonly #vocabulary: Vocabulary;
  readonly #words: Words;

  /** The language this index reads its questions and queries in ("en", "de"). */
  get lang(): string {
    return this.#data.analysis.lang;
  }

  /** An index over `data`: one built here, or a deployment's (see IndexData). */
  constructor(data: IndexData) {
    this.#data = data;
    this.size = data.size;
    this.#vocabulary = new Vocabulary(data);
    const { analysis } = data;
    this.#words = {
      frequency: (word) => data.frequency(word),
      stopwords: analysis.stopwords,
      key: (word) => analysis.key(word),
      thesaurus: analysis.thesaurus,
    };
  }

  /**
   * The questions matching `query`, best first. A query that does not end in a space or
   * punctuation is still being typed: its last word also matches as the start of longer words.
   * An empty or whitespace query gives no order and no words (the UI shows everything then).
   */
  search(query: string): SearchResult {
    const data = this.#data;
    const { terms: parsed, phrase, open } = parseQuery(query, data.analysis.stopwords);
    if (phrase.length === 0) return nothing();
    if (parsed.length === 0) return this.#searchTitles(phrase, open);
    const scored = this.#scored?.query === query ? this.#scored : this.#score(query, parsed, phrase, open);
    if (!scored) return nothing();
    const { docs, matchedWords, phraseTyped, typing } = scored;
    const total = new Float64Array(this.size);
    docs.forEach((doc, i) => (total[doc] = scored.scores[i]));
    const holders =
      phraseTyped.length > 1 ? this.#titleHolders(typing ? phraseTyped.slice(0, -1) : phraseTyped, typing ? phraseTyped[phraseTyped.length - 1] : undefined) : undefined;
    if (holders && !data.missing) {
      const needle = ` ${phraseTyped.join(' ')}${typing ? '' : ' '}`;
      const hasPhrase = (doc: number) => holders[doc] === 1 && data.title(doc).includes(needle);
      if (docs.length > data.reach) this.#bonusWithinReach(docs, total, hasPhrase);
      else for (const doc of docs) if (hasPhrase(doc)) total[doc] *= 1 + PHRASE_BONUS;
    }
    // Titles are asked for: the scores so far stay right, and the next round starts from them.
    this.#scored = data.missing ? scored : undefined;
    if (data.missing) return nothing();
    const order = this.#rank(docs, (doc) => total[doc]);
    return { order, matchedWords };
  }

  /** The scores of a query before the phrase bonus: what an index in shards keeps while its titles come. */
  #scored?: Scored;

  #score(query: string, parsed: readonly Term[], phrase: readonly string[], open: boolean): Scored | undefined {
    const data = this.#data;
    const terms = expandTerms(parsed, this.#words);
    // An index in shards answers again once what was missing has come (see IndexData.missing):
    // going on without it would only ask for what a complete answer does not need.
    if (data.missing) return undefined;

    // Every term must match. When that leaves nothing, look for typos of known words too ("form"
    // for "from"); when it leaves too little, rank the questions that match some terms after.
    let typos = false;
    let match = this.#match(terms, typos, false);
    if (data.missing) return undefined;
    if (match.every.length === 0) match = this.#match(terms, (typos = true), false);
    if (data.missing) return undefined;
    // Two words of which no question has both are more likely a typo than a question asked in
    // other words: partial matches of short queries only when nothing matches them all.
    const partial = terms.length > 1 && (match.every.length === 0 || (terms.length >= LONG_QUERY && match.every.length < ENOUGH));
    if (partial) match = this.#match(terms, typos, true);
    if (data.missing) return undefined;
    const { total, matchedTerms, matchedWords, every } = match;
    let docs = every;
    if (partial) {
      let best = 0;
      for (let doc = 0; doc < this.size; doc++) if (matchedTerms[doc] < terms.length && total[doc] > best) best = total[doc];
      docs = [];
      for (let doc = 0; doc < this.size; doc++) {
        if (matchedTerms[doc] === terms.length || (matchedTerms[doc] > 0 && total[doc] >= best * PARTIAL_CUTOFF)) docs.push(doc);
      }
    }

    // A phrase with a whole word of its own: stopwords and the start of a word ("how lo") say
    // too little to be worth a bonus, and would have an index in shards read most titles.
    // Only a question that has the phrase's words in its title can have the phrase there.
    // A word being typed too short to stand for its completions is not yet part of the phrase.
    const typing = open && completesFrom(phrase[phrase.length - 1]);
    const phraseTyped = open && !typing ? phrase.slice(0, -1) : phrase;
    return { query, docs, scores: Float64Array.from(docs, (doc) => total[doc]), matchedWords, phraseTyped, typing };
  }

  /**
   * The phrase bonus where it can change the `reach` best: questions are read best first, until
   * the next one, even with the bonus, cannot reach them. An index in shards then reads only a
   * few of the titles.
   */
  #bonusWithinReach(docs: readonly number[], total: Float64Array, hasPhrase: (doc: number) => boolean): void {
    const { reach } = this.#data;
    /** The best scores so far, with their bonus, highest first; at most `reach`. */
    const best: number[] = [];
    let missing = 0;
    for (const doc of this.#rank(docs, (doc) => total[doc])) {
      // Rounded down a little: the ranking compares scores rounded to 1e-4.
      if (best.length === reach && total[doc] * (1 + PHRASE_BONUS) < best[reach - 1] - 1e-4) return;
      if (hasPhrase(doc)) total[doc] *= 1 + PHRASE_BONUS;
      let at = best.length;
      while (at > 0 && best[at - 1] < total[doc]) at--;
      best.splice(at, 0, total[doc]);
      if (best.length > reach) best.pop();
      // A title not at hand counts as without the phrase, which reads on further than needed: a few a round.
      if (this.#data.missing && ++missing === MISSING_TITLES) return;
    }
  }

  /**
   * Per question, whether its title has each of `words` that the index has as a word (a title's
   * run of letters is indexed as a word, but for stopwords, single letters, cut long words and
   * unspaced scripts): undefined when none is. Titles are then read only where the phrase can be.
   */
  #titleHolders(words: readonly string[], typing: string | undefined): Uint8Array | undefined {
    const { stopwords } = this.#data.analysis;
    const indexed = [...new Set(words)].filter((word) => word.length > 1 && word.length <= MAX_WORD_LENGTH && !stopwords.has(word) && !isUnspaced(word));
    if (indexed.length === 0) return undefined;
    const count = new Uint8Array(this.size);
    for (const word of indexed) {
      const postings = this.#data.postings(word);
      for (let i = 0; i < postings.length; i++) if (postings[i] & TITLE) count[postings[i] >>> 5]++;
    }
    // And, where the index knows, whether a word of the title starts with the word being typed.
    const titled = typing === undefined ? undefined : this.#data.titledWith?.(typing);
    for (let doc = 0; doc < this.size; doc++) count[doc] = count[doc] === indexed.length && (!titled || titled[doc] === 1) ? 1 : 0;
    return count;
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
    const { likeRank, likeOrder } = this.#data;
    docs.forEach((doc, i) => (keys[i] = Math.round(primary(doc) * 1e4) * n + (n - 1 - (likeRank ? likeRank[doc] : doc))));
    keys.sort();
    const order = new Array<number>(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const place = n - 1 - (keys[docs.length - 1 - i] % n);
      order[i] = likeOrder ? likeOrder[place] : place;
    }
    return order;
  }

  /**
   * Per question, the sum of its term scores, each weighed by how rare the term is, and how many
   * terms matched; and the questions all terms matched.
   */
  #match(terms: readonly Term[], typosOfKnownWords: boolean, loose: boolean) {
    const matchedWords = new Set<string>();
    const total = new Float64Array(this.size);
    const matchedTerms = new Uint8Array(this.size);
    // Every word's candidates, and their postings asked for, before anything is scored: an index
    // in shards that lacks some answers again once they have come, and scoring without them
    // would be work thrown away.
    const candidates = terms.map((term) => term.map(({ words }) => words.map((word) => this.#vocabulary.candidates(word, typosOfKnownWords))));
    for (const lists of candidates) for (const list of lists.flat()) for (const [word, weight] of list) if (weight > 0) this.#data.postings(word);
    if (this.#data.missing) return { total, matchedTerms, matchedWords, every: [] as number[] };
    let fewest: number[] | undefined;
    for (const [t, term] of terms.entries()) {
      const { scores, docs } = this.#termScores(term, candidates[t], loose, matchedWords);
      const rarity = idf(docs.length, this.size);
      for (const doc of docs) {
        total[doc] += scores[doc] * rarity;
        matchedTerms[doc]++;
      }
      if (!fewest || docs.length < fewest.length) fewest = docs;
    }
    const all = fewest ?? Array.from({ length: this.size }, (_, doc) => doc);
    const every = Array.from(Int32Array.from(all.filter((doc) => matchedTerms[doc] === terms.length)).sort());
    return { total, matchedTerms, matchedWords, every };
  }

  /**
   * Best score per question for one term: the best alternative, each scored by the sum of its
   * words' best matches. `loose`: a synonym's words count in the body too, for a little (see
   * Alternative.together).
   */
  #termScores(term: Term, candidates: readonly (readonly Candidates[])[], loose: boolean, matchedWords: Set<string>): Scores {
    let best: Scores | undefined;
    for (const [a, { words, weight, together }] of term.entries()) {
      let alternative: Scores | undefined;
      for (const w of words.keys()) {
        const word = this.#wordScores(candidates[a][w], matchedWords, together ? (loose ? APART : 0) : 1);
        if (!alternative) alternative = word;
        else {
          const { scores, docs } = alternative;
          for (const doc of docs) scores[doc] = word.scores[doc] > 0 ? scores[doc] + word.scores[doc] : 0;
          alternative.docs = docs.filter((doc) => scores[doc] > 0);
        }
      }
      const { scores, docs } = alternative!;
      if (weight !== 1) {
        for (const doc of docs) scores[doc] *= weight;
        alternative!.docs = docs.filter((doc) => scores[doc] > 0);
      }
      if (!best) best = alternative!;
      else {
        for (const doc of alternative!.docs) {
          if (best.scores[doc] === 0) best.docs.push(doc);
          best.scores[doc] = Math.max(best.scores[doc], scores[doc]);
        }
      }
    }
    return best!;
  }

  /** `elsewhere`: what a match outside the title and tags is worth, from 0 (nothing) to 1 (as anywhere). */
  #wordScores(candidates: Candidates, matchedWords: Set<string>, elsewhere: number): Scores {
    const scores = new Float64Array(this.size);
    const docs: number[] = [];
    const { titleWeights: titles, bodyWeights: bodies } = this.#data;
    for (const [vocabularyWord, weight] of candidates) {
      if (vocabularyWord[0] !== MERGED) matchedWords.add(vocabularyWord);
      // Matched through a merged list of completions (see IndexData.mergedCompletions).
      if (weight === 0) continue;
      const postings = this.#data.postings(vocabularyWord);
      for (let i = 0; i < postings.length; i++) {
        const posting = postings[i];
        const doc = posting >>> 5;
        const mask = posting & 31;
        const score = postingScore(mask & (TITLE | TAGS) ? weight : weight * elsewhere, fieldsWeight(mask, titles[doc], bodies[doc]));
        if (score > scores[doc]) {
          if (scores[doc] === 0) docs.push(doc);
          scores[doc] = score;
        }
      }
    }
    return { scores, docs };
  }

  /**
   * A query of stopwords only ("what should i") has no indexed word to look up: find it as a
   * phrase in titles instead, the last word as a prefix while it is typed.
   */
  #searchTitles(phrase: string[], open: boolean): SearchResult {
    const needle = ` ${phrase.join(' ')}${open ? '' : ' '}`;
    const matchedWords = new Set(phrase);
    const order: number[] = [];
    const { likeOrder, reach, titleScan } = this.#data;
    // In like order, which is the order of the results: an index in shards stops at its reach.
    for (let place = 0; place < Math.min(this.size, titleScan) && order.length < reach; place++) {
      const doc = likeOrder ? likeOrder[place] : place;
      const title = this.#data.title(doc, true);
      if (this.#data.missing) break;
      const at = title.indexOf(needle);
      if (at < 0) continue;
      order.push(doc);
      // Highlight the word being typed as completed in this title.
      if (open) matchedWords.add(title.slice(at + needle.length - phrase[phrase.length - 1].length, title.indexOf(' ', at + needle.length)));
    }
    if (this.#data.missing) return nothing();
    return { order, matchedWords };
  }
}

/** Titles an index in shards asks for at most in one round of the phrase bonus. */
const MISSING_TITLES = 32;

const nothing = (): SearchResult => ({ order: [], matchedWords: new Set() });

