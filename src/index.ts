/**
 * pip-widgets: importing this module registers every element, and exports the bundle API,
 * localization and events too. The script-tag builds are a loader (`dist/pip-widgets.js`, see
 * loader.ts) and one file with the elements and `registerTranslation` (`dist/pip-widgets.all.js`,
 * see standalone.ts).
 */
export * from './standalone.js';
export { PipElement, type Settling } from './internal/pip-element.js';
export { ContentController, type LoadStatus, type BundleSection } from './controllers/content-controller.js';
export type * from './events.js';
export type * from './localize/translation.js';
export { MemoryQuestionSource, questionSourceFor, MAX_QUERY_LENGTH } from './sources/index.js';
export type { QuestionSource, QuestionSort, ResultsRequest, ResultsWindow, TagCount } from './sources/index.js';
export * from './content/index.js';
