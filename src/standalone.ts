/**
 * The script-tag build, `dist/pip-widgets.js`: registers every element and exports their
 * classes, and `registerTranslation` for a site's own words. The bundle API (parseBundle, the
 * schema, the loader) is for npm users, in `pip-widgets/bundle`; left out here, it does not count
 * against this file's size budget.
 */
// <pip-content> first, so that it upgrades, and answers its widgets, before they ask.
export { PipContent } from './components/content/content.js';
export { PipQaFeed } from './components/qa-feed/qa-feed.js';
export { PipCourseOutline } from './components/course-outline/course-outline.js';
export { PipRiskChecklist } from './components/risk-checklist/risk-checklist.js';
export { registerTranslation } from './localize/localize.js';
