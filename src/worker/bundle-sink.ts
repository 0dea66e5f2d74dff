/**
 * Where the elements that show questions read a bundle from a URL: on the page while it is small,
 * in the bundle worker from WORKER_FROM on. The page's side of the worker (worker-sink.ts) is a
 * file of its own in the script-tag build, fetched only when a bundle is that large: most pages
 * never need it.
 */
import { PageSink, type BundleSink, type PreviewOptions } from '../content/bundle-parser.js';
import type { ContentBundle } from '../content/schema.js';
import { objectsAreThenable, type Box } from '../internal/boxed.js';
import { trustedPolicy, TRUSTED_TYPES_POLICY } from '../internal/trusted-types.js';
import { loadWorkerSide } from './worker-side.js';
import type { WorkerConstructor } from './worker-sink.js';

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
 * CSP requires of a worker's URL. Here rather than in worker-sink.ts: this file, unlike that one,
 * is fetched with the elements' own, and so is the policy's beside it.
 */
const startWorker = function (url: URL, options: WorkerOptions): globalThis.Worker {
  const policy = trustedPolicy();
  if (policy === undefined) throw new Error(`the Trusted Types policy "${TRUSTED_TYPES_POLICY}" is not allowed`);
  return new PageWorker!((policy ? policy.createScriptURL(url.href) : url) as string | URL, options);
} as unknown as WorkerConstructor;

/**
 * The page reads the first part in any case, which gives the first cards without waiting for the
 * worker's script; the worker, started as soon as the response says it is large (or once its
 * text is), is handed the text so far and takes the rest.
 */
export function bundleSink(url: string, preview: PreviewOptions | undefined, loadSide = loadWorkerSide): BundleSink {
  return new GrowingSink(url, preview, loadSide);
}

let readOnPageNoted = false;

/** Says once, whatever the reason, that large bundles are read on the page: `why`, a clause. */
export function noteReadOnPage(why: string): void {
  if (readOnPageNoted) return;
  readOnPageNoted = true;
  console.info(`pip-widgets: bundles are read on the page, in slices, because ${why}. Large bundles are slower to become searchable.`);
}

function noteMissingWorkerSide(): undefined {
  noteReadOnPage("the page's side of the bundle worker (pip-widgets-worker-sink-*.js) could not be loaded from beside the script");
  return undefined;
}

class GrowingSink implements BundleSink {
  readonly #url: string;
  readonly #preview: PreviewOptions | undefined;
  /** The page's reading: of the whole bundle, or of its first part only, once a worker reads it. */
  #page?: PageSink;
  #worker?: BundleSink;
  /** Set while the worker's side is being fetched: the text arriving meanwhile waits for it. */
  #starting?: Promise<void>;
  /** The text read on the page, for a worker to read again. */
  #chunks: string[] = [];
  #characters = 0;
  #done = false;
  /** No worker can read this bundle: the page reads it all. */
  #pageOnly = false;
  #previewed = false;
  #abandoned = false;
  readonly #loadSide: typeof loadWorkerSide;

  constructor(url: string, preview: PreviewOptions | undefined, loadSide: typeof loadWorkerSide) {
    this.#url = url;
    this.#loadSide = loadSide;
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
    this.#characters += text.length;
    // Besides a worker, or one on its way, the page reads only until it has shown the first cards.
    this.#page?.text(text, done && !worker && !this.#starting);
    if (worker) {
      this.#dropPageOnceDue();
      return worker.text(text, done);
    }
    if (this.#pageOnly || (done && !this.#starting)) return;
    this.#done = done;
    this.#chunks.push(text);
    if (this.#characters >= WORKER_FROM) this.#startWorker();
  }

  async finish(): Promise<Box<ContentBundle>> {
    await this.#starting;
    return (this.#worker ?? this.#page)!.finish();
  }

  abandon(): void {
    this.#abandoned = true;
    this.#worker?.abandon();
  }

  #dropPageOnceDue(): void {
    if (this.#done || this.#previewed || this.#characters >= WORKER_FROM) this.#page = undefined;
  }

  #startWorker(): void {
    if (this.#starting) return;
    // Where every object is a thenable, promises of the worker's answers would never settle.
    if (!PageWorker || objectsAreThenable()) return this.#readOnPage();
    const firstPage = Math.max(FIRST_PAGE, this.#preview?.questions ?? 0);
    this.#starting = this.#loadSide()
      .then(({ workerSink }) => (this.#abandoned ? undefined : workerSink(this.#url, this.#preview, firstPage, startWorker)))
      // No worker here (worker-sink.ts says why), or its file missing: the page reads on, as it did
      // before there was one.
      .catch(noteMissingWorkerSide)
      .then((worker) => {
        this.#starting = undefined;
        if (!worker) return this.#readOnPage();
        const chunks = this.#chunks;
        this.#chunks = [];
        this.#worker = worker;
        chunks.forEach((chunk, i) => worker.text(chunk, this.#done && i === chunks.length - 1));
        this.#dropPageOnceDue();
      });
  }

  /** Gives up on a worker: the page, which has read all the text so far, reads the rest too. */
  #readOnPage(): void {
    this.#pageOnly = true;
    this.#chunks = [];
    if (this.#done) this.#page!.text('', true);
  }
}
