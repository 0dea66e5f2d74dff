/**
 * The index build's vocabulary while it reads: word → id, looked up straight from a range of the
 * text being read, so that the millions of words of a large bundle are never each made a string
 * of their own (new words only). A Map of strings did the same with a string and a hash per word,
 * most of the build's time.
 */

/** Ids of stopwords: looked up like any word, and skipped. */
export const STOPWORD = -1;
/** `lookup` found no such word. */
export const UNKNOWN = -2;

const EMPTY = 0;

/** FNV-1a over UTF-16 code units, one step. */
const step = (hash: number, code: number) => Math.imul(hash ^ code, 16777619);
const SEED = 2166136261 | 0;

/** Code unit `code` lowercased, for ASCII letters: what String#toLowerCase gives on ASCII text. */
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** Whether `text` from `start` is `word` once lowercased (ASCII). */
function sameLowercased(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== lower(text.charCodeAt(start + i))) return false;
  return true;
}

export class WordTable {
  /** Per word id: the word, and its hash. */
  readonly #words: string[] = [];
  #values: number[] = [];
  #hashes: number[] = [];
  /** Open addressing: slot → index into words + 1, or EMPTY. */
  #slots = new Int32Array(1 << 12);
  #mask = (1 << 12) - 1;

  /** The value of `word` (see set), or UNKNOWN. */
  get(word: string): number {
    let hash = SEED;
    for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = this.#slots[slot];
      if (entry === EMPTY) return UNKNOWN;
      if (this.#hashes[entry - 1] === hash && this.#words[entry - 1] === word) return this.#values[entry - 1];
    }
  }

  /**
   * The value of the word `text.slice(start, end)` lowercased (ASCII text), or UNKNOWN. Reads the
   * text where it is.
   */
  getRange(text: string, start: number, end: number): number {
    let hash = SEED;
    for (let i = start; i < end; i++) hash = step(hash, lower(text.charCodeAt(i)));
    const length = end - start;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const entry = this.#slots[slot];
      if (entry === EMPTY) return UNKNOWN;
      if (this.#hashes[entry - 1] !== hash) continue;
      const word = this.#words[entry - 1];
      if (word.length === length && sameLowercased(word, text, start)) return this.#values[entry - 1];
    }
  }

  /** Adds `word`, not in the table yet, with `value`. */
  add(word: string, value: number): void {
    let hash = SEED;
    for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
    this.#words.push(word);
    this.#values.push(value);
    this.#hashes.push(hash);
    if (this.#words.length * 2 > this.#slots.length) this.#grow();
    else this.#place(hash, this.#words.length);
  }

  #place(hash: number, entry: number): void {
    let slot = hash & this.#mask;
    while (this.#slots[slot] !== EMPTY) slot = (slot + 1) & this.#mask;
    this.#slots[slot] = entry;
  }

  #grow(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    this.#mask = this.#slots.length - 1;
    for (let entry = 1; entry <= this.#words.length; entry++) this.#place(this.#hashes[entry - 1], entry);
  }
}
