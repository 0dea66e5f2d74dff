/**
 * Writes a bundle's search index as the shards a deployment serves (see format.ts): from the
 * parts the engine builds its index from, so that the engine finds in the shards what it would
 * find in memory.
 */
import { BODY, TITLE, type IndexParts } from '../search/index-parts.js';
import { averageLength } from '../search/index-data.js';
import {
  POSTINGS_FILE_CHARS,
  postingsFile,
  SEARCH_META_FILE,
  TITLES_PER_FILE,
  titlesFile,
  wordsFile,
  type PostingsFile,
  type SearchMeta,
  type WordsFile,
} from './format.js';

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The files of the index, as [path, text]. */
export function* searchFiles(parts: IndexParts): Generator<[string, string]> {
  const { analysis, buckets, likeOrder, titleLengths, bodyLengths, titles } = parts;
  const size = titles.length;
  const rank = new Int32Array(size);
  likeOrder.forEach((doc, place) => (rank[doc] = place));

  const letters = new Set(buckets.keys());
  const files = new Map<string, WordsFile>();
  const fileOf = (letter: string) => {
    let file = files.get(letter);
    if (!file) files.set(letter, (file = { words: [], counts: [], stems: [], foreign: [], postings: [] }));
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

  // Postings in runs of words, in the words files' order: a word's completions are beside it.
  let shard: PostingsFile = { words: [], postings: [] };
  let chars = 0;
  let shards = 0;
  const sorted = [...letters].sort(byCodeUnits);
  for (const letter of sorted) {
    const file = files.get(letter)!;
    for (const [i, word] of file.words.entries()) {
      const id = parts.ids.get(word)!;
      const docs = Int32Array.from(parts.postings.subarray(parts.offsets[id], parts.offsets[id + 1]), (posting) => rank[posting >>> 5] * 32 + (posting & 31)).sort();
      const encoded: number[] = [];
      let previous = 0;
      for (const posting of docs) {
        const place = posting >>> 5;
        const fields = posting & 31;
        encoded.push((place - previous) * 32 + fields);
        previous = place;
        const doc = likeOrder[place];
        if (fields & TITLE) encoded.push(titleLengths[doc]);
        if (fields & BODY) encoded.push(bodyLengths[doc]);
      }
      const length = JSON.stringify(encoded).length + word.length + 4;
      if (chars > 0 && chars + length > POSTINGS_FILE_CHARS) {
        yield [postingsFile(shards++), JSON.stringify(shard)];
        shard = { words: [], postings: [] };
        chars = 0;
      }
      if (file.postings.length === 0 || file.postings[file.postings.length - 1][1] !== shards) file.postings.push([i, shards]);
      shard.words.push(word);
      shard.postings.push(encoded);
      chars += length;
    }
  }
  if (shard.words.length > 0) yield [postingsFile(shards), JSON.stringify(shard)];
  for (const letter of sorted) yield [wordsFile(letter), JSON.stringify(files.get(letter))];

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
  };
  yield [SEARCH_META_FILE, JSON.stringify(meta)];
}
