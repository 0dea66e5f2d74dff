import { PageSink, type BundleSink, type PreviewOptions } from '../content/bundle-parser.js';
import { BundleError } from '../content/errors.js';
import type { ContentBundle } from '../content/schema.js';
import { box, objectsAreThenable, type Box } from '../internal/boxed.js';
import { withoutPrototypes } from '../internal/prototypes.js';
import { trustedPolicy, TRUSTED_TYPES_POLICY } from '../internal/trusted-types.js';
import { WorkerChannel, WorkerQuestionSource } from '../sources/worker-source.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** The questions a bundle read in the worker keeps on the page: a first page answered at once. */
const FIRST_PAGE = 50;

/**
 * A bundle whose response declares this many bytes or more (its body compressed, if it is, which
 * only makes the text longer), or whose text reaches this many characters, is read in the
 * worker, which keeps its questions. A smaller one is read on the page, whole: it costs the page
 * little memory, no worker's script is fetched for it, and its searches are drawn in the frame of
 * the keystroke (an answer from a worker is often a frame later).
 */
const WORKER_FROM = 2 * 1024 * 1024;

/** Taken when the library loads: a script the page runs later may replace or remove it. */
const PageWorker = globalThis.Worker as typeof globalThis.Worker | undefined;

/**
 * Starts the page's Worker with its URL passed through our Trusted Types policy, which a strict
 * CSP requires of a worker's URL. Named `Worker` and called as `new Worker(new URL(...))` on
 * purpose: that is the form bundlers (Vite, webpack, Parcel) find and bundle a worker by.
 */
const Worker = function (url: URL, options: WorkerOptions): globalThis.Worker {
  const policy = trustedPolicy();
  if (policy === undefined) throw new Error(`the Trusted Types policy "${TRUSTED_TYPES_POLICY}" is not allowed`);
  return new PageWorker!((policy ? policy.createScriptURL(url.href) : url) as string | URL, options);
} as unknown as new (url: URL, options: WorkerOptions) => globalThis.Worker;

/** Set when a worker could not start: the page has no worker for us (CSP, a missing file), and later loads do not try again. */
let unavailable = false;

function noteUnavailable(): void {
  if (unavailable) return;
  unavailable = true;
  console.info(
    'pip-widgets: bundles are read on the page, in slices, because the bundle worker could not start ' +
      "(a Content-Security-Policy without worker-src 'self' or without the Trusted Types policy pip-widgets, " +
      "or the worker's file missing beside the script). " +
      'Large bundles are slower to become searchable.',
  );
}

/**
 * Where the elements that show questions read a bundle from a URL: on the page while it is small,
 * in the bundle worker from WORKER_FROM on. The page reads the first part in any case, which gives
 * the first cards without waiting for the worker's script; the worker, started as soon as the
 * response says it is large (or once its text is), is handed the text so far and takes the rest.
 */
export function bundleSink(url: string, preview: PreviewOptions | undefined): BundleSink {
  return new GrowingSink(url, preview);
}

class GrowingSink implements BundleSink {
  readonly #url: string;
  readonly #preview: PreviewOptions | undefined;
  /** The page's reading: of the whole bundle, or of its first part only, once a worker reads it. */
  #page?: PageSink;
  #worker?: BundleSink;
  /** The text read on the page, for a worker to read again. */
  #chunks: string[] = [];
  #characters = 0;
  #previewed = false;

  constructor(url: string, preview: PreviewOptions | undefined) {
    this.#url = url;
    // Shown once: by the page's reading, or by the worker's fallback if the page had not yet.
    this.#preview = preview && {
      questions: preview.questions,
      onPreview: (bundle) => {
        if (this.#previewed) return;
        this.#previewed = true;
        preview.onPreview(bundle);
      },
    };
    this.#page = new PageSink(url, this.#preview);
  }

