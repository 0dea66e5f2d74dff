/**
 * The page's side of the bundle worker (bundle-worker.ts): starts it, feeds it a bundle's text and
 * makes the feed's question source of its answers. Fetched by bundle-sink.ts for a large bundle only.
 */
import { PageSink, type BundleSink, type PreviewOptions } from '../content/bundle-parser.js';
import { BundleError } from '../content/errors.js';
import type { ContentBundle } from '../content/schema.js';
import { box, type Box } from '../internal/boxed.js';
import { withoutPrototypes } from '../internal/prototypes.js';
import { WorkerChannel, WorkerQuestionSource } from '../sources/worker-source.js';
import { noteReadOnPage } from './bundle-sink.js';
import type { FromWorker, ToWorker } from './protocol.js';

/** Set when a worker could not start: the page has no worker for us (CSP, a missing file), and later loads do not try again. */
let unavailable = false;

function noteUnavailable(): void {
  unavailable = true;
  noteReadOnPage(
    "the bundle worker could not start (a Content-Security-Policy without worker-src 'self' or without the Trusted Types " +
      "policy pip-widgets, or the worker's file missing beside the script)",
  );
}

/** How bundle-sink.ts starts a worker: the page's Worker, as the library found it. */
export type WorkerConstructor = new (url: URL, options: WorkerOptions) => globalThis.Worker;

/**
 * A sink that feeds the bundle worker; undefined where none can start. Called `new Worker(new
 * URL(...))` on purpose: that is the form bundlers (Vite, webpack, Parcel) find and bundle a
 * worker by.
 */
export function workerSink(url: string, preview: PreviewOptions | undefined, firstPage: number, Worker: WorkerConstructor): BundleSink | undefined {
  if (unavailable) return undefined;
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
