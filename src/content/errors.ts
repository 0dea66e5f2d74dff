/** Why a widget could not show its content. Part of the public contract (`pip-error`). */
export type PipErrorCode =
  /**
   * The request failed: offline, blocked, a cross-origin refusal, or a body that broke off while
   * arriving (connection reset, a compressed body that could not be decoded).
   */
  | 'network'
  /** The server answered with a status other than 2xx. */
  | 'http'
  /** No complete answer within the element's `timeout`. */
  | 'timeout'
  /** The response is not JSON (for example an HTML login page). */
  | 'not-json'
  /** The text is not valid JSON, or is empty. */
  | 'json-syntax'
  /** The bundle declares a format version this library does not read. */
  | 'version'
  /** The bundle breaks the schema: `issues` lists each field path. */
  | 'schema'
  /** The bundle is valid but lacks the section this widget shows. */
  | 'missing-section'
  /** The widget failed while drawing valid content (a bug: please report it). */
  | 'render';

/** One schema problem: `path` is written the way a bundle author reads it, `questions[3].title`. */
export interface BundleIssue {
  path: string;
  message: string;
}

/** Shown inside the widget (`role="alert"`) and sent as the `pip-error` event's detail. */
export class BundleError extends Error {
  override name = 'BundleError';
  constructor(
    readonly code: PipErrorCode,
    message: string,
    readonly issues: readonly BundleIssue[] = [],
  ) {
    super(message);
  }
}

/** `['questions', 3, 'title']` becomes `questions[3].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** How many issues the visible message names; the event detail carries them all. */
const ISSUES_IN_MESSAGE = 3;

export function schemaError(issues: readonly BundleIssue[]): BundleError {
  const named = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length - named.length;
  const problems = issues.length === 1 ? 'a problem' : `${issues.length} problems`;
  const message =
    `This content bundle has ${problems}: ${named.join('; ')}` +
    (more > 0 ? `; and ${more} more.` : '.');
  return new BundleError('schema', message, issues);
}

/** Anything thrown while loading becomes a BundleError with words a reader can act on. */
export function toBundleError(error: unknown): BundleError {
  if (error instanceof BundleError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new BundleError('render', `Something went wrong while showing this content: ${detail}`);
}
