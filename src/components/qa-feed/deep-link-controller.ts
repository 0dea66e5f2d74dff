import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Question } from '../../content/schema.js';
import type { QuestionSource } from '../../sources/question-source.js';

export interface DeepLinkOptions {
  source: () => QuestionSource | undefined;
  /** Shows the linked question (clearing what would hide it, opening it); called once per link. */
  reveal: (question: Question) => void;
  /** The card drawn for a question, if it is drawn. */
  card: (id: string) => HTMLElement | null;
}

/**
 * `#question-id` in the page URL: when the page opens with it, when it changes, and when new
 * content arrives, the question is revealed, scrolled to and focused, however far down the
 * results it is.
 */
export class DeepLinkController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DeepLinkOptions;
  #source?: QuestionSource;
  #scrollTo?: string;
  /** The window whose hash is listened to: the element may have moved into an iframe. */
  #view?: Window;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DeepLinkOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#view = this.#host.ownerDocument.defaultView ?? undefined;
    this.#view?.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    this.#view?.removeEventListener('hashchange', this.#onHashChange);
    this.#view = undefined;
  }

  hostUpdate(): void {
    const source = this.#options.source();
    if (source === this.#source) return;
    this.#source = source;
    this.#follow();
  }

  hostUpdated(): void {
    const id = this.#scrollTo;
    const card = id === undefined ? null : this.#options.card(id);
    if (!card) return;
    this.#scrollTo = undefined;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }

  readonly #onHashChange = (): void => this.#follow();

  #follow(): void {
    const source = this.#source;
    const id = this.#linkedId();
    if (!source || id === undefined) return;
    // Later, not in the update that found the link: revealing changes the search inputs.
    Promise.resolve(source.byId([id])).then(([question]) => {
      if (!question || source !== this.#source) return;
      this.#options.reveal(question);
      this.#scrollTo = id;
      this.#host.requestUpdate();
    });
  }

  #linkedId(): string | undefined {
    const hash = (this.#host.ownerDocument.defaultView ?? window).location.hash.slice(1);
    if (!hash) return undefined;
    try {
      return decodeURIComponent(hash);
    } catch {
      return undefined;
    }
  }
}
