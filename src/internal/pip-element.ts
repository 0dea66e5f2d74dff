import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { contentContext, type ContentState } from '../content/context.js';
import { BundleError, toBundleError } from '../content/errors.js';
import { isImmediate, loadBundle, readBundle, type BundleSource } from '../content/loader.js';
import type { ContentBundle, ContentBundleInput } from '../content/schema.js';
import { emit, type PipEventDetails } from './events.js';
import { hostStyles } from './shared.styles.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The part of a bundle a widget shows, and how an error names it when it is missing. */
export interface RequiredSection {
  key: 'questions' | 'course' | 'checklist';
  name: string;
}

/**
 * The lifecycle every pip-widgets element shares: find the content source, load and validate it,
 * and move through idle, loading, ready and error. Subclasses only draw the ready state
 * (`renderContent`).
 *
 * Sources, first match wins: the `bundle` property, the `src` attribute, an inline
 * `<script type="application/json">` child, the nearest `<pip-content>` ancestor, and last the
 * built-in default content.
 */
export abstract class PipElement extends LitElement {
  static override styles = [hostStyles];
  static override properties: PropertyDeclarations = {
    bundle: { attribute: false },
    src: {},
    timeout: { type: Number },
    theme: { reflect: true },
    loadStatus: { state: true, attribute: false },
    loaded: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
    inherited: { state: true, attribute: false },
    previewed: { state: true, attribute: false },
  };

  /** Whether the element takes its content from an ancestor `<pip-content>` when it has none of its own. */
  protected static readonly inheritsContent: boolean = true;

  /** A content bundle object. It is validated like any other source; it wins over `src`. */
  bundle?: ContentBundleInput | Record<string, unknown>;

  /** URL of a JSON content bundle, resolved against the page. */
  src?: string;

  /** How long loading `src` may take, in milliseconds, before the element stops and offers to try again. */
  timeout = 15_000;

  /**
   * `light`, `dark`, or `auto` (the reader's system setting). Without it, the element follows the
   * page's own `color-scheme`, so a page without dark mode never gets a dark widget.
   */
  theme?: 'light' | 'dark' | 'auto';

  private loadStatus: LoadStatus = 'idle';
  private loaded?: ContentBundle;
  private loadError?: BundleError;
  private inherited?: ContentState;
  private previewed?: ContentBundle;

  /** The section this element needs; `undefined` for elements that show no section themselves. */
  protected abstract readonly requires: RequiredSection | undefined;

  #loadCount = 0;
  #abortController?: AbortController;
  #loadTimer?: ReturnType<typeof setTimeout>;
  #reloadOnConnect = false;
  #providerAnswered = false;
  #pendingEvents: (() => void)[] = [];

  constructor() {
    super();
    if ((this.constructor as typeof PipElement).inheritsContent) {
      new ContextConsumer(this, {
        context: contentContext,
        subscribe: true,
        callback: (value) => {
          this.#providerAnswered = true;
          this.inherited = value;
        },
      });
    }
  }

  /** Where the element is in its lifecycle: `idle`, `loading`, `ready` or `error`. */
  get status(): LoadStatus {
    return this.loadStatus;
  }

  /** The validated bundle this element shows, once it is `ready`. */
  get content(): ContentBundle | undefined {
    return this.loaded;
  }

  /** What the element draws: the bundle once `ready`, or a first page of a large one still loading. */
  protected get shownContent(): ContentBundle | undefined {
    return this.loadStatus === 'ready' ? this.loaded : this.previewed;
  }

  /**
   * How many questions of a large bundle are worth drawing before the rest arrives; 0 (the
   * default) waits for the whole bundle.
   */
  protected get previewQuestions(): number {
    return 0;
  }

  /** The error this element shows, when its status is `error`. */
  get error(): BundleError | undefined {
    return this.loadError;
  }

