/**
 * Words too common to tell questions apart. They are not indexed (a third of all tokens in forum
 * text, for no ranking value), and they are dropped from queries unless a query has nothing else.
 *
 * Contractions appear without their apostrophe because the tokenizer also indexes a hyphenated
 * or apostrophed word joined up ("I'm" → "im", "H-1B" → "h1b").
 * Left out on purpose: "us" (the country matters in visa and benefits questions), "after" and
 * "before" (they tell "after a PIP" from "before a PIP").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about all also am an and any are as at be been being but by can could did do does doing for
  from had has have having he her here him his how i if in into is it its just me my myself no not
  of on or our ours she should so some such than that the their theirs them then there these they
  this those to too very was we were what when where which who whom why will with would you your
  yours im ive dont doesnt didnt isnt arent wasnt werent cant couldnt shouldnt wouldnt wont youre
  youve theyre thats whats hes shes`.split(/\s+/),
);
