/**
 * The script-tag file, `dist/pip-widgets.js`: a loader. It holds no element's code; it watches
 * the page for the library's tags and fetches an element's code, from the files beside it, the
 * first time its tag appears (as the autoloaders of Shoelace and Web Awesome do). A page with
 * only a course outline downloads the outline and nothing of the feed or its search engine.
 *
 * `dist/pip-widgets.all.js` is the other way: one file with every element (standalone.ts).
 */
import type { Translation } from './localize/translation.js';

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'pip-content': () => import('./components/content/content.js'),
  'pip-qa-feed': () => import('./components/qa-feed/qa-feed.js'),
  'pip-course-outline': () => import('./components/course-outline/course-outline.js'),
  'pip-risk-checklist': () => import('./components/risk-checklist/risk-checklist.js'),
};
const TAGS = Object.keys(ELEMENTS);

/**
 * Per element, the files its file imports, at any depth, written in by the build (`elementFiles`
 * in vite.config.ts); not there where the sources run as they are (the demo, the tests).
 */
declare const __PIP_ELEMENT_FILES__: Record<string, readonly string[]> | undefined;
const elementFiles = (tag: string) => (typeof __PIP_ELEMENT_FILES__ === 'object' ? (__PIP_ELEMENT_FILES__[tag] ?? []) : []);
const SELECTOR = TAGS.join(',');

const requested = new Map<string, Promise<void>>();

function load(tag: string): Promise<void> {
  let request = requested.get(tag);
  if (request) return request;
  if (customElements.get(tag)) return Promise.resolve();
  // The code every element shares, and every file the element's own imports, is asked for beside
  // it: fetched in parallel, not after the file that names it has arrived.
  const shared = [import('./internal/pip-element.js'), import('./components/content/content.js'), import('./localize/localize.js')];
  const files = elementFiles(tag).map((file) => import(/* @vite-ignore */ new URL(file, import.meta.url).href));
  request = Promise.all([...shared, ...files, ELEMENTS[tag]()]).then(
    () => undefined,
    (error: unknown) => {
      // Asked again the next time the tag is seen: the network may be back.
      requested.delete(tag);
      console.warn(
        `pip-widgets: the code of <${tag}> could not be loaded from beside ${import.meta.url}. ` +
          'Copy the whole dist/ folder, not only pip-widgets.js (or use pip-widgets.all.js, one file with every element).',
        error,
      );
    },
  );
  requested.set(tag, request);
  return request;
}

/**
 * Defines the library's elements found in `root` and below it. The page is watched from the
 * start; a shadow root is not (no observer sees inside one): a component that puts pip-widgets
 * elements in its own shadow root calls `discover(shadowRoot)`. Resolves once their code ran.
 */
export function discover(root: Document | DocumentFragment | Element = document): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && TAGS.includes(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(SELECTOR)) tags.add(element.localName);
  return Promise.all([...tags].map(load)).then(() => undefined);
}

/**
 * Adds or overrides a language for every element on the page (see the localization section of
 * the README). The translations' own module is fetched for it, the one the elements share.
 */
export function registerTranslation(lang: string, translation: Partial<Translation>): Promise<void> {
  return import('./localize/localize.js').then((localize) => localize.registerTranslation(lang, translation));
}

const observer = new MutationObserver((records) => {
  for (const { addedNodes } of records) {
    for (const node of addedNodes) if (node instanceof Element) void discover(node);
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });
void discover();
