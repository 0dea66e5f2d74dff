/**
 * Hebrew, fetched when a feed in Hebrew first searches.
 * Snowball has no Hebrew stemmer; the thesaurus lists the forms readers type most.
 * Stopwords from the `stopword` package's list.
 */
import { heb } from 'stopword/src/stopwords_heb.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/he.js';

export default {
  lang: 'he',
  stopwords: heb,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
