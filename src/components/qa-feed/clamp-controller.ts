import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToPage } from '../../internal/schedule.js';
import { toggled } from '../../internal/toggled.js';

export interface ClampOptions {
  /** The clampable bodies drawn now, each with `data-body-of` naming its question. */
  bodies: () => Iterable<HTMLElement>;
  /** An open body is not clamped, whatever its height. */
  isOpen: (id: string) => boolean;
}

/**
 * Tells which question bodies are really cut by the clamp, so "Show more" appears only where it
 * shows more. Watches each body drawn with a ResizeObserver of the window the element is in (it
 * may have moved into an iframe).
 */
export class ClampController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ClampOptions;
  #clamped: ReadonlySet<string> = new Set();
  #pending?: Set<string>;
  #observer?: ResizeObserver;
  /** Each observed body and the question it showed when last observed. */
  #observed = new Map<Element, string>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: ClampOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  has(id: string): boolean {
    return this.#clamped.has(id);
  }

  /** The bodies cut now; a new set whenever that changes. */
  get clamped(): ReadonlySet<string> {
    return this.#clamped;
  }

  /** Forgets what was measured: new content. */
  reset(): void {
    this.#clamped = new Set();
    this.#pending = undefined;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed.clear();
  }

  /** Observes the bodies that appeared and lets go of those that left; re-observing all would loop. */
  hostUpdated(): void {
    const view = this.#host.ownerDocument.defaultView;
    if (!view) return;
    const observer = (this.#observer ??= new view.ResizeObserver((entries) => this.#measure(entries)));
    const current = new Map<Element, string>();
    for (const body of this.#options.bodies()) current.set(body, body.dataset.bodyOf!);
    for (const body of this.#observed.keys()) if (!current.has(body)) observer.unobserve(body);
    for (const [body, id] of current) {
      const before = this.#observed.get(body);
      if (before === id) continue;
      // Cards are reused for other questions: a body that now shows another question may be just
      // as tall (both cut at the clamp), so no resize would tell whether the new text is cut.
      if (before !== undefined) observer.unobserve(body);
      observer.observe(body);
    }
    this.#observed = current;
  }

  #measure(entries: ResizeObserverEntry[]): void {
    let next = this.#pending;
    for (const { target } of entries) {
      const id = (target as HTMLElement).dataset.bodyOf!;
      if (this.#options.isOpen(id)) continue;
      const cut = target.scrollHeight > target.clientHeight + 1;
      const known = next ?? this.#clamped;
      if (cut !== known.has(id)) next = toggled(known, id, cut);
    }
    // Applied after this frame: a change inside the observer's own delivery can make it loop
    // (hosts with content-visibility or resizing containers), which browsers report as an error.
    // At background priority, so input that follows the frame goes first.
    if (next && !this.#pending) {
      yieldToPage().then(() => {
        if (!this.#pending) return;
        this.#clamped = this.#pending;
        this.#pending = undefined;
        this.#host.requestUpdate();
      });
    }
    this.#pending = next;
  }
}
