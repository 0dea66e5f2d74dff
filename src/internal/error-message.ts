import { html } from 'lit';
import { formatPath, type BundleError, type PipErrorCode } from '../content/errors.js';
import type { LocalizeController } from '../localize/localize.js';
import type { TermKey } from '../localize/translation.js';

/** The message a reader sees for each kind of error; the others mean the content cannot be read. */
const MESSAGES: Partial<Record<PipErrorCode, TermKey>> = {
  network: 'errorNetwork',
  http: 'errorHttp',
  timeout: 'errorTimeout',
  version: 'errorVersion',
  'missing-section': 'errorMissingSection',
  render: 'errorRender',
};

/** How many field paths a reader's message names; the event and `error.issues` have them all. */
const PATHS_SHOWN = 3;

/**
 * What a reader is told about an error, in their language: short, and for a broken bundle the
 * field paths to look at. The technical explanation stays in `error.message`.
 */
export function readerMessage(error: BundleError, localize: LocalizeController): unknown {
  if (error.code !== 'schema') return localize.term(MESSAGES[error.code] ?? 'errorUnreadable');
  // A path names where the author must look; a bundle wrong as a whole has none worth showing.
  const paths = error.issues.map((issue) => issue.path).filter((path) => path !== formatPath([]));
  if (paths.length === 0) return localize.term('errorUnreadable');
  const fields = paths.slice(0, PATHS_SHOWN);
  if (paths.length > PATHS_SHOWN) fields.push(localize.plural('moreFields', paths.length - PATHS_SHOWN));
  // Paths are the bundle's own keys, in no language: code, never translated.
  const list = localize.list(fields, (text, index) => (index < PATHS_SHOWN ? html`<code translate="no">${text}</code>` : text));
  const [before, after] = localize.term('errorSchema').split('{fields}');
  return after === undefined ? [before, ' ', list] : [before, list, after];
}
