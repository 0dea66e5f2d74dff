import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { renderRichText, richTextToPlain } from '../../content/rich-text.js';
import type { Answer, Author, ContentBundle, Question } from '../../content/schema.js';
import { safeUrl } from '../../content/url.js';
import { avatar, avatarStyles } from '../../internal/avatar.js';
import { defineElement } from '../../internal/define.js';
import { writeStructuredData } from '../../internal/structured-data.js';
import { emit } from '../../internal/events.js';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { formatDate, formatMessage, formatPlural, languageOf } from '../../internal/i18n.js';
import { PipElement } from '../../internal/pip-element.js';
import { yieldToPage } from '../../internal/schedule.js';
import { controlStyles } from '../../internal/shared.styles.js';
// Defines <pip-content> before this widget, so a provider on the page is ready when it asks.
import '../content/content.js';
import { highlightSegments, MAX_QUERY_LENGTH, QuestionIndex } from './search-index.js';
import { defaultStrings, type QaFeedStrings } from './strings.js';
import { styles } from './qa-feed.styles.js';

export type QaFeedSort = 'relevance' | 'newest' | 'likes';

export interface PipSearchDetail {
  query: string;
  count: number;
}

export interface PipQuestionToggleDetail {
  id: string;
  expanded: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pip-search': CustomEvent<PipSearchDetail>;
    'pip-question-toggle': CustomEvent<PipQuestionToggleDetail>;
  }
}

declare module '../../internal/events.js' {
  interface PipEventDetails {
    'pip-search': PipSearchDetail;
    'pip-question-toggle': PipQuestionToggleDetail;
  }
}

/** How many popular tags the filter bar offers; a card's own tags filter too. */
const TAG_BAR_SIZE = 12;
/** Screen readers hear the result count once typing pauses, not on every key. */
const ANNOUNCE_DELAY_MS = 500;
/**
 * Cards drawn in the frame that shows new results, more if they do not reach the bottom of the
 * window; the rest of the page follows after that frame. Drawing all 20 at once, and inserting
 * cards with `content-visibility: auto` at all, made that frame miss 16 ms (`npm run bench`).
 * Three fill an 800 px window of typical cards; four cost 1-2 ms more at p95, two needed a second
 * round to fill it.
 */
const FIRST_CARDS = 3;
/** Cards from this position on skip rendering while out of view (see the styles). */
const CONTAINED_FROM = 2 * FIRST_CARDS;

/** "Mid-Level Software Engineer at Acme"; "Anonymous" when nothing is known. */
export function byline(author: Author | undefined, strings: Pick<QaFeedStrings, 'anonymous' | 'byline'> = defaultStrings): string {
  const position = [author?.level, author?.role].filter(Boolean).join(' ');
  const who = position || author?.name || strings.anonymous;
  return author?.company ? formatMessage(strings.byline, { who, company: author.company }) : who;
}

/** What the feed derives once per bundle, never per keystroke. */
interface FeedData {
  questions: readonly Question[];
  byId: Map<string, number>;
  timestamps: number[];
  popularTags: string[];
}

