/**
 * Italian, fetched when a feed in Italian first searches.
 * Word forms by the Snowball italian stemmer, on words as the index has them (folded).
 * Stopwords from the `stopword` package's list.
 */
import { stemmer } from '@orama/stemmers/italian';
import { ita } from 'stopword/src/stopwords_ita.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/it.js';

const WORD = /^[a-z]{3,32}$/;

export default {
  lang: 'it',
  stem: (word) => (WORD.test(word) ? stemmer(word) : undefined),
  stopwords: ita,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