  override connectedCallback(): void {
    this.#providerAnswered = false;
    // The context consumer asks here, and a <pip-content> above answers at once.
    super.connectedCallback();
    // Moved out of its <pip-content>: what it provided no longer applies.
    if (!this.#providerAnswered && this.inherited !== undefined) this.inherited = undefined;
    if (this.#reloadOnConnect) {
      this.#reloadOnConnect = false;
      this.requestUpdate('src');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A fetch for an element that left the page is wasted; it restarts if the element comes back.
    if (this.#abortController && this.loadStatus === 'loading') {
      this.#cancelLoad();
      this.#reloadOnConnect = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const sourceChanged = !this.hasUpdated || changed.has('bundle') || changed.has('src');
    const inheritedChanged = changed.has('inherited' as keyof PipElement);
    const source = sourceChanged || inheritedChanged ? this.#ownSource() : undefined;
    if (source) {
      if (sourceChanged) this.#load(source);
    } else if (sourceChanged || inheritedChanged) {
      if (this.inherited) {
        this.#cancelLoad();
        this.#follow(this.inherited);
      } else {
        this.#load({ kind: 'default' });
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Events fire once the DOM shows the state they report.
    const events = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const fire of events) fire();
  }

  #ownSource(): BundleSource | undefined {
    if (this.bundle !== undefined && this.bundle !== null) return { kind: 'property', value: this.bundle };
    if (this.src) return { kind: 'url', url: new URL(this.src, this.ownerDocument.baseURI).href };
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    return undefined;
  }

  /** Invalidates every load under way; returns the ticket of the next one. */
  #cancelLoad(): number {
    this.#abortController?.abort();
    this.#abortController = undefined;
    clearTimeout(this.#loadTimer);
    return ++this.#loadCount;
  }

  #follow(state: ContentState): void {
    if (state.status === 'ready') this.#succeed(state.bundle);
    else if (state.status === 'loading') this.#setStatus('loading');
    // The provider shows and reports its own error; repeating it here would say it twice.
    else this.#setStatus('error', undefined, state.error);
  }

  #load(source: BundleSource): void {
    const ticket = this.#cancelLoad();
    // Objects and inline JSON validate at once: no loading flash for content already on the page.
    if (isImmediate(source)) {
      try {
        this.#succeed(readBundle(source));
      } catch (error) {
        this.#fail(toBundleError(error));
      }
      return;
    }
    const controller = new AbortController();
    this.#abortController = controller;
    this.#setStatus('loading');
    const seconds = +(this.timeout / 1000).toFixed(1);
    this.#loadTimer = setTimeout(
      () =>
        controller.abort(
          new BundleError(
            'timeout',
            `Could not load ${source.kind === 'url' ? source.url : 'the content'}: no complete answer after ${seconds} s.`,
          ),
        ),
      this.timeout,
    );
    const preview = this.previewQuestions > 0 && {
      questions: this.previewQuestions,
      onPreview: (bundle: ContentBundle) => {
        if (ticket === this.#loadCount && (!this.requires || bundle[this.requires.key] !== undefined)) this.previewed = bundle;
      },
    };
    loadBundle(source, controller.signal, preview || undefined).then(
      (bundle) => {
        // A slower, older answer never overwrites the newer one, nor one that timed out.
        if (ticket !== this.#loadCount || controller.signal.aborted) return;
        clearTimeout(this.#loadTimer);
        this.#succeed(bundle);
      },
      (error: unknown) => {
        if (ticket !== this.#loadCount) return;
        clearTimeout(this.#loadTimer);
        // Aborted by a newer load or by removal: nothing to report. By the timer: a timeout.
        if (controller.signal.aborted && !(controller.signal.reason instanceof BundleError)) return;
        this.#fail(toBundleError(error));
      },
    );
  }

  #succeed(bundle: ContentBundle): void {
    const section = this.requires;
    if (section && bundle[section.key] === undefined) {
      this.#fail(
        new BundleError(
          'missing-section',
          `This content bundle has no ${section.name}, so <${this.localName}> has nothing to show. ` +
            `Add a "${section.key}" section to the bundle.`,
        ),
      );
      return;
    }
    this.#setStatus('ready', bundle);
    this.#queueEvent('pip-load', { bundle });
  }

  #fail(error: BundleError): void {
    this.#setStatus('error', undefined, error);
    this.#queueEvent('pip-error', { code: error.code, message: error.message, issues: error.issues });
  }

  #setStatus(status: LoadStatus, bundle?: ContentBundle, error?: BundleError): void {
    this.loadStatus = status;
    this.previewed = undefined;
    this.loaded = bundle;
    this.loadError = error;
  }

  #queueEvent<Name extends keyof PipEventDetails>(name: Name, detail: PipEventDetails[Name]): void {
    this.#pendingEvents.push(() => emit(this, name, detail));
    this.requestUpdate();
  }

  /** Whether this element shows its own error, rather than leaving it to its `<pip-content>`. */
  get #ownsError(): boolean {
    return this.loadError !== undefined && !(this.inherited?.status === 'error' && this.#ownSource() === undefined);
  }

  /** Draws the ready state. Called only with a validated bundle that has `requires`. */
  protected abstract renderContent(bundle: ContentBundle): TemplateResult | typeof nothing;

  /** Placeholder drawn while loading; it reserves space so the page does not jump. */
  protected renderLoading(): TemplateResult | typeof nothing {
    return html`<div part="loading" class="loading"></div>`;
  }

  /** Loads the content again from its source: what the "Try again" button does. */
  reload(): void {
    this.requestUpdate('src');
  }

  /** The label of the "Try again" button; elements with `strings` take it from there. */
  protected get retryLabel(): string {
    return 'Try again';
  }

  protected renderError(error: BundleError): TemplateResult {
    // Only a failed request may succeed a second time; a broken bundle stays broken.
    const retry = error.code === 'network' || error.code === 'timeout' || error.code === 'http';
    return html`<div part="error" class="error">
      <span role="alert">${error.message}</span>
      ${retry
        ? html`<button part="retry" class="retry" type="button" @click=${() => this.reload()}>${this.retryLabel}</button>`
        : nothing}
    </div>`;
  }

  #renderState(): unknown {
    switch (this.loadStatus) {
      case 'ready':
        try {
          return this.renderContent(this.loaded!);
        } catch (thrown) {
          // A bug in a widget must not escape to the host page: show it and report it.
          const error = toBundleError(thrown);
          const failed = this.loaded;
          queueMicrotask(() => this.loaded === failed && this.#fail(error));
          return this.renderError(error);
        }
      case 'error':
        return this.#ownsError ? this.renderError(this.loadError!) : nothing;
      case 'loading':
        return this.previewed ? this.renderContent(this.previewed) : this.renderLoading();
      default:
        return nothing;
    }
  }

  /** Text for the polite status region: a screen reader hears that content is on its way. */
  get #statusMessage(): string {
    const ownLoad = this.loadStatus === 'loading' && (this.#ownSource() !== undefined || this.inherited === undefined);
    return ownLoad ? 'Loading content…' : '';
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" aria-busy=${this.loadStatus === 'loading' ? 'true' : 'false'}>
      <div class="visually-hidden" role="status" aria-live="polite">${this.#statusMessage}</div>
      ${this.#renderState()}
    </div>`;
  }
}