function deriveFeedData(questions: readonly Question[]): FeedData {
  const tagCounts = new Map<string, number>();
  for (const question of questions) {
    for (const tag of question.tags ?? []) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  return {
    questions,
    byId: new Map(questions.map((question, index) => [question.id, index])),
    timestamps: questions.map((question) => (question.createdAt ? Date.parse(question.createdAt) || 0 : 0)),
    popularTags: [...tagCounts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TAG_BAR_SIZE)
      .map(([tag]) => tag),
  };
}

function isEditable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Shows the bundle's topic (title and about text) and its questions as cards: author, date,
 * likes, tags, a rich-text body clamped to a few lines, and answers. A search box finds
 * questions as you type, forgiving typos; tags filter; the list sorts by relevance, date or likes.
 * `#question-id` in the page URL scrolls to that question and opens it.
 *
 * @tagname pip-qa-feed
 * @summary A topic's questions and answers about performance improvement plans, with instant search.
 *
 * @fires pip-load - The bundle is loaded and valid. `detail: { bundle }`.
 * @fires pip-error - The bundle could not be loaded, is invalid or has no questions. `detail: { code, message, issues }`.
 * @fires pip-search - The results changed for a new query or tag filter, and the cards in view are drawn. `detail: { query, count }`.
 * @fires pip-question-toggle - A question's body was opened or closed. `detail: { id, expanded }`.
 *
 * @csspart base - The outer wrapper.
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
 * @csspart empty - The message shown when nothing matches.
 * @csspart more-questions - The button that shows the next page of questions.
 * @csspart link - A link inside rich text.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 *
 * @cssprop --pip-color-text - Text color.
 * @cssprop --pip-color-muted - Secondary text (bylines, dates, counts).
 * @cssprop --pip-color-border - Card and control borders.
 * @cssprop --pip-color-surface - Card background.
 * @cssprop --pip-color-accent - Buttons, pressed tags and highlights.
 * @cssprop --pip-color-highlight - Background of matched words.
 * @cssprop --pip-radius - Corner radius of cards and controls.
 * @cssprop --pip-spacing - Space between cards.
 * @cssprop --pip-body-clamp - Height of a clamped question body (default 7.5em, five lines).
 * @cssprop --pip-font-family - Font family (inherited from the page by default).
 * @cssprop --pip-focus-ring-color - Color of the keyboard focus ring.
 */
export class PipQaFeed extends PipElement {
  static {
    // Drawing more cards when the first ones do not fill the window is an update asked for in
    // updated(), on purpose (see drawRest).
    this.disableWarning?.('change-in-update');
  }
  static override styles = [...PipElement.styles, controlStyles, avatarStyles, styles];
  static override properties: PropertyDeclarations = {
    query: { reflect: true },
    sort: { reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideHeader: { type: Boolean, reflect: true, attribute: 'hide-header' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    tagFilter: { attribute: false },
    strings: { attribute: false },
    visibleCount: { state: true, attribute: false },
    openBodies: { state: true, attribute: false },
    openAnswers: { state: true, attribute: false },
    clampedBodies: { state: true, attribute: false },
    pinnedId: { state: true, attribute: false },
    searchIndex: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };
  protected readonly requires = { key: 'questions', name: 'questions' } as const;

  /** The search query. Reflects, so a host can set it (from `?q=`, say) and style on it. */
  query = '';

  /** Ordering: `relevance` (the bundle's order when there is no query), `newest` or `likes`. */
  sort: QaFeedSort = 'relevance';

  /** How many questions show at first, and how many more each "Show more questions" adds. */
  pageSize = 20;

  /** Level of the topic heading (1-6); question titles are one level below. */
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

  /** Replacements for the feed's own texts, for other languages. */
  strings: Partial<QaFeedStrings> = {};

  private visibleCount = 20;
  private openBodies = new Set<string>();
  private openAnswers = new Set<string>();
  private clampedBodies = new Set<string>();
  private pinnedId?: string;
  private searchIndex?: QuestionIndex;
  private announcement = '';

  #data?: FeedData;
  #structuredDataFor?: FeedData;
  #dataFor?: ContentBundle;
  /** Question indices to show, in order; `undefined` while the index that answers the query is built. */
  #results?: number[];
  #matchedWords: ReadonlySet<string> = new Set();
  #indexBuild?: AbortController;
  #searchChanged = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #scrollTarget?: string;
  #hashPending = false;
  #focusIndex?: number;
  /** A tag whose filter button takes focus after the next update ('' for the search box). */
  #focusTag?: string;
  /** Made per connection, by the window the element is in: it may have moved into an iframe. */
  #bodyObserver?: ResizeObserver;
  /** Each observed body and the question it showed when last observed. */
  #observedBodies = new Map<Element, string>();
  #pendingClamped?: Set<string>;
  /** How many result cards to draw now (see FIRST_CARDS), and the round of results it is for. */
  #cardLimit = FIRST_CARDS;
  #resultsRound = 0;
  #restScheduledFor = -1;
  /** Settles when the whole page of results is drawn; `updateComplete` waits for it. */
  #restDrawn?: Promise<void>;
  #settleRest?: () => void;

  protected override get retryLabel(): string {
    return this.#text.retry;
  }

  get #text(): QaFeedStrings {
    return { ...defaultStrings, ...this.strings };
  }

  /** The document and window the element is in now: it may have moved into an iframe's. */
  #listenedTo?: Document;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listenedTo = this.ownerDocument;
    this.#listenedTo.addEventListener('keydown', this.#onDocumentKeydown);
    this.#listenedTo.defaultView?.addEventListener('hashchange', this.#onHashChange);
    // Put back on the page before its index was done: build it again.
    if (this.#data && this.status === 'ready' && !this.searchIndex && !this.#indexBuild) this.#startIndexBuild(this.#data.questions);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenedTo?.removeEventListener('keydown', this.#onDocumentKeydown);
    this.#listenedTo?.defaultView?.removeEventListener('hashchange', this.#onHashChange);
    this.#listenedTo = undefined;
    this.#bodyObserver?.disconnect();
    this.#bodyObserver = undefined;
    this.#observedBodies.clear();
    clearTimeout(this.#announceTimer);
    this.#indexBuild?.abort();
    this.#indexBuild = undefined;
    this.#cardLimit = Infinity;
    this.#finishRest();
  }

  /** Also waits for the cards drawn after the first frame, so callers see the whole page. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#restDrawn) {
      await this.#restDrawn;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const bundle = this.shownContent;
    const newContent = bundle !== this.#dataFor;
    if (newContent) this.#useContent(bundle, this.status === 'ready');
    if (!this.#data) return;
    const indexArrived = changed.has('searchIndex' as keyof PipQaFeed);
    let searchInputs = changed.has('query') || changed.has('sort') || changed.has('tagFilter');
    if (!newContent && (searchInputs || changed.has('pageSize'))) {
      this.visibleCount = Math.max(this.pageSize, 1);
      this.pinnedId = undefined;
    }
    const linked = this.#hashPending ? this.#questionFromHash() : undefined;
    this.#hashPending = false;
    if (linked && (this.query || this.tagFilter.length > 0)) {
      // The reader followed a link to one question: filters that would hide it go.
      this.query = '';
      this.tagFilter = [];
      searchInputs = true;
    }
    if (newContent || searchInputs || indexArrived) {
      this.#computeResults();
      this.#cardLimit = FIRST_CARDS;
      this.#resultsRound++;
      this.#restDrawn ??= new Promise((resolve) => (this.#settleRest = resolve));
    }
    if (changed.has('query') || changed.has('tagFilter') || (indexArrived && this.query)) this.#searchChanged = true;
    if (linked) this.#reveal(linked);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('structuredData') || changed.has('pageSize') || this.#structuredDataFor !== this.#data) {
      this.#structuredDataFor = this.#data;
      writeStructuredData(this, this.structuredData && this.#data && this.status === 'ready' ? this.#postingsData() : undefined);
    }
    if (!this.#data) return this.#finishRest();
    const drawingMore = this.#drawRest();
    this.#observeBodies();
    // Announced once the cards in view are drawn.
    if (this.#searchChanged && this.#results && !drawingMore) {
      this.#searchChanged = false;
      const count = this.#results.length;
      emit(this, 'pip-search', { query: this.#activeQuery, count });
      this.#scheduleAnnouncement(count);
    }
    if (this.#scrollTarget) this.#scrollToQuestion(this.#scrollTarget);
    if (this.#focusTag !== undefined) {
      this.#focusTagButton(this.#focusTag);
      this.#focusTag = undefined;
    }
    if (this.#focusIndex !== undefined) {
      const id = this.#results?.[this.#focusIndex];
      this.#focusIndex = undefined;
      if (id !== undefined) this.#cardOf(this.#data.questions[id].id)?.focus();
    }
  }

  /**
   * The questions of the first page, in schema.org terms: each one a forum posting with its
   * answers as comments. Only what the page shows, in the bundle's order, whatever the reader
   * searches.
   */
  #postingsData(): object {
    const page = location.href.split('#')[0];
    const person = (author: Author | undefined) => ({ '@type': 'Person', name: author?.name ?? byline(author) });
    const likes = (count: number | undefined) =>
      count === undefined
        ? undefined
        : { '@type': 'InteractionCounter', interactionType: 'https://schema.org/LikeAction', userInteractionCount: count };
    return {
      '@graph': this.#data!.questions.slice(0, Math.max(this.pageSize, 1)).map((question) => ({
        '@type': 'DiscussionForumPosting',
        headline: question.title,
        text: richTextToPlain(question.body),
        url: safeUrl(question.url) ?? `${page}#${question.id}`,
        author: person(question.author),
        datePublished: question.createdAt,
        keywords: question.tags?.join(', '),
        interactionStatistic: likes(question.likes),
        commentCount: question.answers?.length,
        comment: question.answers?.map((answer) => ({
          '@type': 'Comment',
          text: richTextToPlain(answer.body),
          author: person(answer.author),
          datePublished: answer.createdAt,
          interactionStatistic: likes(answer.likes),
        })),
      })),
    };
  }

  /** The query as searched: trimmed of nothing (a trailing space means the last word is complete), capped. */
  get #activeQuery(): string {
    return this.query.slice(0, MAX_QUERY_LENGTH);
  }

  /** The first page of a large bundle shows while the rest loads; paging and search wait for all of it. */
  protected override get previewQuestions(): number {
    return Math.max(this.pageSize, 1);
  }

  #useContent(bundle: ContentBundle | undefined, complete: boolean): void {
    this.#indexBuild?.abort();
    this.#indexBuild = undefined;
    this.#dataFor = bundle;
    this.#data = bundle ? deriveFeedData(bundle.questions ?? []) : undefined;
    this.searchIndex = undefined;
    this.openBodies = new Set();
    this.openAnswers = new Set();
    this.clampedBodies = new Set();
    this.visibleCount = Math.max(this.pageSize, 1);
    this.#hashPending = true;
    if (this.#data && complete) this.#startIndexBuild(this.#data.questions);
  }

  /** Builds the search index after the first cards are painted, in slices that never block a frame. */
  #startIndexBuild(questions: readonly Question[]): void {
    const build = new AbortController();
    this.#indexBuild = build;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (build.signal.aborted) return;
        QuestionIndex.build(questions, { signal: build.signal }).then(
          (index) => {
            if (build.signal.aborted) return;
            this.#indexBuild = undefined;
            this.searchIndex = index;
          },
          () => {
            // Aborted: a newer bundle or a removed element; nothing to do.
          },
        );
      }),
    );
  }

  #computeResults(): void {
    const { questions, timestamps } = this.#data!;
    const query = this.#activeQuery;
    let order: number[] | undefined;
    if (query.trim() === '') {
      order = questions.map((_, index) => index);
      this.#matchedWords = new Set();
    } else if (this.searchIndex) {
      const result = this.searchIndex.search(query);
      order = result.order;
      this.#matchedWords = result.matchedWords;
    }
    if (order && this.tagFilter.length > 0) {
      const wanted = this.tagFilter;
      order = order.filter((index) => {
        const tags = questions[index].tags ?? [];
        return wanted.every((tag) => tags.includes(tag));
      });
    }
    if (order && this.sort === 'newest') order = [...order].sort((a, b) => timestamps[b] - timestamps[a]);
    if (order && this.sort === 'likes') order = [...order].sort((a, b) => (questions[b].likes ?? 0) - (questions[a].likes ?? 0));
    this.#results = order;
  }

  /** Draws the cards past FIRST_CARDS once the frame with the first ones is out. */
  /**
   * Draws the cards past FIRST_CARDS once the frame with the first ones is out, and more of them
   * at once if the first do not reach the bottom of the window. Returns whether it asked for
   * another update to draw more now.
   */
  #drawRest(): boolean {
    if (this.#cardLimit >= Math.min(this.visibleCount, this.#results?.length ?? 0)) {
      this.#finishRest();
      return false;
    }
    if (this.#restScheduledFor === this.#resultsRound) return false;
    const view = this.ownerDocument.defaultView ?? window;
    // The first frame must show every card in view. The layout this reads is the one that frame
    // would do anyway.
    const list = this.renderRoot.querySelector('.results');
    if (list && list.getBoundingClientRect().bottom < view.innerHeight) {
      this.#cardLimit += FIRST_CARDS;
      this.requestUpdate();
      return true;
    }
    const round = (this.#restScheduledFor = this.#resultsRound);
    let done = false;
    const draw = () => {
      if (done) return;
      done = true;
      // Newer results came first: they have scheduled their own rest.
      if (round !== this.#resultsRound) return;
      this.#cardLimit = Infinity;
      this.requestUpdate();
    };
    // After the frame, at background priority: input and the page's own tasks go first.
    view.requestAnimationFrame(() => yieldToPage().then(draw));
    // No frames come in a hidden page: draw anyway.
    view.setTimeout(draw, 100);
    return false;
  }

  #finishRest(): void {
    this.#settleRest?.();
    this.#settleRest = this.#restDrawn = undefined;
  }

  #scheduleAnnouncement(count: number): void {
    clearTimeout(this.#announceTimer);
    const text = this.#text;
    const lang = languageOf(this);
    const query = this.#activeQuery.trim();
    const message = query
      ? formatPlural(text.matches, count, lang, { query })
      : this.tagFilter.length > 0
        ? formatPlural(text.filtered, count, lang)
        : '';
    this.#announceTimer = setTimeout(() => (this.announcement = message), ANNOUNCE_DELAY_MS);
  }

  // ---- interaction ----------------------------------------------------------------------------

  readonly #onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isEditable(event.composedPath()[0]) || this.status !== 'ready') return;
    const input = this.#searchInput;
    if (!input || !input.checkVisibility?.()) return;
    // The first feed on the page takes the shortcut; the others see it handled.
    event.preventDefault();
    input.focus();
  };

  readonly #onHashChange = (): void => {
    this.#hashPending = true;
    this.requestUpdate();
  };

  get #searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[type="search"]');
  }

  #onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.query !== '') {
      // Esc clears the query; a second Esc is left to the page (closing a dialog, say).
      event.preventDefault();
      event.stopPropagation();
      this.query = '';
    }
  }

  #onSortChange(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as QaFeedSort;
  }

  #toggleTag(tag: string): void {
    this.tagFilter = this.tagFilter.includes(tag) ? this.tagFilter.filter((t) => t !== tag) : [...this.tagFilter, tag];
    // Cards are redrawn in place for the new results: focus goes where the filter is shown.
    this.#focusTag = tag;
  }

  #clearTagFilter(): void {
    this.tagFilter = [];
    this.#focusTag = '';
  }

  /** The filter bar: the popular tags in a fixed order (pressing one must not move it), then other tags filtered by. */
  #barTags(): string[] {
    const popular = this.#data!.popularTags;
    return [...popular, ...this.tagFilter.filter((tag) => !popular.includes(tag))];
  }

  /** After a tag filter change: the tag's button in the filter bar, or the search box when it has none. */
  #focusTagButton(tag: string): void {
    const index = this.#barTags().indexOf(tag);
    const button = index < 0 ? null : this.renderRoot.querySelectorAll<HTMLElement>('.tag-bar .tag')[index];
    (button ?? this.#searchInput)?.focus();
  }

  #clearSearch(): void {
    this.query = '';
    this.tagFilter = [];
    this.updateComplete.then(() => this.#searchInput?.focus());
  }

  #toggleBody(id: string): void {
    const expanded = !this.openBodies.has(id);
    this.openBodies = toggled(this.openBodies, id, expanded);
    emit(this, 'pip-question-toggle', { id, expanded });
  }

  #toggleAnswers(id: string): void {
    this.openAnswers = toggled(this.openAnswers, id, !this.openAnswers.has(id));
  }

  #showMoreQuestions(): void {
    this.#cardLimit = Infinity;
    this.#focusIndex = this.visibleCount;
    this.visibleCount += Math.max(this.pageSize, 1);
  }

  /** The question named by `#question-id` in the page URL, if this feed has it. */
  #questionFromHash(): string | undefined {
    let id: string;
    try {
      id = decodeURIComponent((this.ownerDocument.defaultView ?? window).location.hash.slice(1));
    } catch {
      return undefined;
    }
    return this.#data?.byId.has(id) ? id : undefined;
  }

  /** Shows a linked question, opens it and brings it into view, even when it is pages away. */
  #reveal(id: string): void {
    const position = this.#results?.indexOf(this.#data!.byId.get(id)!) ?? -1;
    this.pinnedId = position === -1 || position >= this.visibleCount ? id : undefined;
    if (!this.openBodies.has(id)) {
      this.openBodies = toggled(this.openBodies, id, true);
      emit(this, 'pip-question-toggle', { id, expanded: true });
    }
    this.openAnswers = toggled(this.openAnswers, id, true);
    this.#scrollTarget = id;
  }

  #cardOf(id: string): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-question-id="${CSS.escape(id)}"]`);
  }

  #scrollToQuestion(id: string): void {
    const card = this.#cardOf(id);
    if (!card) return;
    this.#scrollTarget = undefined;
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }

  // ---- clamping: "Show more" only where the body is really cut ---------------------------------

  /** Observes the bodies that appeared and lets go of those that left; re-observing all would loop. */
  #observeBodies(): void {
    const view = this.ownerDocument.defaultView;
    if (!view) return;
    this.#bodyObserver ??= new view.ResizeObserver((entries) => this.#measureBodies(entries));
    const current = new Map<Element, string>();
    for (const body of this.renderRoot.querySelectorAll<HTMLElement>('.body')) current.set(body, body.dataset.bodyOf!);
    for (const body of this.#observedBodies.keys()) if (!current.has(body)) this.#bodyObserver.unobserve(body);
    for (const [body, id] of current) {
      const before = this.#observedBodies.get(body);
      if (before === id) continue;
      // Cards are reused for other questions: a body that now shows another question may be just
      // as tall (both cut at the clamp), so no resize would tell whether the new text is cut.
      if (before !== undefined) this.#bodyObserver.unobserve(body);
      this.#bodyObserver.observe(body);
    }
    this.#observedBodies = current;
  }

  #measureBodies(entries: ResizeObserverEntry[]): void {
    let next = this.#pendingClamped;
    for (const { target } of entries) {
      const id = (target as HTMLElement).dataset.bodyOf!;
      if (this.openBodies.has(id)) continue;
      const cut = target.scrollHeight > target.clientHeight + 1;
      const known = next ?? this.clampedBodies;
      if (cut !== known.has(id)) next = toggled(known, id, cut);
    }
    // Applied after this frame: a change inside the observer's own delivery can make it loop
    // (hosts with content-visibility or resizing containers), which browsers report as an error.
    // At background priority, so input that follows the frame goes first.
    if (next && !this.#pendingClamped) {
      yieldToPage().then(() => {
        this.clampedBodies = this.#pendingClamped ?? this.clampedBodies;
        this.#pendingClamped = undefined;
      });
    }
    this.#pendingClamped = next;
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected renderContent(bundle: ContentBundle): TemplateResult {
    const text = this.#text;
    const level = headingLevel(this.headingLevel);
    const topic = bundle.topic;
    return html`
      ${topic && !this.hideHeader
        ? html`<div part="header" class="header">
            ${heading(level, topic.title, 'title')}
            <div class="about">${renderRichText(topic.about)}</div>
          </div>`
        : nothing}
      ${this.#renderToolbar(text)} ${this.#renderTagBar(text)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.#renderResults(text, headingLevel(level + 1), topic?.title)}
    `;
  }

  #renderToolbar(text: QaFeedStrings): TemplateResult {
    return html`<div part="toolbar" class="toolbar">
      <div class="field search-field">
        <label for="search">${text.searchLabel}</label>
        <div class="search-box">
          <input
            id="search"
            part="search"
            type="search"
            .value=${this.query}
            maxlength=${MAX_QUERY_LENGTH}
            placeholder=${text.searchPlaceholder}
            autocomplete="off"
            spellcheck="false"
            aria-keyshortcuts=${text.searchShortcut}
            enterkeyhint="search"
            @input=${this.#onSearchInput}
            @keydown=${this.#onSearchKeydown}
          />
          <kbd class="shortcut" aria-hidden="true">${text.searchShortcut}</kbd>
        </div>
      </div>
      <div class="field sort-field">
        <label for="sort">${text.sortLabel}</label>
        <select id="sort" part="sort" @change=${this.#onSortChange}>
          <option value="relevance" ?selected=${this.sort === 'relevance'}>${text.sortRelevance}</option>
          <option value="newest" ?selected=${this.sort === 'newest'}>${text.sortNewest}</option>
          <option value="likes" ?selected=${this.sort === 'likes'}>${text.sortLikes}</option>
        </select>
      </div>
    </div>`;
  }

  #renderTagBar(text: QaFeedStrings): TemplateResult | typeof nothing {
    const tags = this.#barTags();
    if (tags.length === 0) return nothing;
    return html`<div part="tag-filter" class="tag-bar" role="group" aria-label=${text.tagsLabel}>
      ${tags.map((tag) => this.#renderTagButton(tag))}
      ${this.tagFilter.length > 0
        ? html`<button class="link-button" type="button" @click=${this.#clearTagFilter}>${text.clearFilters}</button>`
        : nothing}
    </div>`;
  }

  #renderTagButton(tag: string): TemplateResult {
    const pressed = this.tagFilter.includes(tag);
    return html`<button part="tag" class="tag" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.#toggleTag(tag)}>
      ${tag}
    </button>`;
  }

  #renderResults(text: QaFeedStrings, level: HeadingLevel, topicTitle: string | undefined): TemplateResult {
    const lang = languageOf(this);
    const results = this.#results;
    if (!results) return html`<p class="searching" part="empty">${text.searching}</p>`;
    if (results.length === 0) {
      return html`<div part="empty" class="empty">
        <p>${text.noMatches}</p>
        <button class="button" type="button" @click=${this.#clearSearch}>${text.clearSearch}</button>
      </div>`;
    }
    const { questions, byId } = this.#data!;
    const shown = results.slice(0, Math.min(this.visibleCount, this.#cardLimit));
    // While a preview shows, how many questions follow is not known yet.
    const remaining = this.status === 'ready' ? Math.max(results.length - this.visibleCount, 0) : 0;
    const pinned = this.pinnedId !== undefined ? byId.get(this.pinnedId) : undefined;
    const label = topicTitle ? `${text.questionsLabel}: ${topicTitle}` : text.questionsLabel;
    return html`
      ${pinned !== undefined
        ? html`<section class="pinned" aria-label=${text.linkedQuestion}>
            <ol class="questions">${this.#renderQuestion(questions[pinned], level, lang, text)}</ol>
          </section>`
        : nothing}
      <ol class="questions results" aria-label=${label}>
        ${shown.map((index, position) =>
          index === pinned ? nothing : this.#renderQuestion(questions[index], level, lang, text, position >= CONTAINED_FROM),
        )}
      </ol>
      ${remaining > 0
        ? html`<button part="more-questions" class="button more" type="button" @click=${this.#showMoreQuestions}>
            ${text.showMoreQuestions} <span class="count">(${formatPlural(text.remaining, remaining, lang)})</span>
          </button>`
        : nothing}
    `;
  }

  #renderQuestion(question: Question, level: HeadingLevel, lang: string, text: QaFeedStrings, later = false): TemplateResult {
    const id = question.id;
    const open = this.openBodies.has(id);
    const clamped = this.clampedBodies.has(id);
    const answersOpen = this.openAnswers.has(id);
    const answerCount = question.answers?.length ?? 0;
    const threadUrl = safeUrl(question.url);
    const title = highlightSegments(question.title, this.#matchedWords).map((segment) =>
      segment.match ? html`<mark part="highlight">${segment.text}</mark>` : segment.text,
    );
    return html`<li part="question" class="question ${later ? 'later' : ''}" data-question-id=${id} tabindex="-1">
      <article aria-labelledby=${`${id}-title`}>
        ${this.#renderAuthor(question.author, question.createdAt, lang, text)}
        ${heading(level, threadUrl ? html`<a href=${threadUrl}>${title}</a>` : title, 'question-title', `${id}-title`)}
        <div part="body" class="body ${open ? 'open' : clamped ? 'clamped' : ''}" id=${`${id}-body`} data-body-of=${id}>
          ${renderRichText(question.body)}
        </div>
        ${open || clamped
          ? html`<button
              part="show-more"
              class="link-button show-more"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${`${id}-body`}
              @click=${() => this.#toggleBody(id)}
            >
              ${open ? text.showLess : text.showMore}
            </button>`
          : nothing}
        <div class="footer">
          ${question.tags?.length
            ? html`<div class="tags">${question.tags.map((tag) => this.#renderTagButton(tag))}</div>`
            : nothing}
          <span class="stats">
            ${question.likes !== undefined ? html`<span class="likes">${formatPlural(text.likes, question.likes, lang)}</span>` : nothing}
            ${answerCount > 0
              ? html`<button
                  class="link-button answers-toggle"
                  type="button"
                  aria-expanded=${answersOpen ? 'true' : 'false'}
                  aria-controls=${`${id}-answers`}
                  @click=${() => this.#toggleAnswers(id)}
                >
                  ${answersOpen ? text.hideAnswers : formatPlural(text.answers, answerCount, lang)}
                </button>`
              : nothing}
          </span>
        </div>
        ${answerCount > 0
          ? html`<ol part="answers" class="answers" id=${`${id}-answers`} ?hidden=${!answersOpen}>
              ${answersOpen ? question.answers!.map((answer) => this.#renderAnswer(answer, lang, text)) : nothing}
            </ol>`
          : nothing}
        ${threadUrl ? html`<a class="thread-link" href=${threadUrl}>${text.fullThread}</a>` : nothing}
      </article>
    </li>`;
  }

  #renderAuthor(author: Author | undefined, createdAt: string | undefined, lang: string, text: QaFeedStrings): TemplateResult {
    const who = byline(author, text);
    return html`<div class="author">
      ${avatar(author?.avatarUrl, author?.name ?? author?.role ?? author?.company, who)}
      <span class="who">
        <span part="byline" class="byline">${who}</span>
        ${createdAt ? html`<time class="date" datetime=${createdAt}>${formatDate(createdAt, lang)}</time>` : nothing}
      </span>
    </div>`;
  }

  #renderAnswer(answer: Answer, lang: string, text: QaFeedStrings): TemplateResult {
    return html`<li class="answer" data-answer-id=${answer.id}>
      ${this.#renderAuthor(answer.author, answer.createdAt, lang, text)}
      <div class="answer-body">${renderRichText(answer.body)}</div>
      ${answer.likes !== undefined ? html`<span class="likes">${formatPlural(text.likes, answer.likes, lang)}</span>` : nothing}
    </li>`;
  }
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

defineElement('pip-qa-feed', PipQaFeed);

declare global {
  interface HTMLElementTagNameMap {
    'pip-qa-feed': PipQaFeed;
  }
}
