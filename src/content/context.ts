import { createContext } from '@lit/context';
import type { BundleError } from './errors.js';
import type { ContentBundle } from './schema.js';

/** What `<pip-content>` hands to the widgets inside it: its whole lifecycle, not only the result. */
export type ContentState =
  | { status: 'loading' }
  | { status: 'ready'; bundle: ContentBundle }
  | { status: 'error'; error: BundleError };

export const contentContext = createContext<ContentState>(Symbol.for('pip-widgets.content'));
