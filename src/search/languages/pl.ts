/**
 * Polish, fetched when a feed in Polish first searches.
 * Snowball has no Polish stemmer; the thesaurus lists the forms readers type most.
 * Stopwords from the `stopword` package's list.
 */
import { pol } from 'stopword/src/stopwords_pol.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/pl.js';

export default {
  lang: 'pl',
  stopwords: pol,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
