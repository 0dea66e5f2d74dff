/**
 * What the engine knows of a language: how its words are stemmed, which words are too common to
 * tell questions apart, and which words mean the same. English is built in (languages/en.ts);
 * each other shipped language is a file of its own, fetched when a feed in it first searches.
 */
import english from './languages/en.js';
import { parseThesaurus, Thesaurus, type SynonymGroup } from './thesaurus.js';
import { normalize } from './tokenize.js';

export interface SearchLanguage {
  /** The primary language subtag: "en", "de". */
  readonly lang: string;
  /** The stem of a normalized word, or undefined for a word that is not one to stem. */
  readonly stem?: (word: string) => string | undefined;
  /** Normalized or not: they are normalized as the index reads them. */
  readonly stopwords: readonly string[];
  /** One group of synonyms per line, entries separated by commas (see thesaurus/en.ts). */
  readonly thesaurus: string;
}

export interface LanguageOptions {
  /** Groups of the bundle's own (format 1.1 `search.synonyms`), added to the language's. */
  synonyms?: readonly SynonymGroup[];
  /** false: the bundle's groups only (format 1.1 `search.builtinSynonyms`). */
  builtinSynonyms?: boolean;
}

/** A language as one index uses it, with the bundle's own synonyms. */
export class Analysis {
  readonly lang: string;
  readonly stopwords: ReadonlySet<string>;
  readonly thesaurus: Thesaurus;
  readonly #stem: (word: string) => string | undefined;

  constructor(language: SearchLanguage, options: LanguageOptions) {
    this.lang = language.lang;
    this.#stem = language.stem ?? (() => undefined);
    // English stopwords too: English words turn up in questions in every language ("PIP", "HR").
    this.stopwords = new Set([...language.stopwords, ...english.stopwords].map(normalize));
    const groups = [...(options.builtinSynonyms === false ? [] : parseThesaurus(language.thesaurus)), ...(options.synonyms ?? [])];
    this.thesaurus = new Thesaurus(groups, this);
  }

  /** The stem of a normalized word, or undefined. */
  stem(word: string): string | undefined {
    return this.#stem(word);
  }

  /** What a word is compared by, for synonyms: its stem, or itself. */
  key(word: string): string {
    return this.#stem(word) ?? word;
  }
}
