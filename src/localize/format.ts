/**
 * Numbers, dates, durations, lists and plural forms in the reader's language, through `Intl`.
 * Intl objects are costly to make and cheap to keep, and a feed formats many per keystroke, so
 * one of each is kept per language and options.
 */
import type { PluralMessage } from './translation.js';

type Formatter = Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | DurationFormat;
const formatters = new Map<string, Formatter>();

function cached<Kind extends Formatter>(key: string, make: () => Kind): Kind {
  let formatter = formatters.get(key) as Kind | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Replaces `{name}` placeholders; a number is written as `lang` writes numbers ("5,000", "5.000"),
 * so no message can show one raw. The result is text for a Lit binding, never markup.
 */
export function formatMessage(template: string, values: Record<string, string | number>, lang: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name];
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** A number as `lang` writes it; -0 is 0 (Intl would write "-0"). */
export function formatNumber(value: number, lang: string): string {
  return cached(`number:${lang}`, () => new Intl.NumberFormat(lang)).format(value + 0);
}

const pluralRules = (lang: string) => cached(`plural:${lang}`, () => new Intl.PluralRules(lang));

/** The form of `message` for `count` in `lang`, with `{count}` and the other numbers formatted as that language writes numbers. */
export function formatPlural(message: PluralMessage, count: number, lang: string, values: Record<string, string | number> = {}): string {
  const rules = pluralRules(lang);
  const template = message[rules.select(count + 0)] ?? message.other;
  return formatMessage(template, { count, ...values }, lang);
}

/** "a, b and c" as the language joins a list, in parts: the items, and the words between them. */
export function listParts(items: readonly string[], lang: string): { type: 'element' | 'literal'; value: string }[] {
  return cached(`list:${lang}`, () => new Intl.ListFormat(lang)).formatToParts(items);
}

/** A share from 0 to 100 as a whole percentage, rounded down: "29 %" in German. */
export function formatPercent(share: number, lang: string): string {
  return cached(`percent:${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent' })).format(Math.floor(share) / 100 + 0);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Makes the formatters a first screen of content uses. The first Intl object of a page loads the
 * browser's locale data, which took longer than the rest of the first cards' drawing; made while
 * a bundle is on its way, it is ready when they are drawn.
 */
export function prepareFormats(lang: string): void {
  formatDate('2000-01-01', lang);
  formatDate('2000-01-01T00:00:00Z', lang);
  formatNumber(0, lang);
  pluralRules(lang);
}

/** Formats a bundle date; a date without a time is a calendar day, not midnight UTC shifted to local time. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const utc = DATE_ONLY.test(iso);
  const format = cached(`date:${lang}:${utc}`, () =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: utc ? 'UTC' : undefined }),
  );
  return format.format(date);
}

/** Intl.DurationFormat (Chromium 129+, Safari 16.4+, Firefox 136+); not yet in TypeScript's lib. */
interface DurationFormat {
  format(duration: { hours?: number; minutes?: number }): string;
}
type DurationFormatConstructor = new (lang: string, options: { style: 'short' }) => DurationFormat;

/** A number of minutes as the reader's language writes a duration: "2 hr, 5 min" in English. */
export function formatDuration(totalMinutes: number, lang: string): string {
  const minutes = Math.round(totalMinutes);
  const duration = { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  const Duration = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  // DurationFormat throws a RangeError from 2^53 seconds on (or for Infinity, a sum of huge
  // lessons); the unit formatters below take any number.
  if (Duration && Number.isSafeInteger(minutes * 60)) {
    return cached(`duration:${lang}`, () => new Duration(lang, { style: 'short' })).format(duration);
  }
  const unit = (name: 'hour' | 'minute') =>
    cached(`unit:${lang}:${name}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short' }));
  const parts = [];
  if (duration.hours) parts.push(unit('hour').format(duration.hours));
  if (duration.minutes || !duration.hours) parts.push(unit('minute').format(duration.minutes));
  return parts.join(' ');
}

/** One lesson's length, which may be a fraction of a minute: "6 min", "1.5 min". */
export function formatMinutes(minutes: number, lang: string): string {
  return cached(
    `minutes:${lang}`,
    () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 1 }),
  ).format(minutes);
}
