/**
 * German, fetched when a feed in German first searches.
 * Word forms by the Snowball german stemmer, on words as the index has them (folded).
 * Stopwords from the `stopword` package's list.
 */
import { stemmer } from '@orama/stemmers/german';
import { deu } from 'stopword/src/stopwords_deu.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/de.js';

const WORD = /^[a-z]{3,32}$/;

export default {
  lang: 'de',
  stem: (word) => (WORD.test(word) ? stemmer(word) : undefined),
  stopwords: deu,
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
