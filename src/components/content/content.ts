import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { contentContext, type ContentState } from '../../content/context.js';
import type { BundleError } from '../../content/errors.js';
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
 * @fires pip-load - The bundle is loaded and valid. `detail: { bundle }`.
 * @fires pip-error - The bundle could not be loaded or is invalid. `detail: { code, message, issues }`.
 *
 * @csspart base - The wrapper around the slot.
 * @csspart error - The error message, when the bundle could not be loaded.
 *
 * @cssprop --pip-color-danger - Text and border color of the error message.
 * @cssprop --pip-color-danger-background - Background of the error message.
 */
export class PipContent extends PipElement {
  static override styles = [...PipElement.styles, styles];
  protected static override readonly inheritsContent = false;
  protected readonly requires = undefined;

  readonly #provider = new ContextProvider(this, {
    context: contentContext,
    initialValue: { status: 'loading' },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next = this.#contentState();
    const current = this.#provider.value;
    const same =
      current.status === next.status &&
      (current.status !== 'ready' || next.status !== 'ready' || current.bundle === next.bundle) &&
      (current.status !== 'error' || next.status !== 'error' || current.error === next.error);
    if (!same) this.#provider.setValue(next);
  }

  #contentState(): ContentState {
    if (this.status === 'ready') return { status: 'ready', bundle: this.content! };
    if (this.status === 'error') return { status: 'error', error: this.error! };
    return { status: 'loading' };
  }

  protected renderContent(): TemplateResult {
    return html`<slot></slot>`;
  }

  // While loading, the widgets inside draw their own placeholders.
  protected override renderLoading(): TemplateResult {
    return html`<slot></slot>`;
  }

  protected override renderError(error: BundleError): TemplateResult {
    return html`${super.renderError(error)}<slot></slot>`;
  }
}

defineElement('pip-content', PipContent);

declare global {
  interface HTMLElementTagNameMap {
    'pip-content': PipContent;
  }
}
