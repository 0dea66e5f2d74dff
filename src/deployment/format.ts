/**
 * A deployment: a content bundle built ahead of time (`pip-widgets build`) into files that any
 * static host serves and a widget reads as it needs them, for bundles too large to download
 * whole. In its folder:
 *
 * - `pip-deployment.json`, the head: its name fixed, so it is served with a short cache. All a
 *   first screen needs (the bundle's fields but its questions, how many questions there are,
 *   the most used tags with their counts, the first FIRST_PAGE questions in bundle order, the
 *   feed's default) and
 *   `files`, the name of the folder that holds the rest. Small, whatever the bundle's size: it
 *   comes before the first cards.
 * - `<files>/`, named by the SHA-256 of what it holds: a rebuild of the same bundle writes the same
 *   names, a changed bundle other ones, and a host may cache everything in it for ever.
 *   - `questions/<n>.json`: the questions from `n * pageSize` on, `pageSize` of them (the last
 *     page fewer), in bundle order, as the bundle has them once validated: the feed's pages when
 *     nothing is searched, filtered or sorted;
 *   - `cards/<n>.json`: the question at place `n` in like order (most liked first, equal likes
 *     in bundle order), the order the search index numbers questions by. Every other list
 *     names questions by that place, their "like place": a result's card is one small file,
 *     fetched only when it is shown (as Pagefind writes one fragment per page), and the likes
 *     sort is the cards in their order;
 *   - `first/<sort>.json`, for `newest` and `likes`: the first FIRST_PAGE questions of that
 *     sort, the first cards of a feed sorted so (one file more than the head, not one per card);
 *   - `orders/newest/<n>.json`: like places in newest order, from its `n * ORDER_CHUNK`th on;
 *   - `ranks/newest/<n>.json`: for the like places from `n * ORDER_CHUNK` on, their place in
 *     newest order (what sorts search results by date);
 *   - `tags.json`: every tag with its count, most used first (the head's are its first ones);
 *   - `tags/<t>/<sort>/<n>.json` (tagFolder): for the tag at `t` in `tags.json`, the like places
 *     of its questions in the order of each of SORTS, from its `n * ORDER_CHUNK`th on;
 *   - `ids/<k>.json`: `[id, like place]` for the questions whose id idShard puts in shard `k` of
 *     `idShards`, sorted by id: where a deep link (`#question-id`) finds its question;
 *   - `manifest.json`: every file of the folder, with its size in bytes and its SHA-256.
 */
import type { ContentBundle, Question } from '../content/schema.js';
import type { QuestionSort, TagCount } from '../sources/question-source.js';

export const DEPLOYMENT_FORMAT = 'pip-widgets/deployment';
export const DEPLOYMENT_VERSION = 1;
export const HEAD_FILE = 'pip-deployment.json';
export const MANIFEST_FILE = 'manifest.json';

/** Places per file of an order or a tag's list. */
export const ORDER_CHUNK = 4096;

/** Questions in the head and in each `first/` file: a feed's first page at its default size. */
export const FIRST_PAGE = 20;

/** Tags in the head, with their counts: more than a feed's tag bar shows. */
export const HEAD_TAGS = 100;

export const TAGS_FILE = 'tags.json';

export const cardFile = (place: number): string => `cards/${place}.json`;

/** The page of `questions/` with the questions from `n * pageSize` on. */
export const pageFile = (n: number): string => `questions/${n}.json`;

/** The shard of `ids/` numbered `k` (see idShard). */
export const idsFile = (k: number): string => `ids/${k}.json`;

/** The lists written in chunks of ORDER_CHUNK: the newest order, and each like place's rank in it. */
export const NEWEST_ORDER = 'orders/newest';
export const NEWEST_RANKS = 'ranks/newest';

/** The chunk of a list written in chunks of ORDER_CHUNK (an order, ranks, a tag's list) that holds its `n * ORDER_CHUNK`th on. */
export const chunkFile = (folder: string, n: number): string => `${folder}/${n}.json`;

/** Ids per file of `ids/`, about. */
export const IDS_PER_SHARD = 1024;

/** The shard of `ids/` that holds `id`: FNV-1a over its UTF-16 code units, modulo `shards`. */
export function idShard(id: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619) >>> 0;
  return hash % shards;
}

export const SORTS = ['relevance', 'newest', 'likes'] as const satisfies readonly QuestionSort[];

/** The first page of a sort but bundle order's (whose first page is in the head). */
export const firstFile = (sort: Exclude<QuestionSort, 'relevance'>): string => `first/${sort}.json`;

/** Where the like places of the questions of the tag at `t` in `tags.json` are, in a sort's order. */
export const tagFolder = (t: number, sort: QuestionSort): string => `tags/${t}/${sort}`;

export interface DeploymentHead extends Omit<ContentBundle, 'questions'> {
  format: typeof DEPLOYMENT_FORMAT;
  deployment: typeof DEPLOYMENT_VERSION;
  /** How many questions the bundle has. */
  total: number;
  /** Questions per file of `questions/`. */
  pageSize: number;
  /** The HEAD_TAGS most used tags, most used first; `tagTotal` tags in all (in `tags.json`). */
  tags: TagCount[];
  tagTotal: number;
  /** How many files `ids/` has (see idShard). */
  idShards: number;
  /** The first FIRST_PAGE questions in bundle order. */
  first: Question[];
  /** The folder of the other files, beside the head. */
  files: string;
  /** The language the search index reads queries in ("en"), whatever the feed's `lang`. */
  searchLang: string;
}

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof DEPLOYMENT_FORMAT;
  deployment: typeof DEPLOYMENT_VERSION;
  files: ManifestEntry[];
}
