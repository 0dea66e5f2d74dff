/**
 * The search engine's languages other than English (stemmer, stopwords, thesaurus), each a file
 * of its own, fetched the first time a feed in that language searches. They are loaded from here,
 * beside the engine rather than by it, so that the engine's file imports nothing, as no lazy file does.
 */
import type { SearchLanguage } from '../search/language.js';

type LanguageModule = Promise<{ default: SearchLanguage }>;

/** Written out, so that every bundler splits each into a file of its own. */
const shipped: Record<string, () => LanguageModule> = {
  ar: () => import('../search/languages/ar.js'),
  de: () => import('../search/languages/de.js'),
  es: () => import('../search/languages/es.js'),
  fr: () => import('../search/languages/fr.js'),
  he: () => import('../search/languages/he.js'),
  it: () => import('../search/languages/it.js'),
  ja: () => import('../search/languages/ja.js'),
  nl: () => import('../search/languages/nl.js'),
  pl: () => import('../search/languages/pl.js'),
  pt: () => import('../search/languages/pt.js'),
  zh: () => import('../search/languages/zh.js'),
};

/** The search languages there are, English first. */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', ...Object.keys(shipped)];

/** A language tag's primary subtag, lowercase ("pt" for "pt-BR"); "en" for a language the engine does not ship. */
export function searchLanguageOf(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(shipped, primary) ? primary : 'en';
}

/**
 * The search language of a language tag, boxed (on a page whose Object.prototype has a `then`, a
 * promise of the language itself never settles); undefined for English, which the engine has
 * built in. Rejects when the language's file cannot be fetched.
 */
export function loadSearchLanguage(lang: string): Promise<{ readonly value: SearchLanguage }> | undefined {
  const code = searchLanguageOf(lang);
  if (code === 'en') return undefined;
  return shipped[code]().then((module) => Object.assign(Object.create(null) as { value: SearchLanguage }, { value: module.default }));
}
