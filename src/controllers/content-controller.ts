import { ContextConsumer } from '@lit/context';
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { contentContext, type ContentState } from '../content/context.js';
import { BundleError, toBundleError } from '../content/errors.js';
import { isImmediate, loadBoxed, readBundle, type BundleSource } from '../content/loader.js';
import type { ContentBundle } from '../content/schema.js';
import { emit, type PipEventMap } from '../events.js';
import { ownOptions } from '../internal/prototypes.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A part of a bundle an element may need. */
export type BundleSection = Exclude<keyof ContentBundle, 'version'>;

/** What the controller reads from its element: the sources a page author sets. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  bundle?: unknown;
  src?: string;
  timeout: number;
}

export interface ContentOptions {
  /** The section the element shows: a bundle without it ends in a `missing-section` error. */
  requires?: BundleSection;
  /** Whether an ancestor `<pip-content>` may provide the content when the element has none of its own (default true). */
  inherit?: boolean;
  /**
   * How many entries of a large bundle's streamed list are worth drawing before the rest arrives
   * (shown as `preview`); none, the default, waits for the whole bundle.
   */
  previewItems?: () => number;
  /**
   * Whether a bundle from a URL is read in the bundle worker, which keeps its questions there
   * (default false): for the elements that show questions. Where no worker starts, the page reads it.
   */
  readInWorker?: boolean;
  /** Called before the element renders whenever status, bundle, error or preview changed. */
  onChange?: () => void;
}

export interface ContentRenderers<Result> {
  loading?: () => Result;
  /** Gets the validated bundle, or while loading a first part of a large one. */
  ready: (bundle: ContentBundle) => Result;
  error?: (error: BundleError) => Result;
}

/**
 * An element's content, shaped like `@lit/task`: it finds the source, loads and validates it,
 * moves through `idle`, `loading`, `ready` and `error`, fires `pip-load` and `pip-error` once the
 * DOM shows the state they report, and draws the state it is in with `render()`.
 *
 * Sources, first match wins: the host's `bundle` property, its `src` attribute, an inline
 * `<script type="application/json">` child, the nearest `<pip-content>` ancestor, and last the
 * built-in default content. A slower, older answer never replaces a newer one; leaving the page
 * cancels a request, and coming back starts it again.
 */
