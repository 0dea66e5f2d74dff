/**
 * The search engine behind `<pip-qa-feed>`, on its own: build a `QuestionIndex` over questions,
 * search it on every keystroke, and split a title into highlighted segments. Nothing here knows
 * about elements or the DOM, and nothing here imports the rest of the library: the feed loads it
 * as a file of its own, fetched beside the bundle.
 */
import type { SearchLanguage } from './language.js';
import english from './languages/en.js';

export { QuestionIndex, type SearchResult } from './question-index.js';
export { MAX_QUERY_LENGTH } from './query.js';
export { highlightSegments, type Segment } from './highlight.js';
export { normalize } from './tokenize.js';
export type { LanguageOptions, SearchLanguage } from './language.js';
export type { SynonymGroup } from './thesaurus.js';
export { english };

type LanguageModule = Promise<{ default: SearchLanguage }>;

/** The languages shipped beside the engine. Written out, so that every bundler splits each into a file of its own. */
const shipped: Record<string, () => LanguageModule> = {
  ar: () => import('./languages/ar.js'),
  de: () => import('./languages/de.js'),
  es: () => import('./languages/es.js'),
  fr: () => import('./languages/fr.js'),
  he: () => import('./languages/he.js'),
  it: () => import('./languages/it.js'),
  ja: () => import('./languages/ja.js'),
  nl: () => import('./languages/nl.js'),
  pl: () => import('./languages/pl.js'),
  pt: () => import('./languages/pt.js'),
  zh: () => import('./languages/zh.js'),
};

/** The primary subtag of a language the engine has ("pt" for "pt-BR"), else "en". */
export function searchLanguageOf(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(shipped, primary) ? primary : 'en';
}

/**
 * The search language for a language tag (searchLanguageOf), fetched the first time it is asked
 * for. Rejects when its file cannot be fetched.
 */
export function loadSearchLanguage(lang: string): Promise<{ readonly value: SearchLanguage }> {
  const code = searchLanguageOf(lang);
  const boxed = (value: SearchLanguage) => Object.assign(Object.create(null) as { value: SearchLanguage }, { value });
  // Boxed: on a page whose Object.prototype has a `then`, a promise of the language never settles.
  return code === 'en' ? Promise.resolve(boxed(english)) : shipped[code]().then((module) => boxed(module.default));
}
