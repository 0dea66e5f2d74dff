/**
 * English, built into the engine. Word forms by Snowball's English stemmer, Porter2
 * ("negotiating", "negotiated" and "negotiation" share "negoti"; unlike Porter's first stemmer it
 * gives "bonus" and "bonuses" one stem), for words of plain ASCII letters only: a word with other
 * letters is surely not English, and an English index meets such words in names and quotes.
 *
 * Stopwords are our own list rather than a general one: it leaves in "after" and "before" (they
 * tell "after a PIP" from "before a PIP"), "us" (the country matters in visa and benefit
 * questions), and "up", "out", "off" ("laid off" is not "laid"). Contractions appear without
 * their apostrophe because the tokenizer joins an apostrophed word up ("I'm" → "im").
 */
import { stem } from 'porter2';
import { eng } from 'stopword/src/stopwords_eng.js';
import type { SearchLanguage } from '../language.js';
import thesaurus from '../thesaurus/en.js';

const ENGLISH_WORD = /^[a-z]{3,32}$/;
/** Words of the general list that tell questions apart here. */
const KEPT = new Set(['after', 'before', 'up', 'out', 'between', 'under', 'over']);

export default {
  lang: 'en',
  stem: (word) => (ENGLISH_WORD.test(word) ? stem(word) : undefined),
  stopwords: `a about all also am an and any are as at be been being but by can could did do does doing for
  from had has have having he her here him his how i if in into is it its just me my myself no not
  of on or our ours she should so some such than that the their theirs them then there these they
  this those to too very was we were what when where which who whom why will with would you your
  yours im ive dont doesnt didnt isnt arent wasnt werent cant couldnt shouldnt wouldnt wont youre
  youve theyre thats whats hes shes`
    .split(/\s+/)
    .concat(eng.filter((word) => !KEPT.has(word))),
  thesaurus,
} satisfies SearchLanguage as SearchLanguage;
