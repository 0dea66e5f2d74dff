/**
 * Writes a bundle's search index as the shards a deployment serves (see format.ts): from the
 * parts the engine builds its index from, so that the engine finds in the shards what it would
 * find in memory.
 */
import type { IndexParts } from '../search/index-parts.js';
import { averageLength, MemoryIndexData } from '../search/index-data.js';
import { Analysis, type LanguageOptions, type SearchLanguage } from '../search/language.js';
import { parseQuery } from '../search/query.js';
import { QuestionIndex } from '../search/question-index.js';
import { fieldsWeight, postingScore } from '../search/scoring.js';
import { startingWith } from '../search/typos.js';
import { completesFrom, completionWeight, MAX_PREFIX_WORDS, topCompletions } from '../search/vocabulary.js';
import {
  answerFile,
  CODE_BASE,
  DENSE_FROM,
  LENGTHS_PER_FILE,
  lengthsFile,
  MERGED_FROM,
  mergedFile,
  NO_CODE,
  POSTINGS_FILE_CHARS,
  postingsFile,
  SEARCH_META_FILE,
  SHARDED_REACH,
  TITLE_SCAN,
  TITLES_PER_FILE,
  titledFile,
  titlesFile,
  wordsFile,
  type AnswerFile,
  type MergedFile,
  type PostingsFile,
  type SearchMeta,
  type WordsFile,
} from './index-format.js';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files of the index, as [path, text]. `options`: the bundle's own search settings, which answers depend on. */
export function* searchFiles(parts: IndexParts, language: SearchLanguage, options: LanguageOptions): Generator<[string, string]> {
  const { analysis, buckets, likeOrder, titleLengths, bodyLengths, titles } = parts;
  const size = titles.length;
  const rank = new Int32Array(size);
  likeOrder.forEach((doc, place) => (rank[doc] = place));

  const letters = new Set(buckets.keys());
  const files = new Map<string, WordsFile>();
  const fileOf = (letter: string) => {
    let file = files.get(letter);
    if (!file) files.set(letter, (file = { words: [], counts: [], stems: [], foreign: [], postingsFrom: 0, postingsGaps: [], merged: [], mergedIn: [], answered: [] }));
    return file;
  };
  const foreign = new Map<string, Map<string, string[]>>();
  for (const letter of [...letters].sort(byCodeUnits)) {
    const file = fileOf(letter);
    for (const word of buckets.get(letter)!.words) {
      const id = parts.ids.get(word)!;
      file.words.push(word);
      file.counts.push(parts.offsets[id + 1] - parts.offsets[id]);
      const stem = analysis.stem(word);
      if (stem === undefined || stem === '') file.stems.push(null);
      else if (stem[0] !== letter) {
        file.stems.push(null);
        let stems = foreign.get(stem[0]);
        if (!stems) foreign.set(stem[0], (stems = new Map()));
        stems.get(stem)?.push(word) ?? stems.set(stem, [word]);
      } else file.stems.push(word.startsWith(stem) ? stem.length : stem);
    }
  }
  for (const [letter, stems] of foreign) {
    letters.add(letter);
    fileOf(letter).foreign = [...stems].sort(([a], [b]) => byCodeUnits(a, b)).map(([stem, words]) => [stem, ...words]);
  }

  const sorted = [...letters].sort(byCodeUnits);
  yield* postingsFiles(parts, rank, sorted.map((letter) => files.get(letter)!));

  const memory = new MemoryIndexData(parts);
  const frequency = (word: string) => memory.frequency(word);
  const completionsOf = new Map<string, string[]>();
  const stopwords = [...analysis.stopwords];
  const startsStopword = (prefix: string) => stopwords.some((stopword) => stopword.startsWith(prefix));
  for (const letter of sorted) {
    const file = files.get(letter)!;
    const prefixes = new Set<string>();
    for (const word of file.words) {
      for (let length = 1; length < word.length; length++) {
        const prefix = word.slice(0, length);
        if (completesFrom(prefix)) prefixes.add(prefix);
      }
    }
    for (const prefix of [...prefixes].sort(byCodeUnits)) {
      const [from, to] = startingWith(file.words, prefix);
      const completions = topCompletions(file.words, prefix, frequency);
      // More words than the engine completes, or the start of a stopword (not indexed): only a
      // merged list, from the titles themselves, can say which titles have one.
      const alone = to - from <= MAX_PREFIX_WORDS && !startsStopword(prefix);
      if (alone && completions.reduce((sum, word) => sum + frequency(word), 0) < MERGED_FROM) continue;
      file.merged.push(prefix);
      completionsOf.set(prefix, completions);
    }
  }
  const titled = titledPlaces([...completionsOf.keys()], titles, likeOrder);
  const engine = new QuestionIndex(new MemoryIndexData({ ...parts, analysis: new Analysis(language, options) }));
  const answerOf = (word: string) => answer(engine, analysis.stopwords, word, rank, (place) => titles[likeOrder[place]]);
  // Stopwords and single letters typed alone ("how", the first key of every query): titles would be read for them.
  for (const stopword of new Set([...stopwords, ...sorted])) {
    const file = files.get(stopword[0]);
    const { terms, phrase, open } = parseQuery(stopword, analysis.stopwords);
    if (!file || terms.length > 0 || phrase.length !== 1 || phrase[0] !== stopword || !open) continue;
    // Typed, and followed by a space: " how " is looked for then. A merged start has its own answer.
    for (const typed of [stopword, `${stopword} `]) {
      if (file.merged.includes(typed)) continue;
      file.answered.push(typed);
      yield [answerFile(typed), JSON.stringify(answerOf(typed))];
    }
  }
  /** Merged lists by their text: starts with the same list share its file. */
  const mergedFiles = new Map<string, number>();
  for (const [prefix, completions] of completionsOf) {
    const list = JSON.stringify(merged(prefix, completions, memory, rank));
    let n = mergedFiles.get(list);
    if (n === undefined) {
      mergedFiles.set(list, (n = mergedFiles.size));
      yield [mergedFile(n), list];
    }
    files.get(prefix[0])!.mergedIn.push(n);
    yield [answerFile(prefix), JSON.stringify(answerOf(prefix))];
    const places = titled.get(prefix)!;
    yield [titledFile(prefix), JSON.stringify(places.map((place, i) => place - (i === 0 ? -1 : places[i - 1])))];
  }
  for (const letter of sorted) yield [wordsFile(letter), JSON.stringify(files.get(letter))];
  for (let start = 0; start < size; start += LENGTHS_PER_FILE) {
    const lengths: number[] = [];
    for (let place = start; place < Math.min(size, start + LENGTHS_PER_FILE); place++) lengths.push(titleLengths[likeOrder[place]], bodyLengths[likeOrder[place]]);
    yield [lengthsFile(start / LENGTHS_PER_FILE), JSON.stringify(lengths)];
  }

  for (let start = 0; start < size; start += TITLES_PER_FILE) {
    const shardTitles: string[] = [];
    for (let place = start; place < Math.min(size, start + TITLES_PER_FILE); place++) shardTitles.push(titles[likeOrder[place]]);
    yield [titlesFile(start / TITLES_PER_FILE), JSON.stringify(shardTitles)];
  }
  const meta: SearchMeta = {
    lang: analysis.lang,
    size,
    titleAverage: averageLength(titleLengths),
    bodyAverage: averageLength(bodyLengths),
    letters: sorted,
    titlesPerFile: TITLES_PER_FILE,
    lengthsPerFile: LENGTHS_PER_FILE,
  };
  yield [SEARCH_META_FILE, JSON.stringify(meta)];
}

