/**
 * The build of an index: every question's words read once into postings (word → questions and
 * the fields it occurs in), grouped by word, and the vocabulary sorted and stemmed. As small
 * steps, so that QuestionIndex.build() can run them in time slices and buildSync() all at once.
 */
import type { Question } from '../content/schema.js';
import { Analysis, type LanguageOptions, type SearchLanguage } from './language.js';
import english from './languages/en.js';
import {
  ASCII,
  ASCII_SCAN_MAX,
  forEachAsciiGroup,
  forEachJoinedWord,
  forEachWord,
  MAX_WORD_LENGTH,
  normalize,
  phraseOf,
  withoutLinkTargets,
} from './tokenize.js';
import { STOPWORD, UNKNOWN, WordTable } from './word-table.js';
import type { Bucket } from './vocabulary.js';

// Fields a word occurs in, as bits of a posting: docIndex * 32 + fieldMask.
export const TITLE = 1;
export const TAGS = 2;
export const AUTHOR = 4;
export const BODY = 8;
export const ANSWERS = 16;

/** Rows of the postings log grouped per build step: a small fraction of a slice. */
const ROWS_PER_STEP = 1 << 16;

export interface PartsOptions extends LanguageOptions {
  /** The language of the questions: English when not given (see languages/). */
  language?: SearchLanguage;
}

/**
 * A field's length in words as the index keeps it: exact up to 15, then to four significant bits
 * (at most an eighth less), as Lucene keeps its length norms. A word or two more barely changes
 * what a long body weighs; a deployment sends every question's lengths to a reader who searches,
 * and kept this way they are a third fewer bytes.
 */
export function keptLength(length: number): number {
  const capped = Math.min(length, 0xffff);
  const shift = Math.max(0, 32 - Math.clz32(capped) - 4);
  return (capped >>> shift) << shift;
}

export interface IndexParts {
  analysis: Analysis;
  /** Vocabulary word → id. */
  ids: Map<string, number>;
  /** The postings of word id i are postings[offsets[i] .. offsets[i + 1]), in question order. */
  offsets: Int32Array;
  postings: Int32Array;
  /** The vocabulary by first letter, sorted. */
  buckets: Map<string, Bucket>;
  /** Stem → the vocabulary words with that stem. */
  stems: Map<string, string[]>;
  /** Each title as phraseOf() gives it. */
  titles: string[];
  /** Questions by likes (most first), then bundle order. */
  likeOrder: Int32Array;
  /** Words in each title and body, stopwords included (BM25F's field lengths). */
  titleLengths: Uint16Array;
  bodyLengths: Uint16Array;
}

/** `array`, or a copy twice as long when `index` is past its end. */
function grown(array: Int32Array<ArrayBuffer>, index: number): Int32Array<ArrayBuffer> {
  if (index < array.length) return array;
  const longer = new Int32Array(array.length * 2);
  longer.set(array);
  return longer;
}

export function* indexParts(questions: readonly Question[], options: PartsOptions): Generator<void, IndexParts> {
  const reader = partsReader(options, questions.length);
  for (const question of questions) {
    reader.read(question);
    yield;
  }
  return yield* reader.parts();
}

/** Growing to `length` at least, a copy when longer than `array`. */
function lengthened(array: Uint16Array<ArrayBuffer>, length: number): Uint16Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const longer = new Uint16Array(Math.max(length, array.length * 2));
  longer.set(array);
  return longer;
}

/**
 * Reads questions one at a time, then makes the parts: for a build that streams its bundle
 * (`pip-widgets build`), whose questions are never all held at once. `expected`: how many
 * questions, when known.
 */
