import { html, type TemplateResult } from 'lit';
import { renderRichText } from '../../content/rich-text.js';
import type { ChecklistItem, ContentBundle } from '../../content/schema.js';
import { defineElement } from '../../internal/define.js';
import { PipElement } from '../../internal/pip-element.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { styles } from './risk-checklist.styles.js';

/** Items grouped by category, in the order each category first appears. */
function groupByCategory(items: readonly ChecklistItem[]): Map<string, ChecklistItem[]> {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    const category = item.category ?? 'Other signs';
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  return groups;
}

/**
 * Shows the bundle's checklist: its intro and its items as checkboxes, grouped by
 * category. Nothing the reader ticks leaves the page.
 *
 * @tagname pip-risk-checklist
 * @summary A private self-assessment of the warning signs that come before a PIP.
 *
 * @fires pip-load - The bundle is loaded and valid. `detail: { bundle }`.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no checklist. `detail: { code, message, issues }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart header - The checklist title and intro.
 * @csspart group - The fieldset of one category.
 * @csspart item - One checklist item.
 * @csspart link - A link inside rich text.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop --pip-color-text - Text color.
 * @cssprop --pip-color-border - Group borders.
 * @cssprop --pip-radius - Corner radius of groups.
 */
export class PipRiskChecklist extends PipElement {
  static override styles = [...PipElement.styles, styles];
  protected readonly requires = { key: 'checklist', name: 'checklist' } as const;

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const checklist = bundle.checklist!;
    return html`
      <div part="header" class="header">
        <h2>${checklist.title}</h2>
        <div class="intro">${renderRichText(checklist.intro)}</div>
      </div>
      ${[...groupByCategory(checklist.items)].map(
        ([category, items]) => html`<fieldset part="group" class="group">
          <legend>${category}</legend>
          ${items.map(
            (item) => html`<label part="item" class="item" data-item-id=${item.id}>
              <input type="checkbox" name=${item.id} />
              <span>${item.text}</span>
            </label>`,
          )}
        </fieldset>`,
      )}
    `;
  }
}

defineElement('pip-risk-checklist', PipRiskChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'pip-risk-checklist': PipRiskChecklist;
  }
}
