import { parseBundle } from './assembler.js';
import { PageSink, type BundleSink, type PreviewOptions } from './bundle-parser.js';
import { BundleError } from './errors.js';
import { parseJson } from './json.js';
import type { ContentBundle } from './schema.js';
import { box, objectsAreThenable, type Box } from '../internal/boxed.js';
import { nextTask } from '../internal/schedule.js';
import { bundleSink } from '../worker/bundle-sink.js';
import { HEAD_FILE } from '../deployment/format.js';
import { loadDeploymentSide } from './deployment-side.js';

export type { PreviewOptions } from './bundle-parser.js';

/** Sources already on the page: they validate at once, with no loading state. */
export type ImmediateSource = { kind: 'property'; value: unknown } | { kind: 'inline'; text: string };

/** Where a widget's content comes from, in the order of precedence the elements apply. */
export type BundleSource =
  | ImmediateSource
  /** `timeout`: for a deployment, how long each of its later files may take (the element's `timeout`). */
  | { kind: 'url'; url: string; timeout?: number }
  | { kind: 'default' };

/** How long the page reads a response before it lets a frame or the page's own tasks in. */
const READ_SLICE_MS = 8;

/**
 * The most text handed to the sink at once: a read can bring megabytes, and the page's reading
 * of them (the first cards' preview, the copy to the bundle worker) must pause for a frame too.
 */
const PIECE_CHARACTERS = 128 * 1024;

/** `text` in pieces of at most PIECE_CHARACTERS, never between the two halves of a surrogate pair. */
function piecesOf(text: string): string[] {
  if (text.length <= PIECE_CHARACTERS) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + PIECE_CHARACTERS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json$|^text\/json$/i;

/**
 * Reads a response as it arrives, whichever transport brought it: checks its head and its first
 * text on the page, where the request was made, and hands the text to a sink.
 */
class BundleReceiver {
  readonly #url: string;
  readonly sink: BundleSink;
  #received = 0;
  #declaredJson = false;
  #mediaType = '';

  constructor(url: string, sink: BundleSink) {
    this.#url = url;
    this.sink = sink;
  }

  /** Throws for an answer that is not worth reading. */
  head(status: number, statusText: string, contentType: string | null, contentLength: string | null): void {
    if (status < 200 || status > 299) {
      const shown = `${status}${statusText ? ` ${statusText}` : ''}`;
      throw new BundleError('http', `Could not load ${this.#url}: the server answered with HTTP status ${shown}.`);
    }
    this.#mediaType = (contentType ?? '').split(';')[0].trim();
    // Servers often send JSON as text/plain or octet-stream, so only an answer that is clearly
    // something else (an HTML login page, an image) is refused before parsing.
    this.#declaredJson = JSON_TYPE.test(this.#mediaType);
    if (!this.#declaredJson && /html|xml|image|video|audio/i.test(this.#mediaType)) throw this.#notJson();
    const length = Number(contentLength ?? '');
    if (contentLength && Number.isSafeInteger(length) && length > 0) this.sink.declaredLength?.(length);
  }

  /** The next piece of text; `done` with the last (which may be empty). */
  text(text: string, done: boolean): void {
    if (this.#received === 0 && !this.#declaredJson && /^\s*</.test(text)) throw this.#notJson();
    this.#received += text.length;
    this.sink.text(text, done);
  }

  unreachable(blockedBy: readonly string[]): BundleError {
    return new BundleError(
      'network',
      blockedBy.includes('connect-src')
        ? `Could not load ${this.#url}: the page's Content-Security-Policy does not allow connecting to it (connect-src).`
        : `Could not load ${this.#url}: the request failed before the server answered ` +
            `(offline, or refused across origins: the server must allow this page's origin).`,
    );
  }

  /** The connection broke, or the body could not be decoded: trying again may well work. */
  broken(): BundleError {
    return new BundleError(
      'network',
      `Could not load ${this.#url}: the connection failed while the body was arriving, after ${this.#received} characters ` +
        `(reset or cut off, or a compressed body that could not be decoded).`,
    );
  }

  #notJson(): BundleError {
    return new BundleError('not-json', `Could not read ${this.#url}: expected JSON but got ${this.#mediaType || 'a response with no content type'}.`);
  }
}

type Transport = (url: string, signal: AbortSignal | undefined, receiver: BundleReceiver, blockedBy: readonly string[]) => Promise<void>;

const viaFetch: Transport = async (url, signal, receiver, blockedBy) => {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    // Violation reports are queued as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve));
    throw receiver.unreachable(blockedBy);
  }
  receiver.head(response.status, response.statusText, response.headers.get('content-type'), response.headers.get('content-length'));
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  let sliceStart = performance.now();
  const endSliceIfDue = async () => {
    if (performance.now() - sliceStart <= READ_SLICE_MS) return;
    await nextTask();
    sliceStart = performance.now();
  };
  for (;;) {
    await endSliceIfDue();
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw signal?.aborted ? (signal.reason ?? error) : receiver.broken();
    }
    const { done, value } = chunk;
    const pieces = piecesOf(done ? decoder.decode() : decoder.decode(value, { stream: true }));
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) {
        // The piece before may have drawn the first cards (their update is a microtask): a frame
        // is due once they are in.
        await null;
        await endSliceIfDue();
        if (signal?.aborted) throw signal.reason;
      }
      try {
        receiver.text(pieces[i], done && i === pieces.length - 1);
      } catch (error) {
        reader.cancel().catch(() => {});
        throw error;
      }
    }
    if (done) return;
  }
};

