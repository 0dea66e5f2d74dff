/**
 * How text becomes words, the same way for what is indexed and what is typed: normalized, split
 * into word groups, joined groups also run together.
 */

/**
 * fuse.js runs Bitap on 32-bit masks and splits longer patterns into chunks, which is very slow
 * on long input. Index words are cut the same way, so a cut query word still meets its cut twin.
 */
export const MAX_WORD_LENGTH = 32;

/**
 * Words joined by an apostrophe, hyphen or underscore are one group: "H-1B", "manager's", "check-in".
 *
 * Runs are bounded ({1,65536}, not +): V8 keeps a backtracking entry per character of a run of
 * most non-Latin letters or marks, and a run of a few million ("ααα…") overflowed its stack
 * (RangeError) and stopped the index. A longer run is read as several words, cut like any other.
 */
export const WORD_GROUP = /[\p{L}\p{N}]{1,65536}(?:['’_-][\p{L}\p{N}]{1,65536}){0,65536}/gu;
const JOINER = /['’_-]/u;
export const JOINERS = /['’_-]/gu;
export const PHRASE_WORD = /[\p{L}\p{N}]{1,65536}/gu;
/** Whether text ends inside a word: a query that does, is still being typed. */
export const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
/** One mark at a time: a run of them had the same overflow as a run of letters. */
const COMBINING_MARKS = /\p{M}/gu;
/**
 * Zero-width and other default-ignorable characters, as in content/text.ts (tag identity): the
 * search engine is a file of its own that imports nothing from the rest, so it has its own copy.
 */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lowercase, NFKD-decomposed with combining marks and default-ignorable characters removed:
 * "Résumé" → "resume", and "re\u200Bmote" (a zero-width space inside) → "remote".
 */
export function normalize(text: string): string {
  // Most text is ASCII, where NFKD changes nothing, and skipping it is most of the build's time.
  if (ASCII.test(text)) return text.toLowerCase();
  // NFKD first: some compatibility characters decompose to capitals ("ℌ" → "H").
  return text.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS, '').replace(DEFAULT_IGNORABLE, '');
}

/**
 * Markdown without its link targets ("](…)" becomes "]"): URLs are not words anyone searches for.
 * A scan rather than /\]\([^)]*\)/g, which reads to the end of the text again from every "]("
 * that has no ")" after it.
 */
export function withoutLinkTargets(markdown: string): string {
  let at = markdown.indexOf('](');
  if (at === -1) return markdown;
  let out = '';
  let from = 0;
  while (at !== -1) {
    const close = markdown.indexOf(')', at + 2);
    // No ")" after this "](" means none after any later one either.
    if (close === -1) break;
    out += markdown.slice(from, at + 1);
    from = close + 1;
    at = markdown.indexOf('](', from);
  }
  return out + markdown.slice(from);
}

export const cut = (word: string) => (word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);

/**
 * Calls `visit` with every word of normalized text longer than one letter, stopwords included. A
 * joined group yields its parts and the parts run together, so "H-1B" is found by "h1b" and "1b",
 * and "stack-rank" by "stackrank", "stack" and "rank".
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  // match() rather than matchAll(): no match object per word of a large bundle.
  for (const group of text.match(WORD_GROUP) ?? []) {
    if (!JOINER.test(group)) {
      if (group.length > 1) visit(cut(group));
      continue;
    }
    const parts = group.split(JOINERS);
    for (const part of parts) if (part.length > 1) visit(cut(part));
    visit(cut(parts.join('')));
  }
}

/** Normalized words separated by single spaces, padded with spaces, so a phrase is found with indexOf. */
export function phraseOf(normalized: string): string {
  return ` ${(normalized.match(PHRASE_WORD) ?? []).join(' ')} `;
}
