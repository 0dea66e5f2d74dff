import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BundleError } from '../content/errors.js';
import type { ContentBundle, ContentBundleInput } from '../content/schema.js';
import type { ContentController, LoadStatus } from '../controllers/content-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { LocalizeController } from '../localize/localize.js';
import type { Translation } from '../localize/translation.js';
import { oneOf, Setting, shown, wholeNumber } from './attributes.js';
import { whenAll } from './boxed.js';
import { readerMessage } from './error-message.js';
import { hostStyles } from './shared.styles.js';

/** A part of an element that finishes its work after an update: loading a translation, answering a search. */
export interface Settling {
  readonly busy: boolean;
  readonly settled: Promise<unknown>;
}

/**
 * What every pip-widgets element has: the attributes a page sets (`src`, `timeout`, `theme`,
 * `strings`), its language, and the frame it draws (the `base` part, a polite status region, and
 * the state of its content). How content is found and loaded is the `loader`'s business (a
 * `ContentController` each element makes with what it needs); what the ready state looks like is
 * the element's (`renderContent`).
 *
 * @csspart base - The wrapper inside the shadow root.
 * @csspart loading - The placeholder that keeps the element's space while it loads.
 * @csspart error - The error box; its message has `role="alert"`.
 * @csspart retry - The "Try again" button, shown when a request failed, timed out or got an HTTP error.
 *
 * @cssprop --pip-color-text - Text.
 * @cssprop --pip-color-muted - Secondary text: bylines, dates, durations.
 * @cssprop --pip-color-accent - Pressed tags, progress, badges, checkboxes.
 * @cssprop --pip-color-on-accent - Text on the accent color.
 * @cssprop --pip-color-link - Links and link-like buttons.
 * @cssprop --pip-color-border - Card, section and group borders.
 * @cssprop --pip-color-border-strong - Inputs and buttons.
 * @cssprop --pip-color-surface - Card, section and group backgrounds.
 * @cssprop --pip-color-highlight - Matched words in search results.
 * @cssprop --pip-color-tag-background - Tags and initials avatars.
 * @cssprop --pip-color-tag-text - Text of tags and initials avatars.
 * @cssprop --pip-color-danger - Text and border of the error message.
 * @cssprop --pip-color-danger-background - Background of the error message.
 * @cssprop --pip-color-level-low - The lowest risk level.
 * @cssprop --pip-color-level-mid - The middle risk levels.
 * @cssprop --pip-color-level-high - The highest risk level.
 * @cssprop --pip-color-note-background - The privacy note.
 * @cssprop --pip-color-code-background - Inline code.
 * @cssprop --pip-color-skeleton - The loading placeholder.
 * @cssprop --pip-font-family - Font family (inherited from the page by default).
 * @cssprop --pip-font-family-code - Font family of code.
 * @cssprop --pip-font-size - Base text size (default 1em).
 * @cssprop --pip-line-height - Base line height (default 1.5).
 * @cssprop --pip-radius - Corner radius (default 8px).
 * @cssprop --pip-spacing - Space between cards (default 1em).
 * @cssprop --pip-focus-ring-color - The keyboard focus ring (default: the link color).
 * @cssprop --pip-focus-ring-width - Its width (default 2px).
 * @cssprop --pip-focus-ring-offset - Its offset (default 2px).
 * @cssprop --pip-body-clamp - Height of a clamped question body (default 7.5em, five lines).
 * @cssprop --pip-loading-min-height - Space kept while loading (default 12em).
 */
export abstract class PipElement extends LitElement {
  static override styles = [hostStyles];
  static override properties: PropertyDeclarations = {
    bundle: { attribute: false },
    src: {},
    timeout: { converter: wholeNumber(100, 600_000, 15_000) },
    theme: { reflect: true, converter: oneOf(['light', 'dark', 'auto'], undefined) },
    strings: { attribute: false },
  };

  /** A content bundle object. It is validated like any other source; it wins over `src`. */
  bundle?: ContentBundleInput | Record<string, unknown>;

  /**
   * URL of a JSON content bundle, resolved against the page; or of a deployment (`pip-widgets
   * build`): its folder, ending in `/`, or its `pip-deployment.json`.
   */
  src?: string;

  /**
   * How long loading `src` may take, in milliseconds, before the element stops and offers to try
   * again: a whole number from 100 to 600000 (ten minutes), default 15000. Anything else (`"15 s"`,
   * `"abc"`, `""`) is the default, with a console warning.
   */
  timeout = 15_000;

  /**
   * `light`, `dark`, or `auto` (the reader's system setting), in any letter case. Without it (or
   * with any other value, which logs a console warning), the element follows the page's own
   * `color-scheme`, so a page without dark mode never gets a dark widget.
   */
  theme?: 'light' | 'dark' | 'auto';

  /** Replacements for any text the element shows, on top of the translation of its language. */
  strings: Partial<Translation> = {};

  protected readonly localize = new LocalizeController(this);

  /** Where focus goes after "Try again", since the button it was on goes away. */
  readonly #retryFocus = new FocusController(this);

