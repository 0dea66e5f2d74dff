/**
 * Portuguese, fetched when a feed in Portuguese first searches.
 * Word forms by the Snowball portuguese stemmer, on words as the index has them (folded).
 * Stopwords from the `stopword` package's list.
 */
import { stemmer } from '@orama/stemmers/portuguese';
import { por } from 'stopword/src/stopwords_por.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/pt.js';

const WORD = /^[a-z]{3,32}$/;

export default {
  lang: 'pt',
  stem: (word) => (WORD.test(word) ? stemmer(word) : undefined),
  stopwords: por,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
