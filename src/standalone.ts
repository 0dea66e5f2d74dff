/**
 * The single-file build, `dist/pip-widgets.all.js`: registers every element at once and exports
 * their classes, and `registerTranslation` for a site's own words. The script-tag file,
 * `dist/pip-widgets.js`, is the loader instead (loader.ts), which fetches each element's code
 * when its tag appears. The bundle API (parseBundle, the schema, loadBundle) is for npm users, in
 * `pip-widgets/bundle`.
 */
// <pip-content> first, so that it upgrades, and answers its widgets, before they ask.
export { PipContent } from './components/content/content.js';
export { PipQaFeed } from './components/qa-feed/qa-feed.js';
export { PipCourseOutline } from './components/course-outline/course-outline.js';
export { PipRiskChecklist } from './components/risk-checklist/risk-checklist.js';
export { registerTranslation } from './localize/localize.js';
