/**
 * A deployment's search index as the engine reads it (IndexData): the files fetched so far,
 * decoded, and the paths of those a query asked for and did not find (`wanted`). ShardedIndex
 * fetches them and asks again.
 */
import { Analysis } from '../search/language.js';
import { B_BODY, B_TITLE, BODY_WEIGHT, lengthWeight, MERGED, TITLE_WEIGHT, type IndexData } from '../search/index-data.js';
import { TITLE } from '../search/index-parts.js';
import { startingWith } from '../search/typos.js';
import type { Bucket } from '../search/vocabulary.js';
import {
  answerFile,
  CODE_BASE,
  lengthsFile,
  mergedFile,
  NO_CODE,
  postingsFile,
  SHARDED_REACH,
  TITLE_SCAN,
  titledFile,
  titlesFile,
  wordsFile,
  type AnswerFile,
  type MergedFile,
  type PostingsFile,
  type SearchMeta,
  type WordsFile,
} from './index-format.js';

interface Letter {
  bucket: Bucket;
  counts: Map<string, number>;
  stems: Map<string, string[]>;
  /** The postings file of the letter's first word, and the index of the first word of each file after it. */
  postingsFrom: number;
  postingsStarts: number[];
  index: Map<string, number>;
  /** Starts with a merged list, and its file. */
  merged: ReadonlyMap<string, number>;
  answered: ReadonlySet<string>;
}

const NOTHING = new Int32Array(0);

/** Title files fetched at once while a query of stopwords only reads them. */
const SCAN_AHEAD = 32;

/** Prefixes whose titled questions are kept (see titledWith). */
const TITLED_KEPT = 16;

/** The index of a deployment as the engine reads it: what has been fetched, and what a query asked for that has not. */
export class ShardedData implements IndexData {
  readonly analysis: Analysis;
  readonly size: number;
  readonly titleWeights: Float32Array;
  readonly bodyWeights: Float32Array;
  readonly reach = SHARDED_REACH;
  readonly titleScan = TITLE_SCAN;
  readonly #meta: SearchMeta;
  readonly #letters: ReadonlySet<string>;
  readonly #words = new Map<string, Letter>();
  readonly #postings = new Map<string, Int32Array>();
  readonly #postingsFiles = new Set<number>();
  readonly #titles = new Map<number, string[]>();
  /** Merged lists by file: per completion length, its postings. */
  readonly #merged = new Map<number, Map<number, Int32Array>>();
  readonly #lengthsFiles = new Set<number>();
  /** Per prefix, the questions with a title word that starts with it (see IndexData.titledWith). */
  readonly #titled = new Map<string, Uint8Array>();
  readonly #mergedTitled = new Map<string, readonly number[]>();
  readonly #answers = new Map<string, AnswerFile>();
  /** Paths asked for and not at hand, since the last `forget`. */
  readonly wanted = new Set<string>();

  constructor(meta: SearchMeta, analysis: Analysis) {
    this.#meta = meta;
    this.analysis = analysis;
    this.size = meta.size;
    this.#letters = new Set(meta.letters);
    this.titleWeights = new Float32Array(meta.size);
    this.bodyWeights = new Float32Array(meta.size);
  }

  get missing(): boolean {
    return this.wanted.size > 0;
  }

  #letter(letter: string | undefined): Letter | undefined {
    if (letter === undefined || !this.#letters.has(letter)) return undefined;
    const found = this.#words.get(letter);
    if (!found) this.wanted.add(wordsFile(letter));
    return found;
  }

  frequency(word: string): number {
    return this.#letter(word[0])?.counts.get(word) ?? 0;
  }

  bucket(letter: string): Bucket | undefined {
    return this.#letter(letter)?.bucket;
  }

  stemGroup(stem: string): readonly string[] | undefined {
    return this.#letter(stem[0])?.stems.get(stem);
  }

