/**
 * Builds a deployment (format.ts) from a bundle's text as it is read: each question is validated,
 * written to its page and let go, so a bundle larger than memory builds in the memory its sort
 * keys and tag lists take. Validation is the widgets' own (BundleAssembler): the same messages as
 * `pip-widgets validate`.
 */
import { BundleAssembler } from '../content/assembler.js';
import { BundleJsonStream } from '../content/json-stream.js';

export { StreamError } from '../content/json-stream.js';
import type { Question } from '../content/schema.js';
import { partsReader } from '../search/index-parts.js';
import type { SearchLanguage } from '../search/language.js';
import english from '../search/languages/en.js';
import { popularTags, SORT_KEYS, type QuestionSort } from '../sources/question-source.js';
import { searchFiles } from './search-files.js';
import {
  cardFile,
  chunkFile,
  idsFile,
  NEWEST_ORDER,
  NEWEST_RANKS,
  pageFile,
  firstFile,
  DEPLOYMENT_FORMAT,
  DEPLOYMENT_VERSION,
  FIRST_PAGE,
  HEAD_TAGS,
  idShard,
  IDS_PER_SHARD,
  MANIFEST_FILE,
  ORDER_CHUNK,
  TAGS_FILE,
  SORTS,
  tagFolder,
  type DeploymentHead,
  type Manifest,
  type ManifestEntry,
} from './format.js';

export interface BuildOptions {
  /** Questions per page file (see format.ts). */
  pageSize?: number;
  /** The language the search index reads the questions in: English when not given. */
  language?: SearchLanguage;
  /** Writes a file of the files' folder, at `path` inside it. */
  write(path: string, text: string): Promise<void>;
  /**
   * Renames a file written: then each card is written as its question is read, and named once
   * the like order is known. Without it, the cards' text is kept until then.
   */
  rename?(from: string, to: string): Promise<void>;
  /** Told how many questions are read, every PROGRESS_EVERY of them. */
  progress?(questions: number): void;
}

export interface Deployment {
  head: DeploymentHead;
  manifest: Manifest;
}

/**
 * Small: a search's results are spread over the whole bundle, and each card costs its page's
 * download (the figures are in bench/README.md); "Show more" takes a few pages at once.
 */
export const DEFAULT_PAGE_SIZE = 8;
const PROGRESS_EVERY = 1000;

/** Growing column of numbers: a typed array doubled when full. */
class Column {
  values = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const longer = new Float64Array(this.values.length * 2);
      longer.set(this.values);
      this.values = longer;
    }
    this.values[this.length++] = value;
  }
}

/** The `size` questions with the highest keys, equal keys by place: the first page of a sort, kept as questions stream by. */
class FirstPage {
  readonly #size: number;
  readonly #kept: { key: number; place: number; question: Question }[] = [];

  constructor(size: number) {
    this.#size = size;
  }

