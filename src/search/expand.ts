/**
 * A parsed query made to say what the reader meant, before any question is scored: words typed
 * apart that the questions write as one ("face book" → "facebook"), one word that the questions
 * write as several ("papertrail" → "paper trail"), and synonyms ("boss" → "manager").
 */
import { alternative, type QueryWord, type Term } from './query.js';
import type { Thesaurus } from './thesaurus.js';
import { isUnspaced, MAX_WORD_LENGTH } from './tokenize.js';
import { KNOWN_FREQUENCY } from './vocabulary.js';

/** The same word written apart, or run together: hardly less sure than as typed. */
const JOINED = 1;
const SPLIT = 0.9;
/** Another word for the same thing: surer than a typo (at most 0.6), below the word itself. */
export const SYNONYM = 0.7;

const MIN_SPLIT_LENGTH = 5;
const MAX_SPLIT_PARTS = 4;

export interface Words {
  /** How many questions use a normalized word (0 for a word no question uses). */
  frequency(word: string): number;
  stopwords: ReadonlySet<string>;
  key(word: string): string;
  thesaurus: Thesaurus;
}

/** A term's word as typed when it is one word (not a hyphenated group, not several words of a synonym), else undefined. */
function single(term: Term): QueryWord | undefined {
  const [first] = term;
  return first.words.length === 1 && first.weight === 1 && !isUnspaced(first.words[0].text) ? first.words[0] : undefined;
}

/** Synonyms first: "improvement plan" is an entry of the thesaurus before it is "improvementplan". */
export function expandTerms(terms: readonly Term[], words: Words): Term[] {
  return withCompounds(withSynonyms(terms, words), words);
}

function withCompounds(terms: readonly Term[], words: Words): Term[] {
  const out: Term[] = [];
  for (let i = 0; i < terms.length; i++) {
    const word = single(terms[i]);
    const next = i + 1 < terms.length ? single(terms[i + 1]) : undefined;
    if (word && next && !word.open && word.text.length + next.text.length <= MAX_WORD_LENGTH) {
      const joined = word.text + next.text;
      if (words.frequency(joined) > 0) {
        out.push([alternative([word, next], 2), alternative([{ text: joined, open: next.open, fixed: !next.open }], 2, JOINED)]);
        i++;
        continue;
      }
    }
    const parts = word && word.text.length >= MIN_SPLIT_LENGTH && words.frequency(word.text) < KNOWN_FREQUENCY ? split(word.text, words) : undefined;
    out.push(parts ? [...terms[i], alternative(parts.map((text) => ({ text, open: false, fixed: true })), 1, SPLIT)] : terms[i]);
  }
  return out;
}

/**
 * `word` as the fewest words questions use (stopwords allowed between them, and dropped), at
 * least two: "papertrail" → paper, trail; "opentowork" → open, work. Undefined if it is no such.
 */
function split(word: string, words: Words): string[] | undefined {
  const n = word.length;
  // fewest[i]: the fewest parts that spell word.slice(0, i); from[i]: where its last part starts.
  const fewest = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  fewest[0] = 0;
  for (let end = 2; end <= n; end++) {
    for (let start = end - 2; start >= 0; start--) {
      if (fewest[start] + 1 >= fewest[end]) continue;
      const part = word.slice(start, end);
      if (words.stopwords.has(part) || words.frequency(part) > 0) {
        fewest[end] = fewest[start] + 1;
        from[end] = start;
      }
    }
  }
  if (fewest[n] < 2 || fewest[n] > MAX_SPLIT_PARTS) return undefined;
  const parts: string[] = [];
  for (let end = n; end > 0; end = from[end]) parts.unshift(word.slice(from[end], end));
  const kept = parts.filter((part) => !words.stopwords.has(part));
  return kept.length > 0 ? kept : undefined;
}

/** Each run of query words that spells a thesaurus entry becomes one term: those words, or any synonym. */
function withSynonyms(terms: readonly Term[], words: Words): Term[] {
  if (words.thesaurus.size === 0) return [...terms];
  const keys = terms.map((term) => {
    const word = term[0].words.length === 1 ? term[0].words[0] : undefined;
    return word && words.key(word.text);
  });
  const out: Term[] = [];
  for (let i = 0; i < terms.length; ) {
    const match = words.thesaurus.match(keys, i);
    if (!match) {
      out.push(terms[i++]);
      continue;
    }
    const { span, others } = match;
    const synonyms = others.map((words) => ({
      ...alternative(words.map((text) => ({ text, open: false, fixed: true })), span, SYNONYM),
      together: words.length > 1,
    }));
    const own = span === 1 ? terms[i] : [alternative(terms.slice(i, i + span).map((term) => term[0].words[0]), span)];
    out.push([...own, ...synonyms]);
    i += span;
  }
  return out;
}
