/**
 * Spanish, fetched when a feed in Spanish first searches.
 * Word forms by the Snowball spanish stemmer, on words as the index has them (folded).
 * Stopwords from the `stopword` package's list.
 */
import { stemmer } from '@orama/stemmers/spanish';
import { spa } from 'stopword/src/stopwords_spa.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/es.js';

const WORD = /^[a-z]{3,32}$/;

export default {
  lang: 'es',
  stem: (word) => (WORD.test(word) ? stemmer(word) : undefined),
  stopwords: spa,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