  offer(key: number, place: number, question: Question): void {
    const kept = this.#kept;
    // A later question enters only with a higher key than the lowest kept.
    if (kept.length === this.#size && key <= kept[kept.length - 1].key) return;
    let at = kept.length;
    while (at > 0 && kept[at - 1].key < key) at--;
    kept.splice(at, 0, { key, place, question });
    if (kept.length > this.#size) kept.pop();
  }

  get questions(): Question[] {
    return this.#kept.map(({ question }) => question);
  }
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
const encoder = new TextEncoder();

/**
 * Reads the bundle's text from `chunks` and writes its files. Throws a BundleError for an invalid
 * bundle, or a StreamError for text the streaming reader cannot take (the caller parses the whole
 * text then, for the precise message); files already written are the caller's to remove.
 */
export async function buildDeployment(chunks: AsyncIterable<string>, options: BuildOptions): Promise<Deployment> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const entries: ManifestEntry[] = [];
  const write = async (path: string, text: string) => {
    const bytes = encoder.encode(text);
    entries.push({ path, bytes: bytes.length, sha256: hex(await crypto.subtle.digest('SHA-256', bytes)) });
    await options.write(path, text);
  };
  const writeChunks = async (folder: string, places: Int32Array) => {
    for (let start = 0; start < places.length; start += ORDER_CHUNK) {
      await write(chunkFile(folder, start / ORDER_CHUNK), JSON.stringify([...places.subarray(start, start + ORDER_CHUNK)]));
    }
  };

  let count = 0;
  let page: Question[] = [];
  const pending: [string, string][] = [];
  const newestKeys = new Column();
  const firsts = { newest: new FirstPage(FIRST_PAGE), likes: new FirstPage(FIRST_PAGE) };
  const firstInBundle: Question[] = [];
  const tagPlaces = new Map<string, number[]>();
  const ids: string[] = [];
  const index = partsReader({ language: options.language });
  /** Without `rename`: each question's text, until the like order that names the cards is known. */
  const cards: string[] = [];
  /** Where a card waits for its name, by its question's place in the bundle. */
  const unsortedCard = (place: number) => `cards/b${place}.json`;

  const take = (question: Question) => {
    const place = count++;
    index.read(question);
    if (options.rename) pending.push([unsortedCard(place), JSON.stringify(question)]);
    else cards.push(JSON.stringify(question));
    ids.push(question.id);
    page.push(question);
    if (firstInBundle.length < FIRST_PAGE) firstInBundle.push(question);
    if (page.length === pageSize) {
      pending.push([pageFile(Math.floor(place / pageSize)), JSON.stringify(page)]);
      page = [];
    }
    const newest = SORT_KEYS.newest(question);
    newestKeys.push(newest);
    firsts.newest.offer(newest, place, question);
    firsts.likes.offer(SORT_KEYS.likes(question), place, question);
    for (const tag of question.tags ?? []) {
      let places = tagPlaces.get(tag);
      if (!places) tagPlaces.set(tag, (places = []));
      places.push(place);
    }
    if (count % PROGRESS_EVERY === 0) options.progress?.(count);
  };

  const assembler = new BundleAssembler(take);
  const stream = new BundleJsonStream({
    field: (key, value) => assembler.setField(key, value),
    startQuestions: () => assembler.startQuestions(),
    question: (value) => assembler.addQuestion(value),
  });
  const flush = async () => {
    for (const [path, text] of pending.splice(0)) await write(path, text);
  };
  for await (const chunk of chunks) {
    stream.feed(chunk);
    await flush();
  }
  stream.end();
  const bundle = assembler.finish();
  if (page.length > 0) {
    pending.push([pageFile(Math.floor(count / pageSize)), JSON.stringify(page)]);
  }
  await flush();
  options.progress?.(count);

  const steps = index.parts();
  let step = steps.next();
  while (!step.done) step = steps.next();
  const { likeOrder } = step.value;
  /** Each question's place in like order, by its place in the bundle. */
  const likePlace = new Int32Array(count);
  likeOrder.forEach((place, like) => (likePlace[place] = like));
  // Like places are in likes order already: only the newest order has a file of its own.
  const newest = Int32Array.from({ length: count }, (_, like) => like).sort((a, b) => newestKeys.values[likeOrder[b]] - newestKeys.values[likeOrder[a]] || likeOrder[a] - likeOrder[b]);
  const newestRank = new Int32Array(count);
  newest.forEach((like, rank) => (newestRank[like] = rank));
  await writeChunks(NEWEST_ORDER, newest);
  await writeChunks(NEWEST_RANKS, newestRank);
  const tags = popularTags([...tagPlaces].map(([tag, places]) => [tag, places.length]), Infinity);
  await write(TAGS_FILE, JSON.stringify(tags));
  for (const [t, { tag }] of tags.entries()) {
    const inBundleOrder = Int32Array.from(tagPlaces.get(tag)!, (place) => likePlace[place]);
    const byLikes = inBundleOrder.slice().sort();
    const byNewest = byLikes.slice().sort((a, b) => newestRank[a] - newestRank[b]);
    const lists = { relevance: inBundleOrder, newest: byNewest, likes: byLikes } satisfies Record<QuestionSort, Int32Array>;
    for (const sort of SORTS) await writeChunks(tagFolder(t, sort), lists[sort]);
  }
  if (options.rename) {
    const entryOf = new Map(entries.map((entry, i) => [entry.path, i]));
    for (let place = 0; place < count; place++) {
      const from = unsortedCard(likeOrder[place]);
      await options.rename(from, cardFile(place));
      entries[entryOf.get(from)!].path = cardFile(place);
    }
  } else {
    for (let place = 0; place < count; place++) await write(cardFile(place), cards[likeOrder[place]]);
    cards.length = 0;
  }
  const { synonyms, builtinSynonyms } = bundle.search ?? {};
  for (const [path, text] of searchFiles(step.value, options.language ?? english, { synonyms, builtinSynonyms })) await write(path, text);

  const idShards = Math.max(1, Math.ceil(count / IDS_PER_SHARD));
  const shards = Array.from({ length: idShards }, () => [] as [string, number][]);
  ids.forEach((id, place) => shards[idShard(id, idShards)].push([id, likePlace[place]]));
  for (const [k, shard] of shards.entries()) {
    shard.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await write(idsFile(k), JSON.stringify(shard));
  }

  for (const sort of ['newest', 'likes'] as const) await write(firstFile(sort), JSON.stringify(firsts[sort].questions));

  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { format: DEPLOYMENT_FORMAT, deployment: DEPLOYMENT_VERSION, files: entries };
  const manifestText = JSON.stringify(manifest);
  const folder = hex(await crypto.subtle.digest('SHA-256', encoder.encode(manifestText))).slice(0, 20);
  await options.write(MANIFEST_FILE, manifestText);

  const { questions: _questions, ...fields } = bundle;
  const head: DeploymentHead = { format: DEPLOYMENT_FORMAT, deployment: DEPLOYMENT_VERSION, ...fields, total: count, pageSize, tags: tags.slice(0, HEAD_TAGS), tagTotal: tags.length, idShards, first: firstInBundle, files: folder, searchLang: (options.language ?? english).lang };
  return { head, manifest };
}
