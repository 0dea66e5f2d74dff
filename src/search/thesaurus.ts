/**
 * Synonyms: groups of words and phrases a reader may use for one another. A query's words that
 * spell one entry of a group (compared by stem, so "supervisors" is "supervisor") also match
 * every other entry of the group, below the words as typed.
 */
import { isUnspaced, isWord, joinedWord, normalize, segmentWords, WORD_GROUP } from './tokenize.js';

export type SynonymGroup = readonly string[];

/** Enough for any real group; a larger one would cost every keystroke that meets it. */
const MAX_ENTRIES = 16;

/** The groups of a thesaurus file: one per line, entries separated by commas. */
export function parseThesaurus(text: string): SynonymGroup[] {
  return text
    .split('\n')
    .map((line) => line.split(',').map((entry) => entry.trim()).filter(Boolean))
    .filter((group) => group.length > 1);
}

interface Entry {
  /** What each word is compared by (see Analysis.key). */
  keys: string[];
  /** The words as the index has them. */
  words: string[];
  /** The keys as one string, what tells entries apart. */
  spelling: string;
  /**
   * Whether the entry is looked up in questions too, not only recognised in queries: one that
   * repeats a word ("manager's manager") would match any question with the word once.
   */
  searched: boolean;
  group: number;
}

export interface SynonymMatch {
  /** How many query words the entry spelled. */
  span: number;
  /** The other entries of its groups that are searched, as words. */
  others: string[][];
}

interface Language {
  stopwords: ReadonlySet<string>;
  key(word: string): string;
}

/** The words of an entry, as a query of it would have them: each group joined up, stopwords left out. */
function entryWords(entry: string, stopwords: ReadonlySet<string>): string[] {
  const words: string[] = [];
  for (const group of normalize(entry).match(WORD_GROUP) ?? []) {
    if (isUnspaced(group)) words.push(...segmentWords(group));
    else words.push(joinedWord(group));
  }
  return words.filter((word) => isWord(word) && !stopwords.has(word));
}

export class Thesaurus {
  /** Entries by the key of their first word. */
  readonly #entries = new Map<string, Entry[]>();
  readonly #groups: Entry[][] = [];

  constructor(groups: readonly SynonymGroup[], language: Language) {
    for (const group of groups) {
      const entries: Entry[] = [];
      const seen = new Set<string>();
      for (const text of group) {
        const words = entryWords(text, language.stopwords);
        const keys = words.map((word) => language.key(word));
        const spelling = keys.join(' ');
        // An entry of stopwords only ("it") cannot be looked up, and one spelled twice is one.
        if (words.length === 0 || seen.has(spelling)) continue;
        seen.add(spelling);
        entries.push({ keys, words, spelling, searched: new Set(words).size === words.length, group: this.#groups.length });
      }
      if (entries.length < 2) continue;
      this.#groups.push(entries.slice(0, MAX_ENTRIES));
      for (const entry of this.#groups[this.#groups.length - 1]) {
        const list = this.#entries.get(entry.keys[0]);
        if (list) list.push(entry);
        else this.#entries.set(entry.keys[0], [entry]);
      }
    }
  }

  get size(): number {
    return this.#groups.length;
  }

  /** The longest entry spelled by the query word keys from `from` on, and its synonyms; undefined if none. */
  match(keys: readonly (string | undefined)[], from: number): SynonymMatch | undefined {
    const first = keys[from];
    const candidates = first === undefined ? undefined : this.#entries.get(first);
    if (!candidates) return undefined;
    let span = 0;
    let spelled: Entry[] = [];
    for (const entry of candidates) {
      const length = entry.keys.length;
      if (length < span || !entry.keys.every((key, i) => keys[from + i] === key)) continue;
      if (length > span) spelled = [];
      span = length;
      spelled.push(entry);
    }
    if (span === 0) return undefined;
    const others: string[][] = [];
    const own = new Set(spelled.map((entry) => entry.spelling));
    for (const { group } of spelled) {
      for (const entry of this.#groups[group]) {
        if (own.has(entry.spelling)) continue;
        own.add(entry.spelling);
        if (entry.searched) others.push(entry.words);
      }
    }
    return { span, others };
  }
}
