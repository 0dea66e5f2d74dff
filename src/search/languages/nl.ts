/**
 * Dutch, fetched when a feed in Dutch first searches.
 * Word forms by the Snowball dutch stemmer, on words as the index has them (folded).
 * Stopwords from the `stopword` package's list.
 */
import { stemmer } from '@orama/stemmers/dutch';
import { nld } from 'stopword/src/stopwords_nld.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/nl.js';

const WORD = /^[a-z]{3,32}$/;

export default {
  lang: 'nl',
  stem: (word) => (WORD.test(word) ? stemmer(word) : undefined),
  stopwords: nld,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
