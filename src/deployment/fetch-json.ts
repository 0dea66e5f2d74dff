/**
 * One file of a deployment, fetched and parsed: small files, many of them, each asked for by a
 * widget already on screen. XMLHttpRequest rather than fetch: a page whose Object.prototype has a
 * `then` makes fetch's Response a thenable that never settles, and a deployment must search there
 * too. The parsed value comes boxed, for the same reason.
 */
import { BundleError } from '../content/errors.js';
import { box, type Box } from '../internal/boxed.js';

/** Tries a file again this often after a failure that trying again may mend (no answer, a 5xx). */
const RETRIES = 2;
const RETRY_DELAY_MS = 250;

/** Failures that trying again will not mend: a 4xx, an answer that is not JSON, a timeout already waited out. */
const lasting = new WeakSet<BundleError>();
const final = (error: BundleError) => (lasting.add(error), error);

/**
 * Fetches `url` and parses it as JSON; rejects with a BundleError, or with the signal's reason.
 * `timeoutMs`: how long the file may take (a `timeout` error then, not tried again).
 */
export function fetchJson(url: string, signal?: AbortSignal, timeoutMs = 0): Promise<Box<unknown>> {
  const attempt = (left: number): Promise<Box<unknown>> =>
    requestText(url, signal, timeoutMs).then(
      (text) => {
        try {
          return box(JSON.parse(text) as unknown);
        } catch {
          throw new BundleError('json-syntax', `Could not read ${url}: it is not valid JSON (the deployment is damaged: build it again).`);
        }
      },
      (error: unknown) => {
        const again = left > 0 && !signal?.aborted && error instanceof BundleError && !lasting.has(error);
        if (!again) throw error;
        return wait(RETRY_DELAY_MS * (RETRIES - left + 1), signal).then(() => attempt(left - 1));
      },
    );
  return attempt(RETRIES);
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

function requestText(url: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<string> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const onAbort = () => request.abort();
    const settle = () => signal?.removeEventListener('abort', onAbort);
    request.onload = () => {
      settle();
      const { status, statusText } = request;
      if (status < 200 || status > 299) {
        const error = new BundleError('http', `Could not load ${url}: the server answered with HTTP status ${status}${statusText ? ` ${statusText}` : ''}.`);
        reject(status < 500 ? final(error) : error);
      } else if (/html|xml|image|video|audio/i.test(request.getResponseHeader('content-type') ?? '')) {
        reject(final(new BundleError('not-json', `Could not read ${url}: expected JSON but got ${request.getResponseHeader('content-type')}.`)));
      } else resolve(request.responseText);
    };
    request.onerror = () => {
      settle();
      reject(new BundleError('network', `Could not load ${url}: the request failed before the server answered (offline, blocked by the page's Content-Security-Policy, or refused across origins).`));
    };
    request.ontimeout = () => {
      settle();
      reject(final(new BundleError('timeout', `Could not load ${url}: no answer after ${+(timeoutMs / 1000).toFixed(1)} s.`)));
    };
    request.onabort = () => {
      settle();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    request.open('GET', url);
    request.timeout = timeoutMs;
    request.setRequestHeader('accept', 'application/json');
    request.send();
  });
}
