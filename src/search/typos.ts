/** Edit distance and sorted-vocabulary helpers for matching misspelled and half-typed words. */

/**
 * Typos between a query word and a vocabulary word: Levenshtein distance with a swap of two
 * neighbours counting as one (optimal string alignment). For a word still being typed, the
 * distance to the closest start of `word`, so "severn" is one typo from "severance".
 */
export function typoDistance(text: string, word: string, prefix: boolean): number {
  let before: number[] = [];
  let previous = Array.from({ length: word.length + 1 }, (_, j) => j);
  for (let i = 1; i <= text.length; i++) {
    const row = [i];
    for (let j = 1; j <= word.length; j++) {
      let cost = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (text[i - 1] === word[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && text[i - 1] === word[j - 2] && text[i - 2] === word[j - 1]) cost = Math.min(cost, before[j - 2] + 1);
      row.push(cost);
    }
    before = previous;
    previous = row;
  }
  return prefix ? Math.min(...previous) : previous[word.length];
}

/** The range of sorted `words` that start with `prefix`, by binary search. */
export function startingWith(words: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < words.length && words[end].startsWith(prefix)) end++;
  return [low, end];
}

/** Sorted `words` of at least `min` letters, cut to `max` letters, without duplicates (still sorted). */
export function headsOf(words: readonly string[], min: number, max: number): string[] {
  const heads: string[] = [];
  for (const word of words) {
    if (word.length < min) continue;
    const head = word.length > max ? word.slice(0, max) : word;
    if (head !== heads[heads.length - 1]) heads.push(head);
  }
  return heads;
}