export class ContentController implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The validated bundle, once `ready`. */
  bundle?: ContentBundle;
  /** Why the content cannot be shown, in the `error` state. */
  error?: BundleError;
  /** A first part of a large bundle still arriving, while `loading`; kept in `error` when the rest never came (`interrupted`). */
  preview?: ContentBundle;

  readonly #host: ContentHost;
  readonly #options: ContentOptions;
  #inherited?: ContentState;
  #inheritedChanged = false;
  #providerAnswered = false;
  /** Following an ancestor's state rather than loading a source of its own. */
  #following = false;
  #seen?: { bundle: unknown; src: string | undefined };
  #reloadRequested = false;
  #reloadOnConnect = false;
  #ticket = 0;
  #abortController?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #pendingEvents: (() => void)[] = [];
  #version = 0;
  #notifiedVersion = 0;

  constructor(host: ContentHost, options: ContentOptions = {}) {
    this.#host = host;
    this.#options = options = ownOptions(options);
    if (options.inherit !== false) {
      // Registered before this controller, so it has asked its provider when hostConnected runs.
      new ContextConsumer(host, {
        context: contentContext,
        subscribe: true,
        callback: (state) => {
          this.#providerAnswered = true;
          if (state === this.#inherited) return;
          this.#inherited = state;
          this.#inheritedChanged = true;
          host.requestUpdate();
        },
      });
    }
    host.addController(this);
  }

  /** What the element draws: the bundle once `ready`, or the preview of one still loading. */
  get shown(): ContentBundle | undefined {
    return this.status === 'ready' ? this.bundle : this.preview;
  }

  /**
   * Why a large bundle stopped arriving after its first part was drawn: that part stays on
   * screen (`preview`), in the `error` state, and the element adds a notice.
   */
  get interrupted(): BundleError | undefined {
    return this.status === 'error' && this.preview ? this.error : undefined;
  }

  /** Whether the element loads a source of its own now (an element inside `<pip-content>` may not). */
  get loadingOwn(): boolean {
    return this.status === 'loading' && !this.#following;
  }

  /** Loads the content again from its source. */
  reload(): void {
    this.#reloadRequested = true;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Moved out of its <pip-content>: what it provided no longer applies.
    if (!this.#providerAnswered && this.#inherited !== undefined) {
      this.#inherited = undefined;
      this.#inheritedChanged = true;
      this.#host.requestUpdate();
    }
    if (this.#reloadOnConnect) {
      this.#reloadOnConnect = false;
      this.reload();
    }
  }

  hostDisconnected(): void {
    this.#providerAnswered = false;
    // A fetch for an element that left the page is wasted; it restarts if the element comes back.
    if (this.#abortController && this.status === 'loading') {
      this.#cancel();
      this.#reloadOnConnect = true;
    }
  }

  hostUpdate(): void {
    const { bundle, src } = this.#host;
    const sourceChanged = this.#reloadRequested || !this.#seen || this.#seen.bundle !== bundle || this.#seen.src !== src;
    const inheritedChanged = this.#inheritedChanged;
    this.#seen = { bundle, src };
    this.#reloadRequested = this.#inheritedChanged = false;
    if (sourceChanged || inheritedChanged) {
      const source = this.#ownSource();
      if (source) {
        if (sourceChanged) this.#load(source);
      } else if (this.#inherited) {
        this.#cancel();
        this.#follow(this.#inherited);
      } else {
        this.#warnDefault();
        this.#load({ kind: 'default' });
      }
    }
    if (this.#version !== this.#notifiedVersion) {
      this.#notifiedVersion = this.#version;
      this.#options.onChange?.();
    }
  }

  hostUpdated(): void {
    // Events fire once the DOM shows the state they report.
    const events = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const fire of events) fire();
  }

  /**
   * Draws the state the content is in. A renderer that throws on valid content (a bug) is caught
   * here: the element shows and reports a `render` error, and nothing escapes to the page.
   */
  render<Result>(renderers: ContentRenderers<Result>): Result | typeof nothing {
    const shown = this.shown;
    if (shown) {
      try {
        return renderers.ready(shown);
      } catch (thrown) {
        const error = toBundleError(thrown);
        queueMicrotask(() => {
          if (this.shown !== shown) return;
          this.#cancel();
          this.#fail(error);
        });
        return renderers.error ? renderers.error(error) : nothing;
      }
    }
    if (this.status === 'loading') return renderers.loading ? renderers.loading() : nothing;
    // An error of the <pip-content> this element follows is shown, once, by that element.
    if (this.status === 'error' && !this.#following && renderers.error) return renderers.error(this.error!);
    return nothing;
  }

  #ownSource(): BundleSource | undefined {
    const host = this.#host;
    if (host.bundle !== undefined && host.bundle !== null) return { kind: 'property', value: host.bundle };
    if (host.src) return { kind: 'url', url: new URL(host.src, host.ownerDocument.baseURI).href, timeout: host.timeout };
    const script = host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', text: script.textContent ?? '' };
    return undefined;
  }

  #warnedDefault = false;

  /** A mistyped `scr=` must not pass for a choice: the page is told, once, what the element found instead. */
  #warnDefault(): void {
    if (this.#warnedDefault) return;
    this.#warnedDefault = true;
    const host = this.#host;
    const suspects = host.getAttributeNames().filter((name) => name !== 'src' && /src|scr|source|href|url|bundle|content/.test(name));
    const named = suspects.map((name) => `${name}="${host.getAttribute(name)!.slice(0, 80)}"`).join(' ');
    console.warn(
      `pip-widgets: <${host.localName}> has no content of its own (no bundle, src, inline JSON or <pip-content> around it), ` +
        'so it shows the built-in demo content.' +
        (named ? ` Its ${named} looks like a mistyped src.` : '') +
        (host.querySelector(':scope > script') ? ' Its <script> child needs type="application/json".' : ''),
    );
  }

  /** Invalidates every load under way; returns the ticket of the next one. */
  #cancel(): number {
    this.#abortController?.abort();
    this.#abortController = undefined;
    clearTimeout(this.#timer);
    return ++this.#ticket;
  }

  #follow(state: ContentState): void {
    this.#following = true;
    if (state.status === 'ready') this.#succeed(state.bundle);
    else if (state.status === 'loading') this.#set('loading');
    // The provider shows and reports its own error; repeating it here would say it twice.
    else this.#set('error', undefined, state.error);
  }

  #load(source: BundleSource): void {
    const ticket = this.#cancel();
    this.#following = false;
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
    this.#set('loading');
    const { timeout } = this.#host;
    // The deadline fails the load itself: it must not wait for a fetch the page may have wrapped
    // (dropping the signal) or for a promise the page may have broken. Whatever comes later is
    // ignored, by ticket.
    this.#timer = setTimeout(() => {
      if (ticket !== this.#ticket) return;
      this.#cancel();
      const what = source.kind === 'url' ? source.url : 'the content';
      this.#fail(new BundleError('timeout', `Could not load ${what}: no complete answer after ${+(timeout / 1000).toFixed(1)} s.`));
    }, timeout);
    const items = this.#options.previewItems?.() ?? 0;
    const section = this.#options.requires;
    const preview = items > 0 && {
      questions: items,
      onPreview: (bundle: ContentBundle) => {
        if (ticket !== this.#ticket || (section && bundle[section] === undefined)) return;
        this.preview = bundle;
        this.#changed();
      },
    };
    loadBoxed(source, controller.signal, preview || undefined, this.#options.readInWorker).then(
      ({ value: bundle }) => {
        // A slower, older answer never overwrites the newer one, nor one that timed out.
        if (ticket !== this.#ticket) return;
        clearTimeout(this.#timer);
        this.#succeed(bundle);
      },
      (error: unknown) => {
        // Aborted by a newer load, by removal or by the deadline: nothing more to report.
        if (ticket !== this.#ticket) return;
        clearTimeout(this.#timer);
        this.#fail(toBundleError(error));
      },
    );
  }

  #succeed(bundle: ContentBundle): void {
    const section = this.#options.requires;
    if (section && bundle[section] === undefined) {
      this.#fail(
        new BundleError(
          'missing-section',
          `This content bundle has no ${section}, so <${this.#host.localName}> has nothing to show. ` +
            `Add a "${section}" section to the bundle.`,
        ),
      );
      return;
    }
    this.#set('ready', bundle);
    this.#queueEvent('pip-load', { bundle });
  }

  #fail(error: BundleError): void {
    this.#following = false;
    // A connection that broke after the first cards showed: they stay, and a notice says the rest is missing.
    const kept = error.code === 'network' || error.code === 'timeout' ? this.preview : undefined;
    this.#set('error', undefined, error, kept);
    this.#queueEvent('pip-error', { code: error.code, message: error.message, issues: error.issues });
    // Readers see a short message; the page's developer gets the whole story, once per failure.
    console.warn(`pip-widgets: <${this.#host.localName}> cannot show its content (${error.code}). ${error.message}`);
  }

  #set(status: LoadStatus, bundle?: ContentBundle, error?: BundleError, preview?: ContentBundle): void {
    this.status = status;
    this.bundle = bundle;
    this.error = error;
    this.preview = preview;
    this.#changed();
  }

  #changed(): void {
    this.#version++;
    this.#host.requestUpdate();
  }

  #queueEvent<Name extends keyof PipEventMap>(name: Name, detail: PipEventMap[Name]): void {
    this.#pendingEvents.push(() => emit(this.#host, name, detail));
    this.#host.requestUpdate();
  }
}
