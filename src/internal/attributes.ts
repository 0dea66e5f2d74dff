/**
 * What the numeric, boolean and enumerated attributes and properties of every element accept.
 *
 * A setting is the property's Lit converter (`converter: wholeNumber(1, 6, 2)` in `static
 * properties`), so an attribute reaches the property as the text the page wrote. `PipElement`
 * then checks every changed setting in `willUpdate`, before anything reads it, whether it came
 * from an attribute or from script: a value it cannot use (not a number, empty, with units,
 * fractional, out of range, an unknown word, an unfilled `{{ placeholder }}`) becomes the
 * documented default, with one console warning naming the element, the attribute and the value.
 */
import type { ComplexAttributeConverter } from 'lit';

export interface SettingOptions<Value> {
  /** What it accepts, for the warning: "a whole number from 1 to 6". */
  expected: string;
  /** The documented default, used for anything unusable and when the attribute is removed. */
  fallback: Value;
  /** The usable value `raw` stands for, or `undefined`; `raw` is never null or undefined. */
  accept: (raw: unknown) => Value | undefined;
  /** The property value for an attribute's text; by default the text itself, checked like any other value. */
  fromAttribute?: (text: string | null) => unknown;
  /** The attribute's text for a reflected value. */
  toAttribute?: (value: Value) => string | null;
}

export class Setting<Value> implements ComplexAttributeConverter<unknown> {
  readonly expected: string;
  readonly fallback: Value;
  readonly #options: SettingOptions<Value>;

  constructor(options: SettingOptions<Value>) {
    this.expected = options.expected;
    this.fallback = options.fallback;
    this.#options = options;
  }

  fromAttribute(text: string | null): unknown {
    return this.#options.fromAttribute ? this.#options.fromAttribute(text) : text;
  }

  toAttribute(value: unknown): string | null {
    if (this.#options.toAttribute) return this.#options.toAttribute(value as Value);
    return value === undefined || value === null ? null : String(value);
  }

  /** `raw` as a usable value, and whether it was usable; an absent value (a removed attribute) is the default. */
  check(raw: unknown): { value: Value; usable: boolean } {
    if (raw === null || raw === undefined) return { value: this.fallback, usable: true };
    const value = this.#options.accept(raw);
    return value === undefined ? { value: this.fallback, usable: false } : { value, usable: true };
  }
}

/** Decimal notation only: "20", " 20 ", "2e1"; not "0x14", "Infinity", "20px" or "". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A whole number from `min` to `max`, from a number or its decimal text. */
export function wholeNumber(min: number, max: number, fallback: number): Setting<number> {
  return new Setting({
    expected: `a whole number from ${min} to ${max}`,
    fallback,
    accept: (raw) => {
      const text = typeof raw === 'string' ? raw.trim() : undefined;
      const value = typeof raw === 'number' ? raw : text !== undefined && DECIMAL.test(text) ? Number(text) : NaN;
      // `+ 0` turns -0 into 0.
      return Number.isInteger(value) && value >= min && value <= max ? value + 0 : undefined;
    },
  });
}

/** One of `values`, in any letter case (as HTML reads enumerated attributes); `fallback` may be `undefined` for "none". */
export function oneOf<const Values extends readonly string[], Fallback extends Values[number] | undefined>(
  values: Values,
  fallback: Fallback,
): Setting<Values[number] | Fallback> {
  const listed = values.map((value) => `"${value}"`);
  const expected = `one of ${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}`;
  return new Setting<Values[number] | Fallback>({
    expected,
    fallback,
    accept: (raw) => {
      const word = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
      return values.find((value) => value === word);
    },
  });
}

/**
 * On when the attribute is present, whatever its text (HTML's rule for boolean attributes);
 * from script, `true` or `false`.
 */
export function flag(): Setting<boolean> {
  return new Setting<boolean>({
    expected: 'true or false',
    fallback: false,
    accept: (raw) => (typeof raw === 'boolean' ? raw : undefined),
    fromAttribute: (text) => text !== null,
    toAttribute: (value) => (value ? '' : null),
  });
}

/** How a value reads in a warning: short, quoted when it is text, and never the whole of a long one. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n' : ''} ${typeof value}`;
}
