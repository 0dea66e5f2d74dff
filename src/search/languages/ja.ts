/**
 * Japanese, fetched when a feed in Japanese first searches.
 * No stemmer: words are found by Intl.Segmenter (see tokenize.ts), and completions cover the rest.
 * Stopwords from the `stopword` package's list.
 */
import { jpn } from 'stopword/src/stopwords_jpn.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/ja.js';

export default {
  lang: 'ja',
  stopwords: jpn,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