  declaredLength(bytes: number): void {
    if (bytes >= WORKER_FROM && this.#characters === 0) this.#startWorker();
  }

  text(text: string, done: boolean): void {
    const worker = this.#worker;
    const page = this.#page;
    this.#characters += text.length;
    if (page) {
      // Besides a worker, the page reads only until it has shown the first cards.
      page.text(text, done && !worker);
      if (worker && (this.#previewed || this.#characters >= WORKER_FROM)) this.#page = undefined;
    }
    if (worker) return worker.text(text, done);
    if (done) return;
    this.#chunks.push(text);
    if (this.#characters >= WORKER_FROM) {
      this.#startWorker();
      // The worker has the text now: the page stops reading.
      if (this.#worker) this.#page = undefined;
    }
  }

  finish(): Promise<Box<ContentBundle>> {
    return (this.#worker ?? this.#page)!.finish();
  }

  abandon(): void {
    this.#worker?.abandon();
  }

  #startWorker(): void {
    const firstPage = Math.max(FIRST_PAGE, this.#preview?.questions ?? 0);
    const worker = workerSink(this.#url, this.#preview, firstPage);
    const chunks = this.#chunks;
    this.#chunks = [];
    // No worker here: the page reads on, as it did before there was one.
    if (!worker) return;
    this.#worker = worker;
    for (const chunk of chunks) worker.text(chunk, false);
  }
}

/** A sink that feeds the bundle worker; undefined where none can start. */
function workerSink(url: string, preview: PreviewOptions | undefined, firstPage: number): BundleSink | undefined {
  // Where every object is a thenable, promises of the worker's answers would never settle.
  if (unavailable || !PageWorker || objectsAreThenable()) return undefined;
  let worker: globalThis.Worker;
  try {
    worker = new Worker(new URL('./bundle-worker.ts', import.meta.url), { type: 'module', name: 'pip-widgets bundle' });
  } catch {
    noteUnavailable();
    return undefined;
  }
  return new WorkerSink(url, preview, worker, firstPage);
}

/**
 * Feeds a bundle's text to the bundle worker, which parses, validates and indexes it and keeps
 * its questions. Until the worker says it has started, the text is also kept here, so that a
 * worker that cannot start costs nothing but the wait: the page reads what arrived instead.
 */
class WorkerSink implements BundleSink {
  readonly #url: string;
  readonly #preview: PreviewOptions | undefined;
  readonly #channel: WorkerChannel;
  /** The text sent before the worker started, in case it never does. */
  #unconfirmed: [string, boolean][] | undefined = [];
  #fallback?: PageSink;
  #done = false;
  #settled = false;
  readonly #bundle: Promise<Box<ContentBundle>>;
  #resolve!: (bundle: Box<ContentBundle>) => void;
  #reject!: (error: unknown) => void;

  /** `preview`: for the page's reading, should the worker not start; `firstPage`: the questions the page keeps. */
  constructor(url: string, preview: PreviewOptions | undefined, worker: globalThis.Worker, firstPage: number) {
    this.#url = url;
    this.#preview = preview;
    this.#bundle = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#channel = new WorkerChannel(
      worker,
      (message) => this.#receive(message),
      (event) => {
        if (this.#unconfirmed) this.#fallBack();
        else this.#fail(new BundleError('render', `Could not read ${url}: the bundle worker stopped (${event.message || 'no reason given'}).`));
      },
    );
    this.#post({ type: 'open', url, firstPage });
  }

  text(text: string, done: boolean): void {
    this.#done ||= done;
    if (this.#fallback) return this.#fallback.text(text, done);
    this.#unconfirmed?.push([text, done]);
    this.#post({ type: 'text', text, done });
  }

  finish(): Promise<Box<ContentBundle>> {
    if (this.#fallback) this.#settle(this.#fallback.finish());
    return this.#bundle;
  }

  abandon(): void {
    this.#channel.close();
  }

  #post(message: ToWorker): void {
    this.#channel.post(message);
  }

  #receive(message: FromWorker): void {
    if (message.type === 'started') this.#unconfirmed = undefined;
    else if (message.type === 'failed') this.#fail(new BundleError(message.error.code, message.error.message, message.error.issues));
    else if (message.type === 'ready') {
      const bundle = withoutPrototypes(message.bundle);
      new WorkerQuestionSource(this.#channel, bundle.questions ?? [], message.total).register(bundle);
      this.#settle(Promise.resolve(box(bundle)));
    }
  }

  /** The page parses the text instead, from the start. */
  #fallBack(): void {
    noteUnavailable();
    this.#channel.close();
    const fallback = (this.#fallback = new PageSink(this.#url, this.#preview));
    const sent = this.#unconfirmed ?? [];
    this.#unconfirmed = undefined;
    try {
      for (const [text, done] of sent) fallback.text(text, done);
    } catch (error) {
      return this.#fail(error);
    }
    if (this.#done) this.#settle(fallback.finish());
  }

  #settle(bundle: Promise<Box<ContentBundle>>): void {
    if (this.#settled) return;
    this.#settled = true;
    // From now on the worker's messages are answers, which the channel takes alone.
    this.#channel.detach();
    bundle.then(this.#resolve, this.#reject);
  }

  #fail(error: unknown): void {
    this.#channel.close();
    this.#settle(Promise.reject(error));
  }
}
