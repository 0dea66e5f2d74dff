import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { renderRichText } from '../../content/rich-text.js';
import type { ContentBundle, Question } from '../../content/schema.js';
import { ContentController } from '../../controllers/content-controller.js';
import { FocusController } from '../../controllers/focus-controller.js';
import { StructuredDataController } from '../../controllers/structured-data-controller.js';
import { emit } from '../../events.js';
import { avatarStyles } from '../../internal/avatar.js';
import { flag, oneOf, wholeNumber } from '../../internal/attributes.js';
import { isolate } from '../../internal/bidi.js';
import { defineElement } from '../../internal/define.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { PipElement, type Settling } from '../../internal/pip-element.js';
import { plainJson } from '../../internal/plain-json.js';
import { controlStyles } from '../../internal/shared.styles.js';
import { toggled } from '../../internal/toggled.js';
import { questionSourceFor, type QuestionSort, type QuestionSource, type ResultsWindow } from '../../sources/index.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { ClampController } from './clamp-controller.js';
import { DeepLinkController } from './deep-link-controller.js';
import { tagBar, tagButton, toolbar } from './feed-controls.js';
import { ProgressiveDrawController } from './progressive-draw-controller.js';
import { firstPagePostings } from './postings.js';
import { byline, questionCard, TAGS_SHOWN } from './question-card.js';
import { resultsList } from './results-list.js';
import { SearchController } from './search-controller.js';
import { ShortcutController } from './shortcut-controller.js';
import { styles } from './qa-feed.styles.js';

export type QaFeedSort = QuestionSort;
export type { PipQuestionToggleDetail, PipSearchDetail } from '../../events.js';

/** How many popular tags the filter bar offers; a card's own tags filter too. */
const TAG_BAR_SIZE = 12;

/**
 * Shows the bundle's topic (title and about text) and its questions as cards: author, date,
 * likes, tags, a rich-text body clamped to a few lines, and answers. A search box finds
 * questions as you type, forgiving typos; tags filter; the list sorts by relevance, date or likes.
 * `#question-id` in the page URL scrolls to that question and opens it.
 *
 * @tagname pip-qa-feed
 * @summary A topic's questions and answers about performance improvement plans, with instant search.
 *
 * @fires pip-load - The bundle is loaded and valid.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no questions; or a file of a deployment that a search or a page of results needed could not be had (once per problem).
 * @fires pip-search - The results changed for a new query or tag filter, and the cards in view are drawn.
 * @fires pip-question-toggle - A question's body was opened or closed.
 *
 * @csspart header - The topic title and about text.
 * @csspart title - The topic title.
 * @csspart toolbar - The search box and sort control.
 * @csspart search - The search input.
 * @csspart sort - The sort select.
 * @csspart tag-filter - The bar of tags to filter by.
 * @csspart question - One question card.
 * @csspart question-title - A question's title.
 * @csspart highlight - A matched word in a title.
 * @csspart avatar - An author's picture or initials.
 * @csspart byline - A question's author line.
 * @csspart body - A question's rich-text body.
 * @csspart show-more - The button that opens or closes a clamped body.
 * @csspart tag - One tag (a button that filters by it).
 * @csspart answers - The list of answers under a question.
 * @csspart empty - The message shown when nothing matches, or while the search index is built.
 * @csspart more-questions - The button that shows the next page of questions.
 * @csspart link - A link inside rich text.
 */
export class PipQaFeed extends PipElement {
  static {
    // Drawing more cards when the first ones do not fill the window is an update asked for after
    // an update, on purpose (see ProgressiveDrawController).
    this.disableWarning?.('change-in-update');
  }
  static override styles = [...PipElement.styles, controlStyles, avatarStyles, styles];
  static override properties: PropertyDeclarations = {
    query: { reflect: true },
    sort: { reflect: true, converter: oneOf(['relevance', 'newest', 'likes'], 'relevance') },
    pageSize: { attribute: 'page-size', converter: wholeNumber(1, 1000, 20) },
    headingLevel: { attribute: 'heading-level', converter: wholeNumber(1, 6, 2) },
    hideHeader: { reflect: true, attribute: 'hide-header', converter: flag() },
    structuredData: { attribute: 'structured-data', converter: flag() },
    tagFilter: { attribute: false },
    visibleCount: { state: true, attribute: false },
    openBodies: { state: true, attribute: false },
    openAnswers: { state: true, attribute: false },
    openTags: { state: true, attribute: false },
    linked: { state: true, attribute: false },
  };

  /** The search query. Reflects, so a host can set it (from `?q=`, say) and style on it. */
  query = '';

  /** Ordering: `relevance` (the default; the bundle's order when there is no query), `newest` or `likes`. */
  sort: QaFeedSort = 'relevance';

  /**
   * How many questions show at first, and how many more each "Show more questions" adds: a whole
   * number from 1 to 1000, default 20.
   */
  pageSize = 20;

