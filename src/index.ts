/**
 * pip-widgets: importing this module registers every element, and exports the bundle API too.
 * `dist/pip-widgets.js`, the script-tag build, is the elements alone (see standalone.ts).
 */
export * from './standalone.js';
export { PipElement, type LoadStatus } from './internal/pip-element.js';
export type { PipErrorDetail, PipLoadDetail, PipEventDetails } from './internal/events.js';
export * from './content/index.js';
