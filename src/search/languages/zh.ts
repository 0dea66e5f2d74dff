/**
 * Chinese, fetched when a feed in Chinese first searches.
 * No stemmer: words are found by Intl.Segmenter (see tokenize.ts); Chinese words do not inflect.
 * Stopwords from the `stopword` package's list.
 */
import { zho } from 'stopword/src/stopwords_zho.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/zh.js';

export default {
  lang: 'zh',
  stopwords: zho,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
