/**
 * French, fetched when a feed in French first searches.
 * Word forms by the Snowball french stemmer, on words as the index has them (folded).
 * Stopwords from the `stopword` package's list.
 */
import { stemmer } from '@orama/stemmers/french';
import { fra } from 'stopword/src/stopwords_fra.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/fr.js';

const WORD = /^[a-z]{3,32}$/;

export default {
  lang: 'fr',
  stem: (word) => (WORD.test(word) ? stemmer(word) : undefined),
  stopwords: fra,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
