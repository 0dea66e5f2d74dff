/**
 * Arabic, fetched when a feed in Arabic first searches.
 * Word forms by the Snowball arabic stemmer, on words as the index has them (folded).
 * Stopwords from the `stopword` package's list.
 */
import { stemmer } from '@orama/stemmers/arabic';
import { ara } from 'stopword/src/stopwords_ara.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/ar.js';

const WORD = /^[\u0621-\u064a]{3,32}$/;

export default {
  lang: 'ar',
  stem: (word) => (WORD.test(word) ? stemmer(word) : undefined),
  stopwords: ara,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
