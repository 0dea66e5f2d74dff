/**
 * Legacy host scripts add enumerable members to `Object.prototype` (an `extend` method, a value
 * under some common name). Code that walks an object with `for...in`, or that builds a property
 * descriptor from an object literal, then meets those members too. Two of our dependencies do:
 * zod installs each schema class's methods with a `for...in` over a table of them and throws on
 * the first inherited one (zod 4, `util.members`), and zod's parser reads optional settings from
 * plain objects; Lit's reactive properties are defined with descriptor literals, which an
 * inherited `value` makes invalid.
 *
 * So the few places that run that code (building the schemas, validating a bundle, finalizing an
 * element class) run it through `withoutPrototypeAdditions`: for that synchronous call only, the
 * enumerable own properties of `Object.prototype` are taken off, and they are put back, the same
 * descriptors in the same order, before it returns or throws. No host code runs in between: the
 * callers hand it our own code and plain data, and an element is upgraded only after.
 */
type Descriptors = [key: string, descriptor: PropertyDescriptor][];

let depth = 0;
let hidden: Descriptors = [];

function hide(): void {
  const prototype = Object.prototype;
  for (const key of Object.keys(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, key)!;
    // One the page made non-configurable cannot be taken off, and stays.
    if (!descriptor.configurable) continue;
    // A descriptor with no prototype: while the additions are back one by one, none can be read into it.
    hidden.push([key, Object.assign(Object.create(null) as PropertyDescriptor, descriptor)]);
    delete (prototype as Record<string, unknown>)[key];
  }
}

function restore(): void {
  for (const [key, descriptor] of hidden) Object.defineProperty(Object.prototype, key, descriptor);
  hidden = [];
}

function enter(): void {
  if (depth++ === 0) hide();
}

function leave(): void {
  if (--depth === 0) restore();
}

/** Runs `run` with the additions hidden; calls nest. */
export function withoutPrototypeAdditions<Result>(run: () => Result): Result {
  enter();
  try {
    return run();
  } finally {
    leave();
  }
}

/**
 * The same for code that cannot be one call (the schemas are built by a module's top level):
 * hides the additions until the returned function is called. Should that code throw first, they
 * are put back at the next microtask checkpoint.
 */
export function hidePrototypeAdditions(): () => void {
  enter();
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    leave();
  };
  queueMicrotask(show);
  return show;
}

/**
 * A copy of validated data (plain objects, lists, strings, numbers, booleans) whose objects have
 * no prototype: a field the bundle leaves out reads as `undefined` whatever the page added to
 * `Object.prototype`, instead of the page's `kind` or `category` showing up as the bundle's.
 */
export function withoutPrototypes<Value>(value: Value): Value {
  if (Array.isArray(value)) return value.map(withoutPrototypes) as Value;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = withoutPrototypes((value as Record<string, unknown>)[key]);
  // Filled first, then cut loose: V8 keeps such an object in its fast layout, where one made by
  // Object.create(null) is a dictionary (more memory, slower reads; see bench/README.md).
  return Object.setPrototypeOf(copy, null) as Value;
}

/** An options object as its caller wrote it: no member of `Object.prototype` reads as an option. */
export const ownOptions = <Options extends object>(options: Options): Options => Object.assign(Object.create(null) as Options, options);