  /** Level of the topic heading, a whole number from 1 to 6, default 2; question titles are one level below. */
  headingLevel = 2;

  /** Hides the topic title and about text, for hosts with a heading of their own. */
  hideHeader = false;

  /**
   * Writes the first page of questions as schema.org `DiscussionForumPosting` JSON-LD into a
   * script in the light DOM, for search engines (which do not read shadow roots).
   */
  structuredData = false;

  /** Tags a question must all have to show. */
  tagFilter: string[] = [];

  private visibleCount = 20;
  private openBodies = new Set<string>();
  private openAnswers = new Set<string>();
  private openTags = new Set<string>();
  /** The question a link revealed, and the search it was revealed in: it stays on top until the reader searches. */
  private linked?: { question: Question; inputs: string };

  protected readonly loader = new ContentController(this, {
    requires: 'questions',
    readInWorker: true,
    // The first page of a large bundle shows while the rest loads; searching waits for all of it.
    previewItems: () => this.pageSize,
    onChange: () => this.#useContent(),
  });

  #source?: QuestionSource;
  #sourceOf?: ContentBundle;

  readonly #draw = new ProgressiveDrawController(this, {
    round: () => this.#search.round,
    total: () => this.#search.results?.questions.length ?? 0,
    list: () => this.renderRoot.querySelector('.results'),
  });

  readonly #search = new SearchController(this, {
    source: () => this.#source,
    inputs: () => ({ query: this.query, tags: this.tagFilter, sort: this.sort, limit: this.visibleCount, lang: this.localize.contentLang }),
    tagCount: TAG_BAR_SIZE,
    drawn: () => this.#draw.viewFilled,
    announcement: (count, query) =>
      query ? this.localize.plural('matches', count, { query: isolate(query) }) : this.tagFilter.length > 0 ? this.localize.plural('filtered', count) : '',
  });

  readonly #clamp = new ClampController(this, {
    bodies: () => this.renderRoot.querySelectorAll<HTMLElement>('.body'),
    isOpen: (id) => this.openBodies.has(id),
  });

  readonly #structuredData = new StructuredDataController(this, {
    args: () => [this.structuredData && this.status === 'ready' && this.#source, this.pageSize],
    data: async () => {
      const source = this.structuredData && this.status === 'ready' ? this.#source : undefined;
      return source && firstPagePostings(source, this.pageSize, (author) => byline(author, this.localize));
    },
  });

  readonly #focus = new FocusController(this);

  constructor() {
    super();
    new DeepLinkController(this, {
      source: () => this.#source,
      reveal: (question) => this.#reveal(question),
      card: (id) => this.renderRoot.querySelector(`[data-question-id="${CSS.escape(id)}"]`),
    });
    new ShortcutController(this, {
      key: () => this.localize.term('searchShortcut'),
      target: () => (this.status === 'ready' ? this.#searchInput : null),
    });
  }

  /** The search the reader sees, as one key. */
  get #inputs(): string {
    return plainJson([this.query, this.tagFilter, this.sort, this.pageSize]);
  }

  get #searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type="search"]');
  }

  /** The results, the cards drawn after the first frame, and the structured data. */
  protected override settling(): readonly Settling[] {
    return [...super.settling(), this.#search, this.#draw, this.#structuredData];
  }

  /** New content: a new question source, and nothing open or measured from the old one. */
  #useContent(): void {
    const bundle = this.loader.shown;
    if (bundle === this.#sourceOf) return;
    this.#sourceOf = bundle;
    this.#source = bundle && questionSourceFor(bundle, this.loader.status === 'ready');
    this.openBodies = new Set();
    this.openAnswers = new Set();
    this.openTags = new Set();
    this.#clamp.reset();
    this.visibleCount = this.pageSize;
    this.linked = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('query') || changed.has('sort') || changed.has('tagFilter') || changed.has('pageSize')) {
      this.visibleCount = this.pageSize;
      if (this.linked?.inputs !== this.#inputs) this.linked = undefined;
    }
  }

  /** The reader followed a link to one question: filters that would hide it go, and it opens. */
  #reveal(question: Question): void {
    if (this.query || this.tagFilter.length > 0) {
      this.query = '';
      this.tagFilter = [];
    }
    const id = question.id;
    if (!this.openBodies.has(id)) this.#toggleBody(id);
    this.openAnswers = toggled(this.openAnswers, id, true);
    this.linked = { question, inputs: this.#inputs };
  }

  #toggleBody(id: string): void {
    const expanded = !this.openBodies.has(id);
    this.openBodies = toggled(this.openBodies, id, expanded);
    emit(this, 'pip-question-toggle', { id, expanded });
  }

  #toggleTag(tag: string): void {
    this.tagFilter = this.tagFilter.includes(tag) ? this.tagFilter.filter((t) => t !== tag) : [...this.tagFilter, tag];
    // Cards are redrawn in place for the new results: focus goes where the filter is shown.
    const index = this.#barTags().indexOf(tag);
    this.#focus.next(() => this.renderRoot.querySelectorAll<HTMLElement>('.tag-bar .tag')[index] ?? this.#searchInput);
  }

  /** A card's other tags show, and focus goes to the first of them, where the button was. */
  #showAllTags(id: string): void {
    this.openTags = toggled(this.openTags, id, true);
    const card = () => this.renderRoot.querySelector(`[data-question-id="${CSS.escape(id)}"]`);
    this.#focus.next(() => card()?.querySelectorAll<HTMLElement>('.tags .tag')[TAGS_SHOWN]);
  }

  #clearTagFilter(): void {
    this.tagFilter = [];
    this.#focus.next(() => this.#searchInput);
  }

  #clearSearch(): void {
    this.query = '';
    this.#clearTagFilter();
  }

  #showMoreQuestions(): void {
    const first = this.visibleCount;
    this.visibleCount += this.pageSize;
    this.#draw.showAll();
    this.#focus.next(() => {
      const added = this.#search.results?.questions[first];
      return added && this.renderRoot.querySelector<HTMLElement>(`[data-question-id="${CSS.escape(added.id)}"]`);
    });
  }

  /** The filter bar: the popular tags in a fixed order (pressing one must not move it), then other tags filtered by. */
  #barTags(): string[] {
    const popular = this.#search.popularTags.map(({ tag }) => tag);
    return [...popular, ...this.tagFilter.filter((tag) => !popular.includes(tag))];
  }

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const topic = bundle.topic;
    // The first part of a bundle whose rest never came cannot be searched until "Try again" works.
    const unavailable = this.#search.failed || (this.#search.searching && this.loader.interrupted !== undefined);
    return html`
      ${topic && !this.hideHeader
        ? html`<div part="header" class="header">
            ${heading(level, topic.title, 'title')}
            <div class="about">${renderRichText(topic.about)}</div>
          </div>`
        : nothing}
      ${toolbar({
        localize: this.localize,
        query: this.query,
        sort: this.sort,
        onQuery: (query) => (this.query = query),
        onSort: (sort) => (this.sort = sort),
        onSearchLikely: this.#onSearchLikely,
      })}
      ${tagBar(this.#barTags(), this.localize, this.#renderTagButton, this.tagFilter.length > 0 ? () => this.#clearTagFilter() : undefined)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#search.announcement}</div>
      ${this.#search.searching || unavailable
        ? html`<p class="searching" part="empty">${this.localize.term(unavailable ? 'searchUnavailable' : 'searching')}</p>`
        : this.#renderResults(this.#search.results, headingLevel(level + 1), topic?.title)}
    `;
  }

  readonly #onSearchLikely = (): void => this.#search.searchLikely();
  readonly #onTagToggle = (tag: string): void => this.#toggleTag(tag);
  readonly #renderTagButton = (tag: string): TemplateResult => tagButton(tag, this.tagFilter.includes(tag), this.#onTagToggle);

  #renderResults(results: ResultsWindow | undefined, level: HeadingLevel, topicTitle: string | undefined): unknown {
    if (!results) return nothing;
    const linked = this.linked;
    const pinned =
      linked?.inputs === this.#inputs && !results.questions.some(({ id }) => id === linked.question.id) ? linked.question : undefined;
    // While a preview shows, how many questions follow is not known yet; while the first of a
    // window show, the rest of it is on its way.
    const remaining = this.status === 'ready' && !results.rest ? results.total - results.questions.length : 0;
    const { limit } = this.#draw;
    const cardState = [this.openBodies, this.openAnswers, this.openTags, this.#clamp.clamped, this.tagFilter, this.localize.revision, this.strings];
    // Many updates change nothing a card shows (the live region's text, a keystroke whose results
    // are still on their way): drawing twenty cards again for them was most of a keystroke's work.
    return guard([results, pinned, limit, remaining, level, topicTitle, ...cardState], () =>
      resultsList({
        localize: this.localize,
        results,
        pinned,
        drawn: limit,
        remaining,
        topicTitle,
        onClearSearch: () => this.#clearSearch(),
        onShowMore: () => this.#showMoreQuestions(),
        card: (question, later) =>
          questionCard(question, {
            localize: this.localize,
            level,
            title: results.title(question.id),
            bodyOpen: this.openBodies.has(question.id),
            clamped: this.#clamp.has(question.id),
            answersOpen: this.openAnswers.has(question.id),
            later,
            toggleBody: () => this.#toggleBody(question.id),
            toggleAnswers: () => (this.openAnswers = toggled(this.openAnswers, question.id)),
            tagsOpen: this.openTags.has(question.id),
            showAllTags: () => this.#showAllTags(question.id),
            tagButton: this.#renderTagButton,
          }),
      }),
    );
  }
}

defineElement('pip-qa-feed', PipQaFeed);

declare global {
  interface HTMLElementTagNameMap {
    'pip-qa-feed': PipQaFeed;
  }
}