  /** Finds, loads and validates the element's content; each element says what it needs. */
  protected abstract readonly loader: ContentController;

  /** Where the element is in its lifecycle: `idle`, `loading`, `ready` or `error`. */
  get status(): LoadStatus {
    return this.loader.status;
  }

  /** The validated bundle this element shows, once it is `ready`. */
  get content(): ContentBundle | undefined {
    return this.loader.bundle;
  }

  /** The error this element shows, when its status is `error`: `code`, technical `message` and `issues`. */
  get error(): BundleError | undefined {
    return this.loader.error;
  }

  /** Loads the content again from its source: what the "Try again" button does. */
  reload(): void {
    this.loader.reload();
  }

  /** What may still change the element's DOM after an update; `updateComplete` waits for all of it. */
  protected settling(): readonly Settling[] {
    return [this.localize];
  }

  /** Also waits for what `settling()` names (the translation, results still coming), so callers see what a reader sees. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let busy = this.#busy(); busy.length > 0; busy = this.#busy()) {
      await whenAll(busy.map((part) => part.settled));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #busy(): Settling[] {
    return this.settling().filter((part) => part.busy);
  }

  /**
   * Puts every changed setting (a property whose converter is a `Setting`) right before anything
   * reads it: a value the element cannot use becomes its default, and the page is told once.
   * Elements that override `willUpdate` call this first.
   */
  protected override willUpdate(changed: PropertyValues): void {
    const ctor = this.constructor as typeof PipElement;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const name of changed.keys()) {
      const options = ctor.getPropertyOptions(name);
      const setting = options.converter;
      if (!(setting instanceof Setting)) continue;
      const raw = self[name];
      const { value, usable } = setting.check(raw);
      if (!usable) {
        const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
        const written =
          typeof raw === 'string' && this.getAttribute(attribute) === raw
            ? `<${this.localName} ${attribute}=${shown(raw)}>`
            : `<${this.localName}>.${String(name)} = ${shown(raw)}`;
        const instead = setting.fallback === undefined ? 'ignoring it' : `using ${String(setting.fallback)}`;
        console.warn(`pip-widgets: ${written} is not ${setting.expected}; ${instead}.`);
      }
      if (value !== raw) self[name] = value;
    }
  }

  /** Draws the ready state, given a validated bundle that has what the element needs. */
  protected abstract renderContent(bundle: ContentBundle): unknown;

  /** The state of the content: a placeholder until the element speaks its language, then the loader's state. */
  protected renderState(): unknown {
    if (!this.localize.ready) return this.renderLoading();
    const state = this.loader.render({
      loading: () => this.renderLoading(),
      ready: (bundle) => this.renderContent(bundle),
      error: (error) => this.renderError(error),
    });
    // The first part of a large bundle stays on screen when the rest failed to arrive.
    const interrupted = this.loader.interrupted;
    return interrupted ? html`${this.renderError(interrupted, this.localize.term('errorInterrupted'))}${state}` : state;
  }

  /** Placeholder drawn while loading; it reserves space so the page does not jump. */
  protected renderLoading(): unknown {
    return html`<div part="loading" class="loading"></div>`;
  }

  /** A short message in the reader's language, with the field paths of a broken bundle; the technical detail is in `error`. */
  protected renderError(error: BundleError, message: unknown = readerMessage(error, this.localize)): TemplateResult {
    // Only a failed request may succeed a second time; a broken bundle stays broken.
    const retry = error.code === 'network' || error.code === 'timeout' || error.code === 'http';
    return html`<div part="error" class="error">
      <span role="alert">${message}</span>
      ${retry ? html`<button part="retry" class="retry" type="button" @click=${this.#retry}>${this.localize.term('retry')}</button>` : nothing}
    </div>`;
  }

  readonly #retry = (): void => {
    this.reload();
    // Once the load ends: on the content's heading, or on the next "Try again" if it failed again.
    this.#retryFocus.next(() =>
      this.status === 'ready' ? this.retryFocusTarget() : this.status === 'error' ? this.renderRoot.querySelector<HTMLElement>('[part="retry"]') : null,
    );
  };

  /** What takes focus after "Try again" succeeded: the widget's heading, else its frame. */
  protected retryFocusTarget(): HTMLElement | null {
    const target = this.renderRoot.querySelector<HTMLElement>('[part="title"]') ?? this.renderRoot.querySelector<HTMLElement>('[part="base"]');
    // Focusable from script only: the reader is told where they are, and Tab goes on from there.
    if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    return target;
  }

  /**
   * The direction the frame sets: the element's language's, for everything it draws. An element
   * that shows the page's own content (`<pip-content>`'s slot) leaves it to the page.
   */
  protected get frameDirection(): 'ltr' | 'rtl' | undefined {
    return this.localize.dir;
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${ifDefined(this.frameDirection)} aria-busy=${this.loader.status === 'loading' ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.loader.loadingOwn ? this.localize.term('loading') : ''}</div>
      ${this.renderState()}
    </div>`;
  }
}
