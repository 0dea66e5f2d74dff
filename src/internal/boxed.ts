/**
 * A host page may give `Object.prototype` a `then` method (legacy scripts do). Every object is
 * then a thenable, and a promise resolved with one waits for that `then` forever: an async
 * function's returned object, `Promise.all`'s array, `fetch`'s Response, a stream read's result.
 * Our own promises therefore settle with nothing, or with a box that has no prototype.
 */
export interface Box<Value> {
  readonly value: Value;
}

/** A value a promise can be resolved with whatever the page did to `Object.prototype`. */
export function box<Value>(value: Value): Box<Value> {
  const boxed = Object.create(null) as { value: Value };
  boxed.value = value;
  return boxed;
}

/**
 * `value` itself, made safe to resolve a promise with on such a page: an own `then` that is
 * undefined hides the page's, so the promise settles with it (for arrays, which a box would
 * change for their callers).
 */
export function settlesAnywhere<Value extends object>(value: Value): Value {
  return Object.defineProperty(value, 'then', { value: undefined });
}

/** Whether the page made every object a thenable, so the platform's own promises of objects never settle. */
export function objectsAreThenable(): boolean {
  return 'then' in Object.prototype;
}

/** Settles once every promise has (rejects with the first failure), resolving with nothing, unlike `Promise.all`'s array. */
export function whenAll(promises: readonly Promise<unknown>[]): Promise<void> {
  // The failures after the first are seen here, not reported as unhandled.
  for (const promise of promises) promise.catch(() => {});
  return promises.reduce<Promise<void>>((all, next) => all.then(() => next.then(() => undefined)), Promise.resolve());
}
