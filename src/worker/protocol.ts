/**
 * The messages between the page and the bundle worker (bundle-worker.ts). The page fetches (so
 * the page's Content-Security-Policy, its `fetch` and its credentials apply as for any request:
 * a worker's own requests would answer to the policy of the worker's script instead) and posts
 * the text as it arrives; the worker parses, validates and indexes it, keeps the questions, and
 * answers for windows of them. A bundle too small to be worth a worker is read on the page
 * alone (worker-sink.ts).
 */
import type { BundleIssue, PipErrorCode } from '../content/errors.js';
import type { ContentBundle, Question } from '../content/schema.js';
import type { Segment } from '../search/index.js';
import type { ResultsRequest, TagCount } from '../sources/question-source.js';

export type ToWorker =
  /** The bundle at `url` is about to arrive; the page keeps its first `firstPage` questions. */
  | { type: 'open'; url: string; firstPage: number }
  | { type: 'text'; text: string; done: boolean }
  | { type: 'results'; id: number; request: ResultsRequest }
  | { type: 'by-id'; id: number; ids: readonly string[] }
  | { type: 'tags'; id: number; limit: number }
  | { type: 'prepare'; id: number; lang: string }
  | { type: 'unprepare'; id: number };

/** A BundleError, as data. */
export interface FailureData {
  code: PipErrorCode;
  message: string;
  issues: readonly BundleIssue[];
}

export interface WindowData {
  total: number;
  questions: Question[];
  /** The marked titles of the window's questions that the query matched, by id. */
  titles: [string, Segment[]][];
}

export type FromWorker =
  /** The worker's code is running: from now on it takes the text. */
  | { type: 'started' }
  /** The whole bundle is valid: everything but its questions, its first questions, and how many there are. */
  | { type: 'ready'; bundle: ContentBundle; total: number }
  | { type: 'failed'; error: FailureData }
  | { type: 'answer'; id: number; value: WindowData | (Question | undefined)[] | TagCount[] }
  | { type: 'refused'; id: number; message: string }
  /** The index for this search language is built. */
  | { type: 'indexed'; lang: string };