export function partsReader(options: PartsOptions, expected = 1024): { read(question: Question): void; parts(): Generator<void, IndexParts> } {
  const analysis = new Analysis(options.language ?? english, options);
  // A lookup per word of text is the heart of the build: stopwords are in the table too, so that
  // one lookup also drops them.
  const table = new WordTable();
  for (const word of analysis.stopwords) table.add(word, STOPWORD);
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
  let titleLengths = new Uint16Array(expected);
  let bodyLengths = new Uint16Array(expected);
  /** Words of the field being read, stopwords included: BM25F's field length. */
  let length = 0;
  const append = (id: number) => {
    logWords = grown(logWords, logSize);
    logPostings = grown(logPostings, logSize);
    logWords[logSize] = id;
    logPostings[logSize] = doc * 32 + field;
    lastRow[id] = logSize++;
  };
  const postNew = (word: string) => {
    const id = words.length;
    table.add(word, id);
    words.push(word);
    lastRow = grown(lastRow, id);
    append(id);
  };
  const postKnown = (id: number) => {
    if (id === STOPWORD) return;
    if (logPostings[lastRow[id]] >>> 5 === doc) logPostings[lastRow[id]] |= field;
    else append(id);
  };
  const post = (word: string) => {
    length++;
    const id = table.get(word);
    if (id === UNKNOWN) postNew(word);
    else postKnown(id);
  };
  const postRun = (text: string, start: number, end: number) => {
    if (end - start < 2) return;
    length++;
    const cutEnd = Math.min(end, start + MAX_WORD_LENGTH);
    const id = table.getRange(text, start, cutEnd);
    if (id === UNKNOWN) postNew(text.slice(start, cutEnd).toLowerCase());
    else postKnown(id);
  };
  const postJoined = (group: string) => forEachJoinedWord(group, post);
  const add = (text: string | undefined, inField: number) => {
    field = inField;
    if (!text) return;
    // ASCII, nearly all text, is read in place; other text as the queries are (see tokenize.ts).
    if (text.length <= ASCII_SCAN_MAX && ASCII.test(text)) forEachAsciiGroup(text, postRun, postJoined);
    else forEachWord(normalize(text), post);
  };
  const fieldLength = () => keptLength(length);
  const read = (question: Question) => {
    titleLengths = lengthened(titleLengths, doc + 1);
    bodyLengths = lengthened(bodyLengths, doc + 1);
    length = 0;
    add(question.title, TITLE);
    titleLengths[doc] = fieldLength();
    for (const tag of question.tags ?? []) add(tag, TAGS);
    const author = question.author;
    if (author) for (const text of [author.name, author.level, author.role, author.company]) add(text, AUTHOR);
    length = 0;
    add(withoutLinkTargets(question.body), BODY);
    bodyLengths[doc] = fieldLength();
    for (const answer of question.answers ?? []) {
      add(withoutLinkTargets(answer.body), ANSWERS);
      add(answer.author?.name, ANSWERS);
    }
    titles.push(phraseOf(normalize(question.title)));
    // Whole, at least 0, at most 2^31: tie-break keys must stay exact (see #rank).
    likes.push(Math.min(Math.max(Math.trunc(question.likes ?? 0), 0), 2 ** 31) || 0);
    doc++;
  };
  function* parts(): Generator<void, IndexParts> {
    const ids = new Map(words.map((word, id) => [word, id]));

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
    // One bucket per step: sorting and stemming the whole vocabulary at once would be one long task.
    const stems = new Map<string, string[]>();
    for (const bucket of buckets.values()) {
      bucket.words.sort();
      for (const word of bucket.words) {
        const stem = analysis.stem(word);
        if (stem === undefined) continue;
        const group = stems.get(stem);
        if (group) group.push(word);
        else stems.set(stem, [word]);
      }
      yield;
    }
    const n = doc;
    const byLikes = Float64Array.from(likes, (count, doc) => count * n + (n - 1 - doc)).sort().reverse();
    const likeOrder = Int32Array.from(byLikes, (key) => n - 1 - (key % n));
    return { analysis, ids, offsets, postings, buckets, stems, titles, likeOrder, titleLengths: titleLengths.slice(0, n), bodyLengths: bodyLengths.slice(0, n) };
  }
  return { read, parts };
}
