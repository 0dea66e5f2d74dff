import { STOPWORDS } from './stopwords.js';
import { cut, ENDS_IN_WORD, JOINERS, normalize, PHRASE_WORD, WORD_GROUP } from './tokenize.js';

/** Characters; longer queries are cut. */
export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 8;

export interface QueryWord {
  text: string;
  /** Still being typed: the query ends inside this word. */
  open: boolean;
}

/** One query word group, as alternatives; a question matches the term through any alternative that matches all its words. */
export type Term = QueryWord[][];

export interface ParsedQuery {
  terms: Term[];
  /** The query's words, stopwords included, for the title phrase check. */
  phrase: string[];
  open: boolean;
}

export function parseQuery(query: string): ParsedQuery {
  // A cut can split a surrogate pair ("𠮷", "𝐀"): its lone first half would end the last word
  // early, so a word being typed would be taken as complete.
  const text = normalize(query.slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, ''));
  const open = ENDS_IN_WORD.test(text);
  const groups = text.match(WORD_GROUP) ?? [];
  const terms: Term[] = [];
  groups.forEach((group, index) => {
    const groupOpen = open && index === groups.length - 1;
    const parts = group.split(JOINERS).map(cut);
    const joined = cut(parts.join(''));
    const alternatives: Term = [];
    if (joined.length > 1 && !STOPWORDS.has(joined)) alternatives.push([{ text: joined, open: groupOpen }]);
    if (parts.length > 1) {
      const words = parts
        .map((text, i) => ({ text, open: groupOpen && i === parts.length - 1 }))
        .filter(({ text }) => text.length > 1 && !STOPWORDS.has(text));
      // "stack-rnk": the joined form can only be fuzzy, the parts must all match on their own.
      if (words.length > 0) alternatives.push(words);
    }
    if (alternatives.length > 0) terms.push(alternatives);
  });
  return { terms: terms.slice(0, MAX_TERMS), phrase: text.match(PHRASE_WORD) ?? [], open };
}
