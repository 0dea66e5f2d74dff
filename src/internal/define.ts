import { withoutPrototypeAdditions } from './prototypes.js';

const WARNED = Symbol.for('pip-widgets.define-warning');

/**
 * Registers a tag unless it already is: a page that loads the library twice (two URLs, two
 * versions) must keep working. The first definition wins, and the page gets one warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    // Lit defines the reactive properties when the class is first asked for its attributes, with
    // descriptor literals an inherited `value` would make invalid. Asked here, with the page's
    // additions hidden; defined after, so elements already on the page upgrade with them back.
    withoutPrototypeAdditions(() => (element as { observedAttributes?: unknown }).observedAttributes);
    customElements.define(tag, element);
    return;
  }
  if (existing === element) return;
  const global = globalThis as { [WARNED]?: boolean };
  if (global[WARNED]) return;
  global[WARNED] = true;
  console.warn(
    `pip-widgets: <${tag}> is already defined, probably by a second copy of pip-widgets on this page. ` +
      'The first definition is kept; load the library once.',
  );
}
