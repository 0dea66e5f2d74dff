/**
 * Every `pip-*` event and its detail, declared once. The DOM typings (`addEventListener` knows
 * each detail), `emit()` and the events in `custom-elements.json` (through the analyzer plugin in
 * `custom-elements-manifest.config.mjs`, which reads this file) are all made from this map.
 */
import type { BundleIssue, PipErrorCode } from './content/errors.js';
import type { ContentBundle } from './content/schema.js';

export interface PipLoadDetail {
  /** The validated bundle, as the element shows it. */
  bundle: ContentBundle;
}

export interface PipErrorDetail {
  /** Why the content could not be shown. */
  code: PipErrorCode;
  /** The technical explanation, in English, for the developer (readers see a short translated one). */
  message: string;
  /** Each schema problem with its field path. */
  issues: readonly BundleIssue[];
}

export interface PipSearchDetail {
  query: string;
  /** How many questions match in all, not only those shown. */
  count: number;
}

export interface PipQuestionToggleDetail {
  id: string;
  expanded: boolean;
}

export interface PipLessonSelectDetail {
  id: string;
  url: string;
}

export interface PipProgressDetail {
  /** The course the progress belongs to. */
  courseId: string;
  done: number;
  total: number;
}

export interface PipRiskChangeDetail {
  /** The checklist the answers belong to. */
  checklistId: string;
  /** Ticked weight as a percentage of all weight, 0-100. */
  score: number;
  /** The label of the level reached. */
  level: string;
  /** Ids of the ticked items, in checklist order. */
  checked: string[];
}

export interface PipEventMap {
  /** The content is loaded and valid. */
  'pip-load': PipLoadDetail;
  /** The content could not be loaded, is invalid, lacks what the element shows, or failed to draw. */
  'pip-error': PipErrorDetail;
  /** The results changed for a new query or tag filter, and the cards in view are drawn. */
  'pip-search': PipSearchDetail;
  /** A question's body was opened or closed. */
  'pip-question-toggle': PipQuestionToggleDetail;
  /** A lesson link was chosen. Cancelable: cancel it to handle the navigation yourself. */
  'pip-lesson-select': PipLessonSelectDetail;
  /** A lesson was marked done or not done, or progress was reset. */
  'pip-progress': PipProgressDetail;
  /** The checklist answers changed. */
  'pip-risk-change': PipRiskChangeDetail;
}

export type PipEventName = keyof PipEventMap;

/** Each event as the DOM delivers it. */
export type PipEvents = { [Name in PipEventName]: CustomEvent<PipEventMap[Name]> };

declare global {
  interface GlobalEventHandlersEventMap extends PipEvents {}
}

/**
 * Fires a `pip-*` event. All of them bubble and cross shadow roots, so a host can listen on any
 * ancestor. Returns false when a listener canceled a cancelable event.
 */
export function emit<Name extends PipEventName>(
  target: EventTarget,
  name: Name,
  detail: PipEventMap[Name],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: Object.hasOwn(options, 'cancelable') && options.cancelable === true, detail }));
}
