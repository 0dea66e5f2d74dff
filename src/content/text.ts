/**
 * What counts as visible text, and when two pieces of text are the same text. The schema, the
 * tag list, the tag filter and the search tokenizer all ask here, so they cannot disagree.
 */

/** Characters that draw nothing by themselves, and that a font may not show at all. */
export const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * A character that draws something: not a space or separator, not default-ignorable (zero-width
 * space, word joiner, BOM, Hangul fillers...), not a control, format, surrogate or unassigned code
 * point, not a combining mark on its own, not the blank Braille pattern. Written for `u` mode.
 */
export const VISIBLE_CHARACTER =
  /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Z}\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{M}\u2800]/u;

export const hasVisibleCharacter = (text: string): boolean => VISIBLE_CHARACTER.test(text);

const SPACES = /\p{White_Space}+/gu;

/**
 * A tag's identity: NFC, without default-ignorable characters, spaces collapsed and trimmed; case
 * is kept, as tags always were. "café" composed and decomposed, or "re\u200Bmote" and "remote",
 * are one tag.
 */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').replace(DEFAULT_IGNORABLE, '').replace(SPACES, ' ').trim();
}

/**
 * Gives every tag of a bundle one spelling: the first one seen with its identity (in NFC,
 * trimmed). Questions arrive in bundle order whether streamed or parsed at once, so both
 * ways give the same tags; a question keeps each tag once.
 */
export class TagSpellings {
  readonly #first = new Map<string, string>();

  of(tags: readonly string[]): string[] {
    const own = new Set<string>();
    for (const tag of tags) {
      const key = tagKey(tag);
      let spelling = this.#first.get(key);
      if (spelling === undefined) this.#first.set(key, (spelling = tag.normalize('NFC').trim()));
      own.add(spelling);
    }
    return [...own];
  }

  clear(): void {
    this.#first.clear();
  }
}
