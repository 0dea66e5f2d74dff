import { cut, ENDS_IN_WORD, isUnspaced, isWord, joinedWord, JOINERS, normalize, PHRASE_WORD, segmentWords, WORD_GROUP } from './tokenize.js';

/** Characters; longer queries are cut. */
export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 8;

export interface QueryWord {
  text: string;
  /** Still being typed: the query ends inside this word. */
  open: boolean;
  /** Matched as written or by its stem only, never completed or corrected: a synonym, a split word. */
  fixed?: boolean;
}

/** Words that must all match, and how much their summed scores count. */
export interface Alternative {
  words: QueryWord[];
  weight: number;
  /**
   * Counts only where each word is in the title or tags: a synonym of several words ("level up")
   * whose words a question has only somewhere in its body ("entry-level", "follow up") means something else.
   */
  together?: boolean;
}

/** One thing the reader asked for, as alternatives; a question matches through its best alternative. */
export type Term = Alternative[];

export interface ParsedQuery {
  terms: Term[];
  /** The query's words, stopwords included, for the title phrase check. */
  phrase: string[];
  open: boolean;
}

/** An alternative of `words` standing for `span` query words, at `weight` for the kind of match. */
export const alternative = (words: QueryWord[], span: number, weight = 1): Alternative => ({
  words,
  // Scores are sums over words: an alternative of more or fewer words than the query words it
  // stands for must not weigh more or less for that alone.
  weight: (weight * span) / words.length,
});

export function parseQuery(query: string, stopwords: ReadonlySet<string>): ParsedQuery {
  // A cut can split a surrogate pair ("𠮷", "𝐀"): its lone first half would end the last word
  // early, so a word being typed would be taken as complete.
  const text = normalize(query.slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, ''));
  const open = ENDS_IN_WORD.test(text);
  const groups = text.match(WORD_GROUP) ?? [];
  const terms: Term[] = [];
  const searchable = (word: string) => isWord(word) && !stopwords.has(word);
  groups.forEach((group, index) => {
    const groupOpen = open && index === groups.length - 1;
    if (isUnspaced(group)) {
      const words = segmentWords(group).map(cut);
      words.forEach((word, i) => {
        if (searchable(word)) terms.push([alternative([{ text: word, open: groupOpen && i === words.length - 1 }], 1)]);
      });
      return;
    }
    const parts = group.split(JOINERS).map(cut);
    const joined = joinedWord(group);
    const alternatives: Term = [];
    if (searchable(joined)) alternatives.push(alternative([{ text: joined, open: groupOpen }], 1));
    if (parts.length > 1) {
      const words = parts
        .map((text, i) => ({ text, open: groupOpen && i === parts.length - 1 }))
        .filter(({ text }) => text.length > 1 && !stopwords.has(text));
      // "stack-rnk": the joined form can only be fuzzy, the parts must all match on their own.
      if (words.length > 0) alternatives.push(alternative(words, 1));
    }
    if (alternatives.length > 0) terms.push(alternatives);
  });
  return { terms: terms.slice(0, MAX_TERMS), phrase: text.match(PHRASE_WORD) ?? [], open };
}
