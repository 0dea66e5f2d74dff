import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToPage } from '../../internal/schedule.js';

/**
 * Cards drawn in the frame that shows new results, more if they do not reach the bottom of the
 * window; the rest of the page follows after that frame. Drawing the whole page at once made that
 * frame miss its deadline (bench/README.md has the figures).
 */
export const FIRST_CARDS = 3;

/** With no frames (a hidden page), the rest is drawn after this long anyway. */
const HIDDEN_PAGE_MS = 100;

export interface ProgressiveDrawOptions {
  /** Changes whenever there are new results to draw. */
  round: () => number;
  /** How many cards the results have to draw in all. */
  total: () => number;
  /** The list of cards, to tell whether the first ones fill the window. */
  list: () => Element | null;
}

/**
 * Draws new results in two steps: the cards in view in the frame that shows them, and the rest
 * of the page after that frame, at background priority, so typing stays within a frame.
 */
export class ProgressiveDrawController implements ReactiveController {
  /** Whether the cards in view are drawn, for the current results. */
  viewFilled = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ProgressiveDrawOptions;
  #limit = FIRST_CARDS;
  #round?: number;
  #restScheduledFor?: number;
  #restDrawn?: Promise<void>;
  #settleRest?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ProgressiveDrawOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * How many cards to draw now. Read while rendering, so that results which arrived earlier in
   * the same update (an answer given at once) start from the first cards.
   */
  get limit(): number {
    this.#sync();
    return this.#limit;
  }

  /** Whether cards of the current results are still to be drawn. */
  get busy(): boolean {
    return this.#restDrawn !== undefined;
  }

  /** Settles when the whole page of results is drawn. */
  get settled(): Promise<void> {
    return this.#restDrawn ?? Promise.resolve();
  }

  /** Draws everything at once from now on (more cards asked for, not new results). */
  showAll(): void {
    this.#limit = Infinity;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#limit = Infinity;
    this.#finish();
  }

  #sync(): void {
    const round = this.#options.round();
    if (round === this.#round) return;
    this.#round = round;
    this.#limit = FIRST_CARDS;
    this.viewFilled = false;
    this.#restDrawn ??= new Promise((resolve) => (this.#settleRest = resolve));
  }

  hostUpdated(): void {
    this.#sync();
    if (this.#limit >= this.#options.total()) {
      this.viewFilled = true;
      return this.#finish();
    }
    if (this.#restScheduledFor === this.#round) return;
    const view = this.#host.ownerDocument.defaultView ?? window;
    // The first frame must show every card in view. The layout this reads is the one that frame
    // would do anyway.
    const list = this.#options.list();
    if (list && list.getBoundingClientRect().bottom < view.innerHeight) {
      this.#limit += FIRST_CARDS;
      this.#host.requestUpdate();
      return;
    }
    this.viewFilled = true;
    const round = (this.#restScheduledFor = this.#round);
    let done = false;
    const draw = () => {
      if (done) return;
      done = true;
      // Newer results came first: they have scheduled their own rest.
      if (round !== this.#round) return;
      this.#limit = Infinity;
      this.#host.requestUpdate();
    };
    // After the frame, at background priority: input and the page's own tasks go first.
    view.requestAnimationFrame(() => yieldToPage().then(draw));
    view.setTimeout(draw, HIDDEN_PAGE_MS);
  }

  #finish(): void {
    this.#settleRest?.();
    this.#settleRest = this.#restDrawn = undefined;
  }
}