/**
 * The postings of `completions` of `prefix`, merged: each question once, with the completion it
 * scores best by, as the engine scores a completion (so the engine finds in it the best it would
 * find among the completions' own postings).
 */
function merged(prefix: string, completions: readonly string[], memory: MemoryIndexData, rank: Int32Array): MergedFile {
  const best = new Float64Array(memory.size);
  const pairOf = new Int32Array(memory.size).fill(-1);
  const pairs: [number, number][] = [];
  const pairIndex = new Map<number, number>();
  for (const word of completions) {
    const weight = completionWeight(prefix, word.length);
    for (const posting of memory.postings(word)) {
      const doc = posting >>> 5;
      const fields = posting & 31;
      const score = postingScore(weight, fieldsWeight(fields, memory.titleWeights[doc], memory.bodyWeights[doc]));
      const place = rank[doc];
      if (score <= best[place]) continue;
      best[place] = score;
      const key = word.length * 32 + fields;
      let index = pairIndex.get(key);
      if (index === undefined) {
        pairIndex.set(key, (index = pairs.length));
        pairs.push([word.length, fields]);
      }
      pairOf[place] = index;
    }
  }
  let count = 0;
  for (const index of pairOf) if (index >= 0) count++;
  const code = (index: number) => String.fromCharCode(CODE_BASE + index);
  // One character per question when most have one; else the gaps between those that do.
  if (count * DENSE_FROM >= memory.size) return { pairs, codes: Array.from(pairOf, (index) => (index < 0 ? NO_CODE : code(index))).join('') };
  const gaps: number[] = [];
  let codes = '';
  let previous = -1;
  pairOf.forEach((index, place) => {
    if (index < 0) return;
    gaps.push(place - previous);
    previous = place;
    codes += code(index);
  });
  return { pairs, codes, gaps };
}