/**
 * For a page whose `Object.prototype` has a `then`: `fetch` and stream reads resolve with objects
 * there, so they never settle. XMLHttpRequest reports through events instead, its progress
 * events still feeding the first cards of a large bundle before the rest.
 */
const viaXhr: Transport = (url, signal, receiver, blockedBy) =>
  new Promise<void>((resolve, reject) => {
    const request = new XMLHttpRequest();
    let headed = false;
    let answered = false;
    let seen = 0;
    const settle = (error?: unknown) => {
      request.onreadystatechange = request.onprogress = request.onload = request.onerror = null;
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = () => {
      request.abort();
      settle(signal!.reason);
    };
    const take = (done: boolean) => {
      if (!headed) {
        headed = true;
        receiver.head(request.status, request.statusText, request.getResponseHeader('content-type'), request.getResponseHeader('content-length'));
      }
      const text = request.responseText;
      receiver.text(text.slice(seen), done);
      seen = text.length;
    };
    const step = (done: boolean) => {
      try {
        take(done);
        if (done) settle();
      } catch (error) {
        request.abort();
        settle(error);
      }
    };
    request.onreadystatechange = () => (answered ||= request.readyState === XMLHttpRequest.HEADERS_RECEIVED);
    request.onprogress = () => step(false);
    request.onload = () => step(true);
    request.onerror = () =>
      // Violation reports are queued as tasks: let them arrive.
      setTimeout(() => settle(answered ? receiver.broken() : receiver.unreachable(blockedBy)));
    signal?.addEventListener('abort', onAbort);
    request.open('GET', url);
    request.setRequestHeader('accept', 'application/json');
    request.send();
  });

/** Loads and validates a bundle, in a box so that the promise settles on any page (see box). */
function receiveBundle(url: string, signal: AbortSignal | undefined, preview: PreviewOptions | undefined, inWorker: boolean): Promise<Box<ContentBundle>> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const receiver = new BundleReceiver(url, inWorker ? bundleSink(url, preview) : new PageSink(url, preview));
  // A request the page's CSP blocks fails like any other; the violation report says why.
  const blockedBy: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => blockedBy.push(event.effectiveDirective);
  const document = globalThis.document;
  document?.addEventListener('securitypolicyviolation', onViolation);
  const transport = objectsAreThenable() ? viaXhr : viaFetch;
  const received = transport(url, signal, receiver, blockedBy);
  received.then(
    () => document?.removeEventListener('securitypolicyviolation', onViolation),
    () => document?.removeEventListener('securitypolicyviolation', onViolation),
  );
  const bundle = received.then(() => receiver.sink.finish());
  bundle.catch(() => receiver.sink.abandon());
  signal?.addEventListener('abort', () => receiver.sink.abandon());
  return bundle;
}

export function fetchBundle(url: string, signal?: AbortSignal, preview?: PreviewOptions): Promise<ContentBundle> {
  return receiveBundle(url, signal, preview, false).then(unbox);
}

const unbox = <Value>(boxed: Box<Value>): Value => boxed.value;

let defaultBundle: Promise<Box<ContentBundle>> | undefined;
let defaultUnboxed: Promise<ContentBundle> | undefined;

/**
 * The built-in content, in a chunk of its own: a page that brings its own bundle never
 * downloads it. Validated once, like any other bundle, and shared by every widget.
 */
export function loadDefaultBundle(): Promise<ContentBundle> {
  defaultUnboxed ??= defaultBox().then(unbox);
  return defaultUnboxed;
}

function defaultBox(): Promise<Box<ContentBundle>> {
  defaultBundle ??= import('./default-bundle.json').then((module) => box(parseBundle(module.default)));
  return defaultBundle;
}

export function isImmediate(source: BundleSource): source is ImmediateSource {
  return source.kind === 'property' || source.kind === 'inline';
}

/** Validates a source that is already on the page; throws a BundleError. */
export function readBundle(source: ImmediateSource): ContentBundle {
  return source.kind === 'property'
    ? parseBundle(source.value)
    : parseBundle(parseJson(source.text, 'the inline <script type="application/json">'));
}

/** Turns any source into a validated bundle or a BundleError (an AbortError when aborted). */
export function loadBundle(source: BundleSource, signal?: AbortSignal, preview?: PreviewOptions): Promise<ContentBundle> {
  return boxedBundle(source, signal, preview, false).then(unbox);
}

/**
 * `loadBundle` for the elements: the bundle comes in a box, so it arrives on any host page. With
 * `inWorker`, a bundle from a URL is read in the bundle worker where one can start: its `questions` are then
 * the first of them, and the feed asks the worker for the rest (see questionSourceFor).
 */
export function loadBoxed(source: BundleSource, signal?: AbortSignal, preview?: PreviewOptions, inWorker = false): Promise<Box<ContentBundle>> {
  return boxedBundle(source, signal, preview, inWorker);
}

function boxedBundle(source: BundleSource, signal: AbortSignal | undefined, preview: PreviewOptions | undefined, inWorker: boolean): Promise<Box<ContentBundle>> {
  if (isImmediate(source)) {
    try {
      return Promise.resolve(box(readBundle(source)));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  if (source.kind === 'default') return defaultBox();
  if (!isDeploymentUrl(source.url)) return receiveBundle(source.url, signal, preview, inWorker);
  return loadDeploymentSide().then((deployment) => deployment.openDeployment(source.url, signal, source.timeout));
}

/**
 * Whether a `src` names a deployment (`pip-widgets build`) rather than a bundle: its folder, a URL
 * whose path ends in `/`, or its head file, `pip-deployment.json`.
 */
export function isDeploymentUrl(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') || pathname.endsWith(`/${HEAD_FILE}`);
}
