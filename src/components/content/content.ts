import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import { contentContext, type ContentState } from '../../content/context.js';
import { ContentController } from '../../controllers/content-controller.js';
import { defineElement } from '../../internal/define.js';
import { PipElement } from '../../internal/pip-element.js';
import { styles } from './content.styles.js';

/**
 * Takes its bundle from the `bundle` property, the `src` attribute or an inline
 * `<script type="application/json">` child (in that order), loads and validates it once, and
 * provides it to the widgets it contains. Widgets inside with a source of their own keep theirs.
 * When the bundle cannot be loaded, the error is shown here, once, and not by each widget.
 *
 * @tagname pip-content
 * @summary Loads one content bundle and shares it with every pip-widgets element inside it.
 *
 * @slot - The widgets (and any other content) that share this bundle.
 *
 * @fires pip-load - The bundle is loaded and valid.
 * @fires pip-error - The bundle could not be loaded or is invalid.
 */
export class PipContent extends PipElement {
  static override styles = [...PipElement.styles, styles];

  protected readonly loader = new ContentController(this, { inherit: false, readInWorker: true, onChange: () => this.#share() });

  readonly #provider = new ContextProvider(this, { context: contentContext, initialValue: { status: 'loading' } });

  /** Hands the widgets inside the whole lifecycle, not only the result: they follow loading and errors too. */
  #share(): void {
    const { status, bundle, error } = this.loader;
    const state: ContentState =
      status === 'ready' ? { status, bundle: bundle! } : status === 'error' ? { status, error: error! } : { status: 'loading' };
    const current = this.#provider.value;
    const same =
      current.status === state.status &&
      (current.status !== 'ready' || current.bundle === (state as typeof current).bundle) &&
      (current.status !== 'error' || current.error === (state as typeof current).error);
    if (!same) this.#provider.setValue(state);
  }

  protected renderContent(): unknown {
    return html`<slot></slot>`;
  }

  /** The slot shows the page's own content, in the page's direction; only the error box takes the element's. */
  protected override get frameDirection(): undefined {
    return undefined;
  }

  /** The widgets inside draw their own placeholders; an error, when there is one, goes above them. */
  protected override renderState(): unknown {
    return this.loader.render({
      loading: () => this.renderContent(),
      ready: () => this.renderContent(),
      error: (error) =>
        html`${this.localize.ready ? html`<div dir=${this.localize.dir}>${this.renderError(error)}</div>` : nothing}${this.renderContent()}`,
    });
  }
}

defineElement('pip-content', PipContent);

declare global {
  interface HTMLElementTagNameMap {
    'pip-content': PipContent;
  }
}
