import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { renderRichText, richTextToPlain } from '../../content/rich-text.js';
import type { Checklist, ChecklistItem, ContentBundle, RiskLevel } from '../../content/schema.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { formatMessage, formatPlural, languageOf } from '../../internal/i18n.js';
import { PipElement } from '../../internal/pip-element.js';
import { controlStyles } from '../../internal/shared.styles.js';
import { deviceStorage, readIdList, storageKey, writeIdList } from '../../internal/storage.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { defaultStrings, type RiskChecklistStrings } from './strings.js';
import { styles } from './risk-checklist.styles.js';

export interface PipChangeDetail {
  /** Ticked weight as a percentage of all weight, 0-100. */
  score: number;
  /** The label of the level reached. */
  level: string;
  /** Ids of the ticked items, in checklist order. */
  checked: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pip-change': CustomEvent<PipChangeDetail>;
  }
}

declare module '../../internal/events.js' {
  interface PipEventDetails {
    'pip-change': PipChangeDetail;
  }
}

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

/** Items grouped by category, in the order each category first appears. */
function groupByCategory(items: readonly ChecklistItem[], other: string): Map<string, ChecklistItem[]> {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of items) {
    const category = item.category ?? other;
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
 * @fires pip-load - The bundle is loaded and valid. `detail: { bundle }`.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no checklist. `detail: { code, message, issues }`.
 * @fires pip-change - The answers changed. `detail: { score, level, checked }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart header - The checklist title and intro.
 * @csspart title - The checklist title.
 * @csspart privacy - The note that answers stay on the device.
 * @csspart group - The fieldset of one category.
 * @csspart item - One checklist item (its checkbox and text).
 * @csspart advice - An item's advice, shown once it is ticked.
 * @csspart result - The result: level, score, advice, drivers and actions.
 * @csspart level - The current level's label.
 * @csspart meter - The score meter.
 * @csspart level-advice - The current level's advice.
 * @csspart drivers - The list of ticked items that weigh most.
 * @csspart copy - The "Copy summary" button.
 * @csspart clear - The "Clear my answers" button.
 * @csspart link - A link inside rich text.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop --pip-color-text - Text color.
 * @cssprop --pip-color-muted - Secondary text.
 * @cssprop --pip-color-border - Group and result borders.
 * @cssprop --pip-color-surface - Group and result background.
 * @cssprop --pip-color-accent - Checkboxes and buttons.
 * @cssprop --pip-color-level-low - Color of the lowest level.
 * @cssprop --pip-color-level-mid - Color of the middle levels.
 * @cssprop --pip-color-level-high - Color of the highest level.
 * @cssprop --pip-radius - Corner radius.
 * @cssprop --pip-focus-ring-color - Color of the keyboard focus ring.
 */
export class PipRiskChecklist extends PipElement {
  static override styles = [...PipElement.styles, controlStyles, styles];
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: { attribute: false },
    checked: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    copyFailed: { state: true, attribute: false },
  };
  protected readonly requires = { key: 'checklist', name: 'checklist' } as const;

  /** Level of the checklist heading (1-6); the result heading is one level below. */
  headingLevel = 2;

  /** Replacements for the checklist's own texts and default levels, for other languages. */
  strings: Partial<RiskChecklistStrings> = {};

  private checked = new Set<string>();
  private announcement = '';
  private copyFailed = false;

  #checklistShown?: Checklist;
  #announcedLevel?: string;

  protected override get retryLabel(): string {
    return this.#text.retry;
  }

  get #text(): RiskChecklistStrings {
    return { ...defaultStrings, ...this.strings };
  }

  get #answersKey(): string {
    return storageKey('checklist', this.#checklistShown!.id);
  }

  get #levels(): readonly RiskLevel[] {
    return this.#checklistShown?.levels ?? this.#text.levels;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const checklist = this.status === 'ready' ? this.content?.checklist : undefined;
    if (!checklist || checklist === this.#checklistShown) return;
    this.#checklistShown = checklist;
    const ids = new Set(checklist.items.map((item) => item.id));
    this.checked = new Set([...readIdList(this.#answersKey)].filter((id) => ids.has(id)));
    this.#announcedLevel = assessRisk(checklist.items, this.checked, this.#levels).level.label;
    this.copyFailed = false;
  }

  #setChecked(checked: Set<string>): void {
    this.checked = checked;
    this.copyFailed = false;
    if (checked.size > 0) writeIdList(this.#answersKey, checked);
    else deviceStorage.remove(this.#answersKey);
    const checklist = this.#checklistShown!;
    const result = assessRisk(checklist.items, checked, this.#levels);
    if (result.level.label !== this.#announcedLevel) {
      this.#announcedLevel = result.level.label;
      this.announcement = formatMessage(this.#text.levelChanged, { level: result.level.label });
    }
    emit(this, 'pip-change', {
      score: result.score,
      level: result.level.label,
      checked: checklist.items.filter((item) => checked.has(item.id)).map((item) => item.id),
    });
  }

  #toggle(id: string, on: boolean): void {
    const checked = new Set(this.checked);
    if (on) checked.add(id);
    else checked.delete(id);
    this.#setChecked(checked);
  }

  #clearAnswers(): void {
    this.#setChecked(new Set());
    this.announcement = this.#text.cleared;
  }

  /** The result in plain text: what "Copy summary" puts on the clipboard. */
  summary(): string {
    const checklist = this.#checklistShown;
    if (!checklist) return '';
    const text = this.#text;
    const result = assessRisk(checklist.items, this.checked, this.#levels);
    const ticked = checklist.items.filter((item) => this.checked.has(item.id));
    const lines = [
      formatMessage(text.summaryTitle, { title: checklist.title, level: result.level.label, score: this.#formatScore(result.score) }),
      richTextToPlain(result.level.advice),
    ];
    if (ticked.length > 0) lines.push('', text.summaryChecked, ...ticked.map((item) => `- ${item.text}`));
    const advice = ticked.filter((item) => item.advice).map((item) => `- ${richTextToPlain(item.advice).replace(/\n/g, '\n  ')}`);
    if (advice.length > 0) lines.push('', text.summaryAdvice, ...advice);
    return lines.filter((line, index) => line !== '' || index > 0).join('\n');
  }

  async #copySummary(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.summary());
      this.copyFailed = false;
      this.announcement = this.#text.copied;
    } catch {
      // No clipboard (an insecure page, a denied permission): show the text to copy by hand.
      this.copyFailed = true;
      this.announcement = this.#text.copyFailed;
    }
  }

  #formatScore(score: number): string {
    // Floor, so the figure shown never reaches a level's threshold before the level does.
    return new Intl.NumberFormat(languageOf(this), { style: 'percent' }).format(Math.floor(score) / 100);
  }

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const checklist = bundle.checklist!;
    const text = this.#text;
    const level = headingLevel(this.headingLevel);
    return html`
      <div part="header" class="header">
        ${heading(level, checklist.title, 'title')}
        <div class="intro">${renderRichText(checklist.intro)}</div>
      </div>
      <p part="privacy" class="privacy">${text.privacyNote}</p>
      ${[...groupByCategory(checklist.items, text.otherCategory)].map(
        ([category, items]) => html`<fieldset part="group" class="group">
          <legend>${category}</legend>
          ${items.map((item) => this.#renderItem(item))}
        </fieldset>`,
      )}
      ${this.#renderResult(checklist, text, headingLevel(level + 1))}
    `;
  }

  #renderItem(item: ChecklistItem): TemplateResult {
    const checked = this.checked.has(item.id);
    const adviceId = `${item.id}-advice`;
    return html`<div class="item" data-item-id=${item.id}>
      <label part="item">
        <input
          type="checkbox"
          .checked=${checked}
          aria-describedby=${checked && item.advice ? adviceId : nothing}
          @change=${(event: Event) => this.#toggle(item.id, (event.target as HTMLInputElement).checked)}
        />
        <span>${item.text}</span>
      </label>
      ${checked && item.advice ? html`<div part="advice" class="advice" id=${adviceId}>${renderRichText(item.advice)}</div>` : nothing}
    </div>`;
  }

  #renderResult(checklist: Checklist, text: RiskChecklistStrings, level: ReturnType<typeof headingLevel>): TemplateResult {
    const result = assessRisk(checklist.items, this.checked, this.#levels);
    const levels = [...this.#levels].sort((a, b) => a.min - b.min);
    const tone = result.levelIndex === 0 ? 'low' : result.levelIndex === levels.length - 1 ? 'high' : 'mid';
    const score = this.#formatScore(result.score);
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      ${heading(level, text.resultHeading, 'result-heading', 'result-heading')}
      <p class="level-line">
        <span part="level" class="level ${tone}">${result.level.label}</span>
        <span class="score">${score}</span>
        <span class="count">${formatPlural(text.ticked, this.checked.size, languageOf(this))}</span>
      </p>
      <meter
        part="meter"
        min="0"
        max="100"
        low=${levels[1]?.min ?? 100}
        high=${levels[levels.length - 1]?.min ?? 100}
        optimum="0"
        .value=${result.score}
        aria-label=${text.scoreLabel}
        aria-valuetext=${`${score}, ${result.level.label}`}
      ></meter>
      <div part="level-advice" class="level-advice">${renderRichText(result.level.advice)}</div>
      ${result.drivers.length > 0
        ? html`<div class="drivers">
            <p class="drivers-heading">${text.drivers}</p>
            <ol part="drivers">
              ${result.drivers.map((item) => html`<li data-item-id=${item.id}>${item.text}</li>`)}
            </ol>
          </div>`
        : nothing}
      <div class="actions">
        <button part="copy" class="button" type="button" @click=${this.#copySummary}>${text.copySummary}</button>
        <button part="clear" class="button" type="button" ?disabled=${this.checked.size === 0} @click=${this.#clearAnswers}>
          ${text.clearAnswers}
        </button>
      </div>
      ${this.copyFailed
        ? html`<label class="manual-copy">
            <span>${text.summaryLabel}</span>
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
