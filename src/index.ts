/**
 * pip-widgets: importing this module registers every element, and exports the bundle API too.
 * `dist/pip-widgets.js`, the script-tag build, is the elements alone (see standalone.ts).
 */
// <pip-content> first, so that it upgrades, and answers its widgets, before they ask.
export { PipContent } from './components/content/content.js';
export { PipQaFeed } from './components/qa-feed/qa-feed.js';
export { PipCourseOutline } from './components/course-outline/course-outline.js';
export { PipRiskChecklist } from './components/risk-checklist/risk-checklist.js';
export { PipElement, type LoadStatus } from './internal/pip-element.js';
export type { PipErrorDetail, PipLoadDetail, PipEventDetails } from './internal/events.js';
export * from './content/index.js';