  mergedCompletions(prefix: string): readonly number[] | undefined {
    const file = this.#letter(prefix[0])?.merged.get(prefix);
    if (file === undefined) return undefined;
    const lists = this.#merged.get(file);
    if (!lists) this.wanted.add(mergedFile(file));
    // A phrase being typed ("severance pa") asks for the start's titled questions once it is
    // scored: fetched with its list, that is a round of files fewer. A few KB when not needed.
    if (!this.#mergedTitled.has(prefix)) this.wanted.add(titledFile(prefix));
    this.#wantLengths();
    return lists && !this.missing ? [...lists.keys()] : [];
  }

  /** Scores need the questions' lengths: every question's, once (see format.ts). */
  #wantLengths(): void {
    const { size, lengthsPerFile } = this.#meta;
    // Asked on every postings list: once they have all come, nothing to count.
    if (this.#lengthsFiles.size * lengthsPerFile >= size) return;
    for (let k = 0; k * lengthsPerFile < size; k++) if (!this.#lengthsFiles.has(k)) this.wanted.add(lengthsFile(k));
  }

  titledWith(prefix: string): Uint8Array | undefined {
    const letter = this.#letter(prefix[0]);
    if (!letter) return undefined;
    let titled = this.#titled.get(prefix);
    if (titled) return titled;
    if (letter.merged.has(prefix)) {
      const gaps = this.#mergedTitled.get(prefix);
      if (!gaps) {
        this.wanted.add(titledFile(prefix));
        return undefined;
      }
      titled = new Uint8Array(this.size);
      let place = -1;
      for (const gap of gaps) titled[(place += gap)] = 1;
      this.#remember(prefix, titled);
      return titled;
    }
    // Not merged (so no stopword starts with it, see search-files.ts): the engine completes every
    // word that starts with it, and their postings say.
    titled = new Uint8Array(this.size);
    const [from, to] = startingWith(letter.bucket.words, prefix);
    for (let i = from; i < to; i++) {
      for (const posting of this.postings(letter.bucket.words[i])) if (posting & TITLE) titled[posting >>> 5] = 1;
    }
    if (this.missing) return undefined;
    this.#remember(prefix, titled);
    return titled;
  }

  /** The answer kept for `word` typed alone, if there is one (see format.ts). */
  answer(word: string): AnswerFile | undefined {
    const letter = this.#letter(word[0]);
    if (!letter?.merged.has(word) && !letter?.answered.has(word)) return undefined;
    const answer = this.#answers.get(word);
    if (!answer) this.wanted.add(answerFile(word));
    return answer;
  }

  /** Keeps the last few only: each is a byte per question. */
  #remember(prefix: string, titled: Uint8Array): void {
    if (this.#titled.size >= TITLED_KEPT) this.#titled.delete(this.#titled.keys().next().value!);
    this.#titled.set(prefix, titled);
  }

  postings(word: string): Int32Array {
    this.#wantLengths();
    if (word[0] === MERGED) {
      const [, length, prefix] = word.split(MERGED);
      const file = this.#letter(prefix[0])?.merged.get(prefix);
      return (file !== undefined && this.#merged.get(file)?.get(Number(length))) || NOTHING;
    }
    const found = this.#postings.get(word);
    if (found) return found;
    const letter = this.#letter(word[0]);
    const index = letter?.index.get(word);
    if (letter === undefined || index === undefined) return NOTHING;
    const file = letter.postingsFrom + runHolding(letter.postingsStarts, index);
    if (!this.#postingsFiles.has(file)) this.wanted.add(postingsFile(file));
    return NOTHING;
  }

  title(doc: number, scanning = false): string {
    const per = this.#meta.titlesPerFile;
    const file = Math.floor(doc / per);
    const titles = this.#titles.get(file);
    if (titles) return titles[doc % per];
    // Read one after another: a few files a round. Else (a phrase's bonus) only the one.
    const ahead = scanning ? SCAN_AHEAD : 1;
    for (let next = file; next < file + ahead && next * per < this.size; next++) {
      if (!this.#titles.has(next)) this.wanted.add(titlesFile(next));
    }
    return '';
  }

  /** Takes in a fetched file. */
  take(path: string, content: unknown): void {
    const [, kind, file] = path.split('/');
    const name = file.slice(0, -'.json'.length);
    if (kind === 'words') this.#takeWords(String.fromCharCode(Number.parseInt(name, 16)), content as WordsFile);
    else if (kind === 'postings') this.#takePostings(Number(name), content as PostingsFile);
    else if (kind === 'titles') this.#titles.set(Number(name), content as string[]);
    else if (kind === 'lengths') this.#takeLengths(Number(name), content as number[]);
    else if (kind === 'prefixes') this.#takeMerged(Number(name), content as MergedFile);
    else if (kind === 'titled') this.#mergedTitled.set(fromCodeUnits(name), content as number[]);
    else if (kind === 'answers') this.#answers.set(fromCodeUnits(name), content as AnswerFile);
  }

  #takeLengths(k: number, lengths: readonly number[]): void {
    const { titleAverage, bodyAverage, lengthsPerFile } = this.#meta;
    for (let i = 0; i < lengths.length / 2; i++) {
      const place = k * lengthsPerFile + i;
      this.titleWeights[place] = lengthWeight(lengths[2 * i], TITLE_WEIGHT, B_TITLE, titleAverage);
      this.bodyWeights[place] = lengthWeight(lengths[2 * i + 1], BODY_WEIGHT, B_BODY, bodyAverage);
    }
    this.#lengthsFiles.add(k);
  }

  #takeMerged(n: number, { pairs, codes, gaps }: MergedFile): void {
    const byLength = new Map<number, number[]>();
    const add = (place: number, code: number) => {
      const [length, fields] = pairs[code - CODE_BASE];
      const list = byLength.get(length);
      if (list) list.push(place * 32 + fields);
      else byLength.set(length, [place * 32 + fields]);
    };
    if (gaps) {
      let place = -1;
      gaps.forEach((gap, i) => add((place += gap), codes.charCodeAt(i)));
    } else {
      for (let place = 0; place < codes.length; place++) if (codes[place] !== NO_CODE) add(place, codes.charCodeAt(place));
    }
    this.#merged.set(n, new Map([...byLength].map(([length, list]) => [length, Int32Array.from(list)])));
  }

  #takeWords(letter: string, file: WordsFile): void {
    let start = 0;
    const stems = new Map<string, string[]>();
    const group = (stem: string, ...words: string[]) => stems.get(stem)?.push(...words) ?? stems.set(stem, words);
    file.words.forEach((word, i) => {
      const stem = file.stems[i];
      if (stem !== null) group(typeof stem === 'number' ? word.slice(0, stem) : stem, word);
    });
    for (const [stem, ...words] of file.foreign) group(stem, ...words);
    this.#words.set(letter, {
      bucket: { words: file.words, fuses: new Map() },
      counts: new Map(file.words.map((word, i) => [word, file.counts[i]])),
      index: new Map(file.words.map((word, i) => [word, i])),
      stems,
      postingsFrom: file.postingsFrom,
      postingsStarts: file.postingsGaps.map((gap) => (start += gap)),
      merged: new Map(file.merged.map((prefix, i) => [prefix, file.mergedIn[i]])),
      answered: new Set(file.answered),
    });
  }

  #takePostings(n: number, file: PostingsFile): void {
    file.words.forEach((word, i) => {
      const encoded = file.postings[i];
      const postings: number[] = [];
      if (typeof encoded === 'string') {
        for (let place = 0; place < encoded.length; place++) if (encoded[place] !== NO_CODE) postings.push(place * 32 + encoded.charCodeAt(place) - CODE_BASE);
      } else {
        let place = 0;
        for (const value of encoded) {
          const fields = value & 31;
          place += (value - fields) / 32;
          postings.push(place * 32 + fields);
        }
      }
      this.#postings.set(word, Int32Array.from(postings));
    });
    this.#postingsFiles.add(n);
  }
}

const fromCodeUnits = (name: string) => String.fromCharCode(...name.split('-').map((unit) => Number.parseInt(unit, 16)));

/** How many of the files after a letter's first one start at or before the word at `index`. */
function runHolding(starts: readonly number[], index: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle] <= index) low = middle + 1;
    else high = middle;
  }
  return low;
}
