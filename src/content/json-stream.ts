/**
 * Reads a content bundle's JSON text as it arrives, chunk by chunk, and hands over each
 * top-level field and each question as soon as its text is complete, so a 15 MB bundle shows its
 * first questions long before its last byte arrives.
 *
 * Each piece is parsed by JSON.parse, which is strict; between pieces only whitespace and the
 * punctuation JSON allows there are accepted. Anything else throws StreamError, and the caller
 * parses the whole text instead, which names the error precisely: this reader only ever makes
 * valid bundles faster, it never decides what an invalid one says.
 */
export class StreamError extends Error {}

export interface BundleStreamHandlers {
  field(key: string, value: unknown): void;
  /** The `questions` list begins; its items follow one by one. */
  startQuestions(): void;
  question(value: unknown): void;
}

type State =
  | 'start'
  | 'key-or-end'
  | 'key'
  | 'colon'
  | 'value'
  | 'after-value'
  | 'item-or-end'
  | 'item'
  | 'after-item'
  | 'done';

/** What the piece being read will become once it is complete. */
type Target = 'key' | 'field' | 'item';

const STRING_STOP = /["\\]/g;
const NESTED_STOP = /["\\{}[\]]/g;
const PRIMITIVE_STOP = /[\s,\]}]/g;

export class BundleJsonStream {
  #state: State = 'start';
  #key = '';
  /** The piece being read: its kind, its text so far, and where the scan stands inside it. */
  #kind: 'none' | 'string' | 'nested' | 'primitive' = 'none';
  #target: Target = 'field';
  #parts: string[] = [];
  #depth = 0;
  #inString = false;
  #escaped = false;

  constructor(private readonly handlers: BundleStreamHandlers) {}

  feed(chunk: string): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.#kind !== 'none') {
        i = this.#continuePiece(chunk, i);
        continue;
      }
      const char = chunk[i];
      if (char === ' ' || char === '\n' || char === '\r' || char === '\t') {
        i++;
        continue;
      }
      switch (this.#state) {
        case 'start':
          this.#expect(char, '{', 'key-or-end');
          i++;
          break;
        case 'key-or-end':
          if (char === '}') {
            this.#state = 'done';
            i++;
            break;
          }
          this.#startPiece('key', char);
          break;
        case 'key':
          this.#startPiece('key', char);
          break;
        case 'colon':
          this.#expect(char, ':', 'value');
          i++;
          break;
        case 'value':
          if (this.#key === 'questions' && char === '[') {
            this.handlers.startQuestions();
            this.#state = 'item-or-end';
            i++;
            break;
          }
          this.#startPiece('field', char);
          break;
        case 'after-value':
          if (char === ',') this.#state = 'key';
          else this.#expect(char, '}', 'done');
          i++;
          break;
        case 'item-or-end':
          if (char === ']') {
            this.#state = 'after-value';
            i++;
            break;
          }
          this.#startPiece('item', char);
          break;
        case 'item':
          this.#startPiece('item', char);
          break;
        case 'after-item':
          if (char === ',') this.#state = 'item';
          else this.#expect(char, ']', 'after-value');
          i++;
          break;
        case 'done':
          throw new StreamError(`unexpected "${char}" after the end of the bundle`);
      }
    }
  }

  /** The text has ended: it must have been one complete object. */
  end(): void {
    if (this.#state !== 'done' || this.#kind !== 'none') throw new StreamError('the bundle ended early');
  }

  #expect(char: string, expected: string, next: State): void {
    if (char !== expected) throw new StreamError(`expected "${expected}" but found "${char}"`);
    this.#state = next;
  }

  #startPiece(target: Target, char: string): void {
    if (target === 'key' && char !== '"') throw new StreamError('expected a quoted key');
    this.#target = target;
    this.#parts = [];
    this.#kind = char === '"' ? 'string' : char === '{' || char === '[' ? 'nested' : 'primitive';
    this.#depth = 0;
    // A string piece starts on its opening quote; the scan below steps over it.
    this.#inString = false;
    this.#escaped = false;
  }

  /** Scans the piece under way from `start`; returns where the next scan begins. */
  #continuePiece(chunk: string, start: number): number {
    const end = this.#kind === 'primitive' ? this.#primitiveEnd(chunk, start) : this.#bracketedEnd(chunk, start);
    if (end === -1) {
      this.#parts.push(start === 0 ? chunk : chunk.slice(start));
      return chunk.length;
    }
    this.#parts.push(chunk.slice(start, end));
    this.#finishPiece(this.#parts.join(''));
    return end;
  }

  #primitiveEnd(chunk: string, start: number): number {
    PRIMITIVE_STOP.lastIndex = start;
    return PRIMITIVE_STOP.exec(chunk)?.index ?? -1;
  }

  /** Finds the end of a string, object or list, across chunks; -1 when it goes on in the next one. */
  #bracketedEnd(chunk: string, start: number): number {
    let i = start;
    if (this.#escaped) {
      this.#escaped = false;
      i++;
    }
    while (i < chunk.length) {
      const stop = this.#inString || this.#kind === 'string' ? STRING_STOP : NESTED_STOP;
      stop.lastIndex = i;
      const match = stop.exec(chunk);
      if (!match) return -1;
      i = match.index;
      const char = chunk[i];
      if (char === '\\') {
        if (i + 1 >= chunk.length) {
          this.#escaped = true;
          return -1;
        }
        i += 2;
        continue;
      }
      if (this.#kind === 'string') {
        // The first quote opens the string, the next unescaped one closes it.
        if (this.#inString) return i + 1;
        this.#inString = true;
      } else if (char === '"') {
        this.#inString = !this.#inString;
      } else if (char === '{' || char === '[') {
        this.#depth++;
      } else if (--this.#depth === 0) {
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  #finishPiece(text: string): void {
    this.#kind = 'none';
    this.#parts = [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new StreamError('a piece of the bundle is not valid JSON');
    }
    if (this.#target === 'key') {
      this.#key = value as string;
      this.#state = 'colon';
    } else if (this.#target === 'field') {
      this.handlers.field(this.#key, value);
      this.#state = 'after-value';
    } else {
      this.handlers.question(value);
      this.#state = 'after-item';
    }
  }
}
