/**
 * The messages between the page and the bundle worker (bundle-worker.ts). The page fetches (so
 * the page's Content-Security-Policy, its `fetch` and its credentials apply as for any request)
 * and posts the text as it arrives; the worker parses, validates and indexes it, keeps the
 * questions, and answers for windows of them.
 */
import type { BundleIssue, PipErrorCode } from '../content/errors.js';
import type { ContentBundle, Question } from '../content/schema.js';
import type { Segment } from '../search/index.js';
import type { ResultsRequest, TagCount } from '../sources/question-source.js';

export type ToWorker =
  /** The bundle at `url` is about to arrive; a preview of its first `preview` questions is wanted (0: none). */
  /** Its questions stay in the worker only if its text is at least `keepFrom` characters long. */
  | { type: 'open'; url: string; preview: number; firstPage: number; keepFrom: number }
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
  | { type: 'preview'; bundle: ContentBundle }
  /**
   * The whole bundle is valid. `kept`: its questions stay in the worker, and `bundle` has only the
   * first of them (`total` says how many there are); otherwise `bundle` is all of it, and the
   * worker's work is done.
   */
  | { type: 'ready'; bundle: ContentBundle; total: number; kept: boolean }
  | { type: 'failed'; error: FailureData }
  | { type: 'answer'; id: number; value: WindowData | (Question | undefined)[] | TagCount[] }
  | { type: 'refused'; id: number; message: string }
  /** The index for this search language is built. */
  | { type: 'indexed'; lang: string };
