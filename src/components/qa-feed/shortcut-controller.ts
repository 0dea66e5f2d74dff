import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ShortcutOptions {
  /** The key, as `KeyboardEvent.key` names it. */
  key: () => string;
  /** What the key focuses; nothing while it is not there or not visible. */
  target: () => HTMLElement | null;
}

function isEditable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** A page-wide key that focuses a control ("/" for the search box), unless the reader is typing elsewhere. */
export class ShortcutController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ShortcutOptions;
  /** The document listened to: the element may have moved into an iframe's. */
  #document?: Document;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ShortcutOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#document = this.#host.ownerDocument;
    this.#document.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.#document?.removeEventListener('keydown', this.#onKeydown);
    this.#document = undefined;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== this.#options.key() || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isEditable(event.composedPath()[0])) return;
    const target = this.#options.target();
    if (!target?.checkVisibility?.()) return;
    // The first element on the page takes the shortcut; the others see it handled.
    event.preventDefault();
    target.focus();
  };
}
