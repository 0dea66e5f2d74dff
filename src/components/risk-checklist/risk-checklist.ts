import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { renderRichText, richTextToPlain } from '../../content/rich-text.js';
import type { Checklist, ChecklistItem, ContentBundle, RiskLevel } from '../../content/schema.js';
import { ContentController } from '../../controllers/content-controller.js';
import { StoredIdsController } from '../../controllers/stored-ids-controller.js';
import { emit } from '../../events.js';
import { wholeNumber } from '../../internal/attributes.js';
import { bdi, isolate } from '../../internal/bidi.js';
import { defineElement } from '../../internal/define.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { PipElement } from '../../internal/pip-element.js';
import { controlStyles } from '../../internal/shared.styles.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { styles } from './risk-checklist.styles.js';

export type { PipRiskChangeDetail } from '../../events.js';

/** How many ticked items "What drove this" names. */
const DRIVERS = 3;

export interface RiskResult {
  score: number;
  level: RiskLevel;
  levelIndex: number;
  drivers: ChecklistItem[];
}

/**
 * Score is the ticked weight as a percentage of all weight; the level is the one with the highest
 * `min` not above the score (the lowest level when none is).
 */
export function assessRisk(items: readonly ChecklistItem[], checked: ReadonlySet<string>, levels: readonly RiskLevel[]): RiskResult {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  const ticked = items.filter((item) => checked.has(item.id));
  const score = total === 0 ? 0 : (100 * ticked.reduce((sum, item) => sum + item.weight, 0)) / total;
  const sorted = [...levels].sort((a, b) => a.min - b.min);
  let levelIndex = 0;
  sorted.forEach((level, index) => {
    if (level.min <= score) levelIndex = index;
  });
  const drivers = [...ticked].sort((a, b) => b.weight - a.weight).slice(0, DRIVERS);
  return { score, level: sorted[levelIndex], levelIndex, drivers };
}