/**
 * A word's postings as PostingsFile has them: the gaps, or for a word of many questions one
 * character per question, which costs fewer bytes.
 */
function encodePostings(postings: Int32Array, size: number): number[] | string {
  if (postings.length * DENSE_FROM >= size) {
    const codes = new Array<string>(size).fill(NO_CODE);
    for (const posting of postings) codes[posting >>> 5] = String.fromCharCode(CODE_BASE + (posting & 31));
    return codes.join('');
  }
  const gaps: number[] = [];
  let previous = 0;
  for (const posting of postings) {
    const place = posting >>> 5;
    gaps.push((place - previous) * 32 + (posting & 31));
    previous = place;
  }
  return gaps;
}

/** The postings files, in runs of words in the words files' order: a word's completions are beside it. Notes in each words file where its words' postings are. */
function* postingsFiles(parts: IndexParts, rank: Int32Array, files: readonly WordsFile[]): Generator<[string, string]> {
  let shard: PostingsFile = { words: [], postings: [] };
  let chars = 0;
  let shards = 0;
  for (const file of files) {
    let runStart = 0;
    for (const [i, word] of file.words.entries()) {
      const id = parts.ids.get(word)!;
      const docs = Int32Array.from(parts.postings.subarray(parts.offsets[id], parts.offsets[id + 1]), (posting) => rank[posting >>> 5] * 32 + (posting & 31)).sort();
      const encoded = encodePostings(docs, rank.length);
      const length = JSON.stringify(encoded).length + word.length + 4;
      if (chars > 0 && chars + length > POSTINGS_FILE_CHARS) {
        yield [postingsFile(shards++), JSON.stringify(shard)];
        shard = { words: [], postings: [] };
        chars = 0;
      }
      if (i === 0) file.postingsFrom = shards;
      else if (file.postingsFrom + file.postingsGaps.length !== shards) {
        file.postingsGaps.push(i - runStart);
        runStart = i;
      }
      shard.words.push(word);
      shard.postings.push(encoded);
      chars += length;
    }
  }
  if (shard.words.length > 0) yield [postingsFile(shards), JSON.stringify(shard)];
}

/** Per prefix, the places in like order of the questions with a title word that starts with it. */
function titledPlaces(prefixes: readonly string[], titles: readonly string[], likeOrder: Int32Array): Map<string, number[]> {
  const titled = new Map<string, number[]>(prefixes.map((prefix) => [prefix, []]));
  for (let place = 0; place < likeOrder.length; place++) {
    for (const word of titles[likeOrder[place]].split(' ')) {
      for (let length = 1; length <= word.length; length++) {
        const places = titled.get(word.slice(0, length));
        if (places && places[places.length - 1] !== place) places.push(place);
      }
    }
  }
  return titled;
}

/**
 * The engine's answer to `word` typed alone, as an index in shards gives it: a query of
 * stopwords only is looked for in the TITLE_SCAN most liked titles, and its words to highlight
 * are those of the titles it gives, found as the engine finds them.
 */
function answer(engine: QuestionIndex, stopwords: ReadonlySet<string>, word: string, rank: Int32Array, titleAt: (place: number) => string): AnswerFile {
  const { order, matchedWords } = engine.search(word);
  const { terms, phrase, open } = parseQuery(word, stopwords);
  if (terms.length > 0) return { total: order.length, first: Array.from(order.slice(0, SHARDED_REACH), (doc) => rank[doc]), words: [...matchedWords] };
  const places = Array.from(order, (doc) => rank[doc]).filter((place) => place < TITLE_SCAN);
  const first = places.slice(0, SHARDED_REACH);
  const words = new Set(phrase);
  const needle = ` ${phrase.join(' ')}${open ? '' : ' '}`;
  const last = phrase[phrase.length - 1];
  for (const place of first) {
    const title = titleAt(place);
    const at = title.indexOf(needle);
    if (open) words.add(title.slice(at + needle.length - last.length, title.indexOf(' ', at + needle.length)));
  }
  return { total: places.length, first, words: [...words] };
}
