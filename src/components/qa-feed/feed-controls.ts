import { html, nothing, type TemplateResult } from 'lit';
import { bdi } from '../../internal/bidi.js';
import type { LocalizeController } from '../../localize/localize.js';
import { MAX_QUERY_LENGTH, type QuestionSort } from '../../sources/question-source.js';

export interface ToolbarState {
  localize: LocalizeController;
  query: string;
  sort: QuestionSort;
  onQuery: (query: string) => void;
  onSort: (sort: QuestionSort) => void;
  /** The reader may search soon: the search box got focus or the pointer. */
  onSearchLikely: () => void;
}

/** The search box, with its shortcut shown, and the sort select. */
export function toolbar({ localize, query, sort, onQuery, onSort, onSearchLikely }: ToolbarState): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || query === '') return;
    // Esc clears the query; a second Esc is left to the page (closing a dialog, say).
    event.preventDefault();
    event.stopPropagation();
    onQuery('');
  };
  const shortcut = localize.term('searchShortcut');
  const option = (value: QuestionSort, label: string) => html`<option value=${value} ?selected=${sort === value}>${label}</option>`;
  return html`<div part="toolbar" class="toolbar">
    <div class="field search-field">
      <label for="search">${localize.term('searchLabel')}</label>
      <div class="search-box">
        <input
          id="search"
          part="search"
          type="search"
          .value=${query}
          maxlength=${MAX_QUERY_LENGTH}
          placeholder=${localize.term('searchPlaceholder')}
          autocomplete="off"
          spellcheck="false"
          aria-keyshortcuts=${shortcut}
          enterkeyhint="search"
          @input=${(event: Event) => onQuery((event.target as HTMLInputElement).value)}
          @keydown=${onKeydown}
          @focus=${onSearchLikely}
          @pointerenter=${onSearchLikely}
        />
        <kbd class="shortcut" aria-hidden="true">${shortcut}</kbd>
      </div>
    </div>
    <div class="field sort-field">
      <label for="sort">${localize.term('sortLabel')}</label>
      <select id="sort" part="sort" @change=${(event: Event) => onSort((event.target as HTMLSelectElement).value as QuestionSort)}>
        ${option('relevance', localize.term('sortRelevance'))} ${option('newest', localize.term('sortNewest'))}
        ${option('likes', localize.term('sortLikes'))}
      </select>
    </div>
  </div>`;
}

/** A tag as a toggle button that filters by it. */
export function tagButton(tag: string, pressed: boolean, toggle: (tag: string) => void): TemplateResult {
  return html`<button part="tag" class="tag" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => toggle(tag)}>
    ${bdi(tag)}
  </button>`;
}

/** The bar of tags to filter by, and "Clear filters" while any filters. */
export function tagBar(
  tags: readonly string[],
  localize: LocalizeController,
  button: (tag: string) => TemplateResult,
  onClear: (() => void) | undefined,
): TemplateResult | typeof nothing {
  if (tags.length === 0) return nothing;
  return html`<div part="tag-filter" class="tag-bar" role="group" aria-label=${localize.term('tagsLabel')}>
    ${tags.map(button)}
    ${onClear ? html`<button class="link-button" type="button" @click=${onClear}>${localize.term('clearFilters')}</button>` : nothing}
  </div>`;
}
