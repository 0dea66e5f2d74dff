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
 * Words joined by an apostrophe, hyphen or underscore are one group: "H-1B", "manager's", "check-in";
 * so is a word with a short part in brackets, "401(k)", and numbers joined by a colon, "1:1".
 *
 * Runs are bounded ({1,65536}, not +): V8 keeps a backtracking entry per character of a run of
 * most non-Latin letters or marks, and a run of a few million ("ααα…") overflowed its stack
 * (RangeError) and stopped the index. A longer run is read as several words, cut like any other.
 */
export const WORD_GROUP =
  /[\p{L}\p{N}]{1,65536}(?:['’_-][\p{L}\p{N}]{1,65536}|(?<=\p{N}):\p{N}{1,65536}|\([\p{L}\p{N}]{1,8}\)){0,65536}/gu;
const JOINER = /['’_():-]/u;
export const JOINERS = /['’_():-]/gu;
export const PHRASE_WORD = /[\p{L}\p{N}]{1,65536}/gu;
/** Whether text ends inside a word: a query that does, is still being typed. */
export const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
/**
 * Scripts written without spaces between words (Japanese, Chinese): their runs are split into
 * words by Intl.Segmenter, the same way in questions and in queries, and one character can be a word.
 */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/**
 * Marks taken off as diacritics: on letters of these scripts ("é" → "e", Hebrew points, Arabic
 * vowel signs), and where they follow no letter. On a letter of another script a mark is part of
 * the letter: the voicing of "が" is not "か".
 * Bounded runs (see WORD_GROUP); a longer run goes with the base its first part follows.
 */
const MARKS = /\p{M}{1,65536}/gu;
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;
const LETTER = /\p{L}/u;
const FOLDS_MARKS = /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Hebrew}\p{sc=Arabic}]/u;

function withoutDiacritics(text: string): string {
  let end = -1;
  let drop = false;
  return text.replace(MARKS, (marks: string, at: number) => {
    if (at !== end) {
      const before = at > 1 && LOW_SURROGATE.test(text[at - 1]) ? text.slice(at - 2, at) : text.slice(Math.max(at - 1, 0), at);
      drop = !LETTER.test(before) || FOLDS_MARKS.test(before);
    }
    end = at + marks.length;
    return drop ? '' : marks;
  });
}

/** Letters NFKD keeps whole that readers commonly type as others. */
const FOLDED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ـ: '', ة: 'ه', ى: 'ي' };
const TO_FOLD = /[ßæœøłđıـةى]/gu;
/**
 * Zero-width and other default-ignorable characters, as in content/text.ts (tag identity): the
 * search engine is a file of its own that imports nothing from the rest, so it has its own copy.
 */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
export const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lowercase, without diacritics and default-ignorable characters: "Résumé" → "resume",
 * "Straße" → "strasse", and "re\u200Bmote" (a zero-width space inside) → "remote".
 */
export function normalize(text: string): string {
  // Most text is ASCII, where NFKD changes nothing, and skipping it is most of the build's time.
  if (ASCII.test(text)) return text.toLowerCase();
  // NFKD first: some compatibility characters decompose to capitals ("ℌ" → "H"). NFC last puts
  // back together what kept its marks ("が"), and Hangul syllables.
  return withoutDiacritics(text.normalize('NFKD').toLowerCase().replace(DEFAULT_IGNORABLE, ''))
    .replace(TO_FOLD, (letter) => FOLDED[letter])
    .normalize('NFC');
}

let segmenter: Intl.Segmenter | undefined;

/** The words of a run of unspaced script, as the segmenter finds them ("解雇退職金" → 解雇, 退職金). */
export function segmentWords(group: string): string[] {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(group)) if (isWordLike) words.push(segment);
  return words;
}

/** Whether a group needs the segmenter to be split into words. */
export const isUnspaced = (group: string) => UNSPACED.test(group);

/** Whether a normalized word is long enough to search for: two letters, or one of an unspaced script. */
export const isWord = (word: string) => word.length > 1 || (word.length === 1 && UNSPACED.test(word));

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

