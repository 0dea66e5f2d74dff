import { BundleError } from './errors.js';
import { parseJson } from './json.js';
import { BundleJsonStream, StreamError } from './json-stream.js';
import { BundleAssembler, parseBundle, type ContentBundle } from './schema.js';

/** Sources already on the page: they validate at once, with no loading state. */
export type ImmediateSource = { kind: 'property'; value: unknown } | { kind: 'inline'; text: string };

/** Where a widget's content comes from, in the order of precedence the elements apply. */
export type BundleSource = ImmediateSource | { kind: 'url'; url: string } | { kind: 'default' };

const JSON_TYPE = /^application\/([\w.+-]+\+)?json$|^text\/json$/i;

/** Lets a widget draw the first questions of a large bundle while the rest is still arriving. */
export interface PreviewOptions {
  /** How many questions make a first page. */
  questions: number;
  /** Called once, with a validated bundle holding the first questions and the fields before them. */
  onPreview(bundle: ContentBundle): void;
}

export async function fetchBundle(url: string, signal?: AbortSignal, preview?: PreviewOptions): Promise<ContentBundle> {
  let response: Response;
  // A request the page's CSP blocks fails like any other; the violation report says why.
  const blockedBy: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => blockedBy.push(event.effectiveDirective);
  globalThis.document?.addEventListener('securitypolicyviolation', onViolation);
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    // Violation reports are queued as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve));
    throw new BundleError(
      'network',
      blockedBy.includes('connect-src')
        ? `Could not load ${url}: the page's Content-Security-Policy does not allow connecting to it (connect-src).`
        : `Could not load ${url}: the request failed before the server answered ` +
            `(offline, or refused across origins: the server must allow this page's origin).`,
    );
  } finally {
    globalThis.document?.removeEventListener('securitypolicyviolation', onViolation);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new BundleError('http', `Could not load ${url}: the server answered with HTTP status ${status}.`);
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
  const notJson = () =>
    new BundleError('not-json', `Could not read ${url}: expected JSON but got ${mediaType || 'a response with no content type'}.`);
  // Servers often send JSON as text/plain or octet-stream, so only an answer that is clearly
  // something else (an HTML login page, an image) is refused before parsing.
  const declaredJson = JSON_TYPE.test(mediaType);
  if (!declaredJson && /html|xml|image|video|audio/i.test(mediaType)) throw notJson();

  const chunks: string[] = [];
  const assembler = new BundleAssembler();
  let streaming = true;
  const stream = new BundleJsonStream({
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
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (chunks.length === 0 && !declaredJson && /^\s*</.test(text)) {
      await reader.cancel();
      throw notJson();
    }
    if (text) chunks.push(text);
    if (streaming) {
      try {
        stream.feed(text);
        if (done) stream.end();
      } catch (error) {
        if (!(error instanceof StreamError)) throw error;
        streaming = false;
      }
    }
    if (done) break;
  }
  // Whatever the fast reader could not take, the whole text explains with a precise message.
  return streaming ? assembler.finish() : parseBundle(parseJson(chunks.join(''), url));
}

let defaultBundle: Promise<ContentBundle> | undefined;

/**
 * The built-in content, in a chunk of its own: a page that brings its own bundle never
 * downloads it. Validated once, like any other bundle, and shared by every widget.
 */
export function loadDefaultBundle(): Promise<ContentBundle> {
  defaultBundle ??= import('./default-bundle.json').then((module) => parseBundle(module.default));
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
export async function loadBundle(source: BundleSource, signal?: AbortSignal, preview?: PreviewOptions): Promise<ContentBundle> {
  if (isImmediate(source)) return readBundle(source);
  return source.kind === 'url' ? fetchBundle(source.url, signal, preview) : loadDefaultBundle();
}
