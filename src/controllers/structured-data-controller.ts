import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { plainJson } from '../internal/plain-json.js';
import { trustedPolicy } from '../internal/trusted-types.js';

export interface StructuredDataOptions {
  /** What the data depends on: it is made again only when one of these changed. */
  args: () => readonly unknown[];
  /** The schema.org data (without `@context`), or undefined for none. */
  data: () => Promise<object | undefined>;
}

/**
 * Keeps an element's schema.org JSON-LD in a script in its light DOM, where search engines read
 * it (they do not read shadow roots), up to date with what it shows. The writer is loaded only by
 * pages that ask for structured data.
 */
export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: StructuredDataOptions;
  #args?: readonly unknown[];
  #written = false;
  #settled?: Promise<void>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: StructuredDataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get busy(): boolean {
    return this.#settled !== undefined;
  }

  get settled(): Promise<unknown> {
    return this.#settled ?? Promise.resolve();
  }

  hostUpdated(): void {
    const args = this.#options.args();
    if (this.#args?.length === args.length && args.every((arg, i) => Object.is(arg, this.#args![i]))) return;
    this.#args = args;
    const settled = (this.#settled = this.#write(args).catch((error: unknown) => {
      console.warn('pip-widgets: the structured data could not be written.', error);
    }));
    settled.finally(() => {
      if (this.#settled === settled) this.#settled = undefined;
    });
  }

  async #write(args: readonly unknown[]): Promise<void> {
    const data = await this.#options.data();
    // A newer change came first, or there is nothing to write nor to take away.
    if (args !== this.#args || (!data && !this.#written)) return;
    const { writeStructuredData } = await import('../internal/structured-data.js');
    if (args !== this.#args) return;
    writeStructuredData(this.#host, data && plainJson({ '@context': 'https://schema.org', ...data }), trustedPolicy);
    this.#written = data !== undefined;
  }
}