/** Items grouped by category, in the order each category first appears; `undefined` for those without one. */
function groupByCategory(items: readonly ChecklistItem[]): Map<string | undefined, ChecklistItem[]> {
  const groups = new Map<string | undefined, ChecklistItem[]>();
  for (const item of items) {
    const category = item.category;
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  return groups;
}

/**
 * The reader ticks the warning signs that apply to them and sees how close they are to a PIP:
 * a score, a level with its advice, and the signs that weigh most. Answers never leave the
 * device: they are kept in localStorage under the checklist's id (or in memory where storage is
 * unavailable), and the widget says so.
 *
 * @tagname pip-risk-checklist
 * @summary A private self-assessment of the warning signs that come before a PIP.
 *
 * @fires pip-load - The bundle is loaded and valid.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no checklist.
 * @fires pip-risk-change - The answers changed.
 *
 * @csspart base - The outer wrapper.
 * @csspart header - The checklist title and intro.
 * @csspart title - The checklist title.
 * @csspart privacy - The note that answers stay on the device.
 * @csspart group - The fieldset of one category.
 * @csspart item - One checklist item (its checkbox and text).
 * @csspart advice - An item's advice, shown once it is ticked.
 * @csspart result - The result: level, score, advice, drivers and actions.
 * @csspart result-heading - The heading of the result ("Your result").
 * @csspart level - The current level's label.
 * @csspart meter - The score meter.
 * @csspart level-advice - The current level's advice.
 * @csspart drivers - The list of ticked items that weigh most.
 * @csspart copy - The "Copy summary" button.
 * @csspart clear - The "Clear my answers" button.
 * @csspart link - A link inside rich text.
 */
export class PipRiskChecklist extends PipElement {
  static override styles = [...PipElement.styles, controlStyles, styles];
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', converter: wholeNumber(1, 6, 2) },
    announcement: { state: true, attribute: false },
    copyFailed: { state: true, attribute: false },
  };

  /** Level of the checklist heading, a whole number from 1 to 6, default 2; the result heading is one level below. */
  headingLevel = 2;

  private announcement = '';
  private copyFailed = false;

  protected readonly loader = new ContentController(this, { requires: 'checklist', onChange: () => this.#showChecklist() });

  readonly #checked = new StoredIdsController(this, {
    kind: 'checklist',
    item: () => this.#checklist,
    validIds: (checklist) => checklist.items.map((item) => item.id),
  });

  #checklist?: Checklist;

  get #levels(): readonly RiskLevel[] {
    return this.#checklist?.levels ?? this.localize.get('levels');
  }

  get #result(): RiskResult {
    return assessRisk(this.#checklist!.items, this.#checked.ids, this.#levels);
  }

  #showChecklist(): void {
    const checklist = this.loader.status === 'ready' ? this.loader.bundle?.checklist : undefined;
    if (!checklist || checklist === this.#checklist) return;
    this.#checklist = checklist;
    this.copyFailed = false;
  }

  #toggle(id: string, on: boolean): void {
    const before = this.#result.level.label;
    this.#checked.set(id, on);
    this.#answersChanged(before);
  }

  #clearAnswers(): void {
    const before = this.#result.level.label;
    this.#checked.clear();
    this.#answersChanged(before);
    this.announcement = this.localize.term('cleared');
  }

  #answersChanged(levelBefore: string): void {
    this.copyFailed = false;
    const checklist = this.#checklist!;
    const result = this.#result;
    if (result.level.label !== levelBefore) this.announcement = this.localize.term('levelChanged', { level: isolate(result.level.label) });
    emit(this, 'pip-risk-change', {
      checklistId: checklist.id,
      score: result.score,
      level: result.level.label,
      checked: checklist.items.filter((item) => this.#checked.has(item.id)).map((item) => item.id),
    });
  }

  /** The result in plain text, in the reader's language: what "Copy summary" puts on the clipboard. */
  summary(): string {
    const checklist = this.#checklist;
    if (!checklist) return '';
    const localize = this.localize;
    const result = this.#result;
    const ticked = checklist.items.filter((item) => this.#checked.has(item.id));
    const lines = [
      localize.term('summaryTitle', { title: checklist.title, level: result.level.label, score: localize.percent(result.score) }),
      richTextToPlain(result.level.advice),
    ];
    if (ticked.length > 0) lines.push('', localize.term('summaryChecked'), ...ticked.map((item) => `- ${item.text}`));
    const advice = ticked.filter((item) => item.advice).map((item) => `- ${richTextToPlain(item.advice).replace(/\n/g, '\n  ')}`);
    if (advice.length > 0) lines.push('', localize.term('summaryAdvice'), ...advice);
    return lines.filter((line, index) => line !== '' || index > 0).join('\n');
  }

  async #copySummary(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.summary());
      this.copyFailed = false;
      this.announcement = this.localize.term('copied');
    } catch {
      // No clipboard (an insecure page, a denied permission): show the text to copy by hand.
      this.copyFailed = true;
      this.announcement = this.localize.term('copyFailed');
    }
  }

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const checklist = bundle.checklist!;
    const level = headingLevel(this.headingLevel);
    return html`
      <div part="header" class="header">
        ${heading(level, checklist.title, 'title')}
        <div class="intro">${renderRichText(checklist.intro)}</div>
      </div>
      <p part="privacy" class="privacy">${this.localize.term('privacyNote')}</p>
      ${[...groupByCategory(checklist.items)].map(
        ([category, items]) => html`<fieldset part="group" class="group">
          <legend>${category ?? this.localize.term('otherCategory')}</legend>
          ${items.map((item) => this.#renderItem(item))}
        </fieldset>`,
      )}
      ${this.#renderResult(headingLevel(level + 1))}
    `;
  }

  #renderItem(item: ChecklistItem): TemplateResult {
    const checked = this.#checked.has(item.id);
    const adviceId = `${item.id}-advice`;
    return html`<div class="item" data-item-id=${item.id}>
      <label part="item">
        <input
          type="checkbox"
          .checked=${checked}
          aria-describedby=${checked && item.advice ? adviceId : nothing}
          @change=${(event: Event) => this.#toggle(item.id, (event.target as HTMLInputElement).checked)}
        />
        <span>${bdi(item.text)}</span>
      </label>
      ${checked && item.advice ? html`<div part="advice" class="advice" id=${adviceId}>${renderRichText(item.advice)}</div>` : nothing}
    </div>`;
  }

  #renderResult(level: HeadingLevel): TemplateResult {
    const localize = this.localize;
    const result = this.#result;
    const levels = [...this.#levels].sort((a, b) => a.min - b.min);
    const tone = result.levelIndex === 0 ? 'low' : result.levelIndex === levels.length - 1 ? 'high' : 'mid';
    const score = localize.percent(result.score);
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      ${heading(level, localize.term('resultHeading'), 'result-heading', 'result-heading')}
      <p class="level-line">
        <span part="level" class="level ${tone}">${bdi(result.level.label)}</span>
        <span class="score">${score}</span>
        <span class="count">${localize.plural('ticked', this.#checked.size)}</span>
      </p>
      <meter
        part="meter"
        min="0"
        max="100"
        low=${levels[1]?.min ?? 100}
        high=${levels[levels.length - 1]?.min ?? 100}
        optimum="0"
        .value=${result.score}
        aria-label=${localize.term('scoreLabel')}
        aria-valuetext=${localize.term('scoreValue', { score, level: isolate(result.level.label) })}
      ></meter>
      <div part="level-advice" class="level-advice">${renderRichText(result.level.advice)}</div>
      ${result.drivers.length > 0
        ? html`<div class="drivers">
            <p class="drivers-heading">${localize.term('drivers')}</p>
            <ol part="drivers">
              ${result.drivers.map((item) => html`<li data-item-id=${item.id}>${item.text}</li>`)}
            </ol>
          </div>`
        : nothing}
      <div class="actions">
        <button part="copy" class="button" type="button" @click=${this.#copySummary}>${localize.term('copySummary')}</button>
        <button part="clear" class="button" type="button" ?disabled=${this.#checked.size === 0} @click=${this.#clearAnswers}>
          ${localize.term('clearAnswers')}
        </button>
      </div>
      ${this.copyFailed
        ? html`<label class="manual-copy">
            <span>${localize.term('summaryLabel')}</span>
            <textarea readonly rows="8" .value=${this.summary()}></textarea>
          </label>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}

defineElement('pip-risk-checklist', PipRiskChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'pip-risk-checklist': PipRiskChecklist;
  }
}
