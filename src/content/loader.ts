import { BundleError } from './errors.js';
import { parseJson } from './json.js';
import { parseBundle, type ContentBundle } from './schema.js';

/** Sources already on the page: they validate at once, with no loading state. */
export type ImmediateSource = { kind: 'property'; value: unknown } | { kind: 'inline'; text: string };

/** Where a widget's content comes from, in the order of precedence the elements apply. */
export type BundleSource = ImmediateSource | { kind: 'url'; url: string } | { kind: 'default' };

const JSON_TYPE = /^application\/([\w.+-]+\+)?json$|^text\/json$/i;

export async function fetchBundle(url: string, signal?: AbortSignal): Promise<ContentBundle> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new BundleError(
      'network',
      `Could not load ${url}: the request failed before the server answered ` +
        `(offline, blocked by the page's security policy, or refused across origins).`,
    );
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new BundleError('http', `Could not load ${url}: the server answered with HTTP status ${status}.`);
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
  const text = await response.text();
  // Servers often send JSON as text/plain or octet-stream, so only an answer that is clearly
  // something else (an HTML login page, an image) is refused before parsing.
  if (!JSON_TYPE.test(mediaType) && (/html|xml|image|video|audio/i.test(mediaType) || /^\s*</.test(text))) {
    throw new BundleError(
      'not-json',
      `Could not read ${url}: expected JSON but got ${mediaType || 'a response with no content type'}.`,
    );
  }
  return parseBundle(parseJson(text, url));
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
export async function loadBundle(source: BundleSource, signal?: AbortSignal): Promise<ContentBundle> {
  if (isImmediate(source)) return readBundle(source);
  return source.kind === 'url' ? fetchBundle(source.url, signal) : loadDefaultBundle();
}
