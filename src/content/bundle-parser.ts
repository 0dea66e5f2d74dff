import { BundleAssembler, parseBundle } from './assembler.js';
import { parseJson } from './json.js';
import { BundleJsonStream, StreamError } from './json-stream.js';
import type { ContentBundle } from './schema.js';
import { box, type Box } from '../internal/boxed.js';

/** Lets a widget draw the first questions of a large bundle while the rest is still arriving. */
export interface PreviewOptions {
  /** How many questions make a first page. */
  questions: number;
  /** Called once, with a validated bundle holding the first questions and the fields before them. */
  onPreview(bundle: ContentBundle): void;
}

/**
 * Reads and validates a bundle's text in the pieces it arrives in, on the page or in the bundle
 * worker: the first questions are a preview before the rest is read.
 */
export class BundleParser {
  readonly #source: string;
  readonly #chunks: string[] = [];
  readonly #assembler = new BundleAssembler();
  readonly #stream: BundleJsonStream;
  #streaming = true;

  /** `source` names the bundle in messages: its URL. */
  constructor(source: string, preview: PreviewOptions | undefined) {
    this.#source = source;
    const assembler = this.#assembler;
    this.#stream = new BundleJsonStream({
      field: (key, value) => assembler.setField(key, value),
      startQuestions: () => assembler.startQuestions(),
      question: (value) => {
        assembler.addQuestion(value);
        if (preview && assembler.questionCount === preview.questions) {
          const first = assembler.preview();
          if (first) preview.onPreview(first);
        }
      },
    });
  }

  /** The next piece of text; `done` with the last (which may be empty). */
  text(text: string, done: boolean): void {
    if (text) this.#chunks.push(text);
    if (!this.#streaming) return;
    try {
      this.#stream.feed(text);
      if (done) this.#stream.end();
    } catch (error) {
      if (!(error instanceof StreamError)) throw error;
      this.#streaming = false;
    }
  }

  /** The bundle, once the whole text is in; throws a BundleError. */
  finish(): ContentBundle {
    // Whatever the fast reader could not take, the whole text explains with a precise message.
    return this.#streaming ? this.#assembler.finish() : parseBundle(parseJson(this.#chunks.join(''), this.#source));
  }
}

/**
 * Where the text of a response goes as it arrives: a parser on the page, or the bundle worker.
 * `finish` gives the bundle once the last piece is in; `abandon` stops the work of a load
 * nobody waits for any more.
 */
export interface BundleSink {
  /** The response says how long its body is, in bytes (compressed, if it is). */
  declaredLength?(bytes: number): void;
  text(text: string, done: boolean): void;
  finish(): Promise<Box<ContentBundle>>;
  abandon(): void;
}

/** Parses on the page: where a worker cannot start, and for the worker's own fallback. */
export class PageSink implements BundleSink {
  readonly #parser: BundleParser;

  constructor(url: string, preview: PreviewOptions | undefined) {
    this.#parser = new BundleParser(url, preview);
  }

  text(text: string, done: boolean): void {
    this.#parser.text(text, done);
  }

  finish(): Promise<Box<ContentBundle>> {
    try {
      return Promise.resolve(box(this.#parser.finish()));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  abandon(): void {}
}

