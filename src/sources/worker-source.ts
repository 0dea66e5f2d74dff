import type { Question } from '../content/schema.js';
import { withoutPrototypes } from '../internal/prototypes.js';
import type { Segment } from '../search/index.js';
import type { FromWorker, ToWorker, WindowData } from '../worker/protocol.js';
import { registerSource, type Answer, type QuestionSource, type ResultsRequest, type ResultsWindow, type TagCount } from './question-source.js';
import { searchLanguageOf } from './search-languages.js';

/** A message that asks for an answer, before the channel numbers it. */
type Unnumbered<Message> = Message extends { id: number } ? Omit<Message, 'id'> : never;
type Request = Unnumbered<ToWorker>;

/**
 * The page's end of a bundle worker: numbered requests and their answers, and which search
 * languages are indexed. It holds nothing of the elements once the bundle is read (`detach`): a
 * running worker is kept alive by the browser, and with it whatever its listeners hold.
 */
export class WorkerChannel {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  readonly #indexed = new Set<string>();
  #listener?: (message: FromWorker) => void;
  #errorListener?: (event: ErrorEvent) => void;
  #next = 0;
  #closed = false;

  constructor(worker: Worker, listener: (message: FromWorker) => void, onError: (event: ErrorEvent) => void) {
    this.#worker = worker;
    this.#listener = listener;
    this.#errorListener = onError;
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.#receive(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#errorListener?.(event);
      this.#refuseAll('the bundle worker stopped');
    });
  }

  /** Stops passing the loading messages on: the bundle is read, or its load has failed. */
  detach(): void {
    this.#listener = this.#errorListener = undefined;
  }

  post(message: ToWorker): void {
    if (!this.#closed) this.#worker.postMessage(message);
  }

  ask(request: Request): Promise<unknown> {
    if (this.#closed) return Promise.reject(new Error('pip-widgets: the bundle worker was stopped.'));
    const id = ++this.#next;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...request, id } as ToWorker);
    });
  }

  /** A number for a message that expects no answer but may be taken back (prepare, unprepare). */
  nextId(): number {
    return ++this.#next;
  }

  indexed(lang: string): boolean {
    return this.#indexed.has(lang);
  }

  /** Stops the worker, and with it every answer still awaited. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.detach();
    this.#worker.terminate();
    this.#refuseAll('the bundle worker was stopped');
  }

  #receive(message: FromWorker): void {
    if (message.type === 'answer' || message.type === 'refused') {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.type === 'answer') pending?.resolve(message.value);
      else pending?.reject(new Error(`pip-widgets: ${message.message}`));
    } else if (message.type === 'indexed') this.#indexed.add(message.lang);
    else this.#listener?.(message);
  }

  #refuseAll(reason: string): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const { reject } of pending) reject(new Error(`pip-widgets: ${reason}.`));
  }
}

/** A worker whose source nobody holds any more is stopped. */
const stopWhenUnused = new FinalizationRegistry<WorkerChannel>((channel) => channel.close());

/**
 * The questions of a bundle held in its worker: the first page is answered at once from the
 * page, every other window by the worker, which keeps the questions and the index.
 */
export class WorkerQuestionSource implements QuestionSource {
  readonly #channel: WorkerChannel;
  readonly #first: readonly Question[];
  readonly #total: number;

  constructor(channel: WorkerChannel, first: readonly Question[], total: number) {
    this.#channel = channel;
    this.#first = first;
    this.#total = total;
    stopWhenUnused.register(this, channel);
  }

  /** Makes this the source questionSourceFor gives for `bundle`. */
  register(bundle: object): void {
    registerSource(bundle, this);
  }

  results(request: ResultsRequest): Answer<ResultsWindow> {
    const { query, tags, sort, offset, limit } = request;
    const first = this.#first;
    if (query.trim() === '' && tags.length === 0 && sort === 'relevance' && (offset + limit <= first.length || first.length === this.#total)) {
      return resultsWindow(this.#total, first.slice(offset, offset + limit), []);
    }
    // The signal stays on the page: it cannot be sent, and the worker answers at once anyway.
    const { signal: _signal, ...sent } = request;
    return this.#channel.ask({ type: 'results', request: sent }).then((value) => {
      const { total, questions, titles } = value as WindowData;
      return resultsWindow(total, withoutPrototypes(questions), titles);
    });
  }

  byId(ids: readonly string[]): Answer<(Question | undefined)[]> {
    const found = ids.map((id) => this.#first.find((question) => question.id === id));
    if (found.every(Boolean)) return found;
    return this.#channel.ask({ type: 'by-id', ids: [...ids] }).then((value) => withoutPrototypes(value as (Question | undefined)[]));
  }

  tags(limit: number): Answer<TagCount[]> {
    return this.#channel.ask({ type: 'tags', limit }).then((value) => value as TagCount[]);
  }

  searchReady(lang: string): boolean {
    return this.#channel.indexed(searchLanguageOf(lang));
  }

  prepare(signal: AbortSignal, lang: string): void {
    if (signal.aborted || this.searchReady(lang)) return;
    const id = this.#channel.nextId();
    this.#channel.post({ type: 'prepare', id, lang });
    signal.addEventListener('abort', () => this.#channel.post({ type: 'unprepare', id }));
  }
}

/** Without a prototype, as MemoryQuestionSource's: a promise of it settles on any page. */
function resultsWindow(total: number, questions: readonly Question[], titles: readonly [string, Segment[]][]): ResultsWindow {
  const marked = new Map(titles.map(([id, segments]) => [id, withoutPrototypes(segments)]));
  return Object.assign(Object.create(null) as ResultsWindow, { total, questions, title: (id: string) => marked.get(id) });
}
