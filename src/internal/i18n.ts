/** A message with a form for each plural category; `other` is required, as in Intl.PluralRules. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Replaces `{name}` placeholders. The result is text for a Lit binding, never markup. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const pluralRules = new Map<string, Intl.PluralRules>();

export function formatPlural(
  message: PluralMessage,
  count: number,
  lang: string,
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const template = message[rules.select(count)] ?? message.other;
  return formatMessage(template, { count: new Intl.NumberFormat(lang).format(count), ...values });
}

/** The language an element speaks: its own or nearest `lang`, else the page's, else the browser's. */
export function languageOf(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats a bundle date; a date without a time is a calendar day, not midnight UTC shifted to local time. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: DATE_ONLY.test(iso) ? 'UTC' : undefined }).format(date);
}
