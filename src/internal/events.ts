import type { BundleIssue, PipErrorCode } from '../content/errors.js';
import type { ContentBundle } from '../content/schema.js';

export interface PipErrorDetail {
  code: PipErrorCode;
  message: string;
  issues: readonly BundleIssue[];
}

export interface PipLoadDetail {
  bundle: ContentBundle;
}

/** Every `pip-*` event and its detail; components add theirs to GlobalEventHandlersEventMap below. */
export interface PipEventDetails {
  'pip-error': PipErrorDetail;
  'pip-load': PipLoadDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pip-error': CustomEvent<PipErrorDetail>;
    'pip-load': CustomEvent<PipLoadDetail>;
  }
}

/** All our events bubble and cross shadow roots, so a host can listen on any ancestor. */
export function emit<Name extends keyof PipEventDetails>(
  target: EventTarget,
  name: Name,
  detail: PipEventDetails[Name],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
