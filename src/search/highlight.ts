import { cut, isUnspaced, JOINERS, normalize, segmentWords } from './tokenize.js';

/**
 * The same groups as the tokenizer's (WORD_GROUP, bounded runs too), in text that is not
 * normalized yet, where accents may still be combining marks.
 */
const DISPLAY_GROUP = /[\p{L}\p{N}\p{M}]{1,65536}(?:['’_-][\p{L}\p{N}\p{M}]{1,65536}){0,65536}/gu;

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits text into display segments for highlighting: words whose normalized form is in `matched`
 * get match: true. Keeps every character of `text` (concatenating the segments' text gives back `text`).
 */
export function highlightSegments(text: string, matched: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (part === '') return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  let index = 0;
  for (const found of text.matchAll(DISPLAY_GROUP)) {
    let group = found[0];
    push(text.slice(index, found.index), false);
    index = found.index + group.length;
    // Japanese or Chinese: marked word by word, as the segmenter splits them for the index.
    if (isUnspaced(group)) {
      for (const word of segmentWords(group)) {
        const at = group.indexOf(word);
        push(group.slice(0, at), false);
        push(word, matched.has(cut(normalize(word))));
        group = group.slice(at + word.length);
      }
      push(group, false);
      continue;
    }
    // A joined group is marked whole when it matched as one word ("H-1B" for "h1b"), else part by part.
    if (matched.has(cut(normalize(group.replace(JOINERS, ''))))) {
      push(group, true);
      continue;
    }
    let at = 0;
    for (const joiner of group.matchAll(JOINERS)) {
      const part = group.slice(at, joiner.index);
      push(part, matched.has(cut(normalize(part))));
      push(joiner[0], false);
      at = joiner.index + 1;
    }
    const part = group.slice(at);
    push(part, matched.has(cut(normalize(part))));
  }
  push(text.slice(index), false);
  return segments;
}
