import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves keyboard focus to something an update is about to draw: the card "Show more questions"
 * added, the filter button of a tag just pressed. A newer request replaces an older one.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #target?: () => HTMLElement | null | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Focuses what `target` finds, after the first update that draws it. */
  next(target: () => HTMLElement | null | undefined): void {
    this.#target = target;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const element = this.#target?.();
    if (!element) return;
    this.#target = undefined;
    element.focus();
  }

  hostDisconnected(): void {
    this.#target = undefined;
  }
}