/**
 * A query's or a synonym's word group as one word: its parts run together, without a possessive
 * "'s" ("boss's" → "boss", as the index has it among the group's parts; "h-1b" → "h1b").
 */
export function joinedWord(group: string): string {
  const parts = group.split(JOINERS);
  if (parts.length > 1 && parts[parts.length - 1] === 's') parts.pop();
  return cut(parts.join(''));
}

export const cut = (word: string) => (word.length > MAX_WORD_LENGTH ? word.slice(0, MAX_WORD_LENGTH) : word);

/**
 * Calls `visit` with every word of normalized text (see isWord), stopwords included. A joined
 * group yields its parts and the parts run together, so "H-1B" is found by "h1b" and "1b", and
 * "stack-rank" by "stackrank", "stack" and "rank".
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  // match() rather than matchAll(): no match object per word of a large bundle.
  for (const group of text.match(WORD_GROUP) ?? []) {
    if (UNSPACED.test(group)) {
      for (const word of segmentWords(group)) visit(cut(word));
      continue;
    }
    if (!JOINER.test(group)) {
      if (group.length > 1) visit(cut(group));
      continue;
    }
    forEachJoinedWord(group, visit);
  }
}

/** The words of a normalized group with joiners: its parts, and the parts run together. */
export function forEachJoinedWord(group: string, visit: (word: string) => void): void {
  const parts = group.split(JOINERS);
  for (const part of parts) if (part.length > 1) visit(cut(part));
  visit(cut(parts.join('')));
}

/** The longest text forEachAsciiGroup reads: no run in it can reach WORD_GROUP's bounds. */
export const ASCII_SCAN_MAX = 65536;

/** ASCII code → WORD (letter or digit) | DIGIT bits, or 0. */
const WORD = 1;
const DIGIT = 2;
const ASCII_CLASS = new Uint8Array(128).map((_, code) =>
  code >= 48 && code <= 57 ? WORD | DIGIT : (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? WORD : 0,
);
const isWordCode = (code: number) => (ASCII_CLASS[code] & WORD) !== 0;
const isDigitCode = (code: number) => (ASCII_CLASS[code] & DIGIT) !== 0;
const APOSTROPHE = 39;
const UNDERSCORE = 95;
const HYPHEN = 45;
const COLON = 58;
const OPEN = 40;
const CLOSE = 41;
/** The most letters or digits in brackets that a group takes in, as in "401(k)". */
const BRACKETED = 8;

/**
 * The word groups of ASCII text (of at most ASCII_SCAN_MAX characters, in any case), as
 * WORD_GROUP finds them, without a string per group: `run` gets the bounds of each group without
 * joiners (nearly all of them), `joined` each other group, lowercased. The index build reads
 * every word of a bundle, and the regex's array of strings was much of its time.
 */
export function forEachAsciiGroup(
  text: string,
  run: (text: string, start: number, end: number) => void,
  joined: (group: string) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    let hasJoiner = false;
    while (i + 1 < n) {
      const code = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if ((code === APOSTROPHE || code === UNDERSCORE || code === HYPHEN) && isWordCode(next)) {
        i++;
        while (i < n && isWordCode(text.charCodeAt(i))) i++;
      } else if (code === COLON && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(next)) {
        i++;
        while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      } else if (code === OPEN) {
        let inside = 0;
        while (inside <= BRACKETED && i + 1 + inside < n && isWordCode(text.charCodeAt(i + 1 + inside))) inside++;
        if (inside < 1 || inside > BRACKETED || text.charCodeAt(i + 1 + inside) !== CLOSE) break;
        i += inside + 2;
      } else break;
      hasJoiner = true;
    }
    if (hasJoiner) joined(text.slice(start, i).toLowerCase());
    else run(text, start, i);
  }
}

/** Normalized words separated by single spaces, padded with spaces, so a phrase is found with indexOf. */
export function phraseOf(normalized: string): string {
  return ` ${(normalized.match(PHRASE_WORD) ?? []).join(' ')} `;
}
