/**
 * English word forms: "negotiating", "negotiated" and "negotiation" share the Porter stem
 * "negoti". The index does not know the language of its questions (a bundle does not say), so
 * only words of plain ASCII letters are stemmed: words with other letters are surely not English,
 * and a plain word of another language that happens to share a stem only matches below its exact
 * form.
 */
import { stemmer } from 'stemmer';

const ENGLISH_WORD = /^[a-z]{3,32}$/;

/** The stem of a normalized word, or undefined when the word is not one to stem. */
export function stemOf(word: string): string | undefined {
  return ENGLISH_WORD.test(word) ? stemmer(word) : undefined;
}
