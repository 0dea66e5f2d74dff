/**
 * The layout of a deployment's search index (the deployment itself: format.ts). A file of its
 * own because the search engine's file reads it, and that file imports nothing of the rest of
 * the library (see search/index.ts).
 */
/**
 * The search index, in `<files>/search/`, split so that a query fetches only what its words need
 * (`search-files.ts` writes it, `sharded-index.ts` reads it). Questions are numbered by their
 * place in like order, the engine's tie-break, as every list of the deployment does.
 *
 * - `index.json` (SearchMeta): how the index reads, and which first letters its words have;
 * - `words/<letter>.json` (WordsFile), one per first letter (its UTF-16 code unit in hex): that
 *   letter's words, sorted, what typos and completions are looked for among, with how many
 *   questions use each, their stems and where their postings are;
 * - `postings/<n>.json` (PostingsFile): the postings of a run of words in the order of the
 *   words files, about POSTINGS_FILE_CHARS each (a word with more has a file of its own);
 * - `prefixes/<n>.json` (MergedFile): for a start of words whose completions (the ones
 *   the engine takes) have more than MERGED_FROM postings, or that starts more words than the
 *   engine takes, those postings merged, each question
 *   once, with its best completion: what a word being typed costs, in far fewer bytes. Starts
 *   whose lists are the same ("negoti", "negotia") share a file;
 * - `titled/<code units>.json`, for the same starts: the questions in like order with a word in
 *   their title that starts with it (any word, stopwords too), as gaps (the first from -1):
 *   where a phrase being typed can be, so that its bonus reads few titles;
 * - `answers/<code units>.json` (AnswerFile), for the same starts and for stopwords: the
 *   engine's own answer to that start typed alone (and to a single letter), the query a reader's first word makes at each keystroke, which then
 *   costs no merged list;
 * - `lengths/<k>.json`: the title's and the body's length of the questions from
 *   `k * LENGTHS_PER_FILE` on in like order, as [title, body, title, body...]: what scores need;
 * - `titles/<k>.json`: the titles (as the engine compares them) of the questions from
 *   `k * TITLES_PER_FILE` on in like order, for the bonus of a phrase found in a title.
 */
export const SEARCH_META_FILE = 'search/index.json';
/** Results of a query that are exact: the feed's first page and more. */
export const SHARDED_REACH = 40;
/** The most liked titles a query of stopwords only ("what should i") is looked for in. */
export const TITLE_SCAN = 2048;
export const TITLES_PER_FILE = 16;
export const POSTINGS_FILE_CHARS = 2048;
export const MERGED_FROM = 2000;
export const LENGTHS_PER_FILE = 16_384;
/** A merged list's code for a question: CODE_BASE plus the index of its pair; NO_CODE for none. */
export const CODE_BASE = 0x30;
export const NO_CODE = ' ';
/** A list of one question in this many or more is written one character per question. */
export const DENSE_FROM = 16;

export interface SearchMeta {
  /** The search language the index was read in ("en"). */
  lang: string;
  size: number;
  /** BM25F's average title and body length, in words. */
  titleAverage: number;
  bodyAverage: number;
  /** The first letters of words and stems, sorted: the words files there are. */
  letters: string[];
  titlesPerFile: number;
  lengthsPerFile: number;
}

export interface WordsFile {
  words: string[];
  /** How many questions use each word. */
  counts: number[];
  /**
   * Each word's stem: the length of the word's start that it is, itself when not a start, or
   * null for none or one that starts with another letter (that letter's file has it, in
   * `foreign`).
   */
  stems: (number | string | null)[];
  /** [stem, ...words]: words of other letters whose stem starts with this one. */
  foreign: string[][];
  /** The postings file of this letter's first word; those of its words after are the next ones. */
  postingsFrom: number;
  /**
   * Where each of the next postings files starts, as gaps: file `postingsFrom + i + 1` holds the
   * words from the sum of the first `i + 1` gaps on.
   */
  postingsGaps: number[];
  /** The starts of this letter's words that have a merged list (and an answer, and titled questions), sorted. */
  merged: string[];
  /** For each of `merged`, the number of its merged list's file: starts whose lists are the same share one. */
  mergedIn: number[];
  /** Stopwords and single letters with an answer (and nothing else), each alone and followed by a space. */
  answered: string[];
}

export interface MergedFile {
  /** [length of the completion, fields] that the codes stand for. */
  pairs: [number, number][];
  /**
   * Per question in like order, its code (CODE_BASE + the index of its pair, or NO_CODE); or,
   * with `gaps`, the codes of those questions only.
   */
  codes: string;
  /** The questions that have a code, in like order, each as its gap to the one before (the first from -1). */
  gaps?: number[];
}

export interface AnswerFile {
  /** How many questions match. */
  total: number;
  /** The first SHARDED_REACH of them, as places in like order. */
  first: number[];
  /** The words that matched, to highlight. */
  words: string[];
}

export interface PostingsFile {
  words: string[];
  /**
   * Per word, its postings in question order: each the gap to the question before, times 32,
   * plus its fields (index-parts.ts); or, for a word of at least one question in DENSE_FROM, one
   * character per question: CODE_BASE + its fields, or NO_CODE.
   */
  postings: (number[] | string)[];
}

export const wordsFile = (letter: string): string => `search/words/${letter.charCodeAt(0).toString(16)}.json`;
export const postingsFile = (n: number): string => `search/postings/${n}.json`;
export const titlesFile = (k: number): string => `search/titles/${k}.json`;
export const lengthsFile = (k: number): string => `search/lengths/${k}.json`;
const codeUnits = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i).toString(16)).join('-');
export const mergedFile = (n: number): string => `search/prefixes/${n}.json`;
export const answerFile = (prefix: string): string => `search/answers/${codeUnits(prefix)}.json`;
export const titledFile = (prefix: string): string => `search/titled/${codeUnits(prefix)}.json`;
