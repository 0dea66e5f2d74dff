/**
 * One localization layer for every element: page-wide translation packs, picked by each
 * element's language and looked up key by key (`pt-BR`, then `pt`, then English), with the
 * element's own `strings` on top. English is built in; the other shipped packs are separate
 * modules, loaded the first time an element speaks their language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import en from '../translations/en.js';
import {
  formatDate,
  formatDuration,
  formatMessage,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatPlural,
  listParts,
  prepareFormats,
} from './format.js';
import type { PluralKey, TermKey, Translation } from './translation.js';
import { whenAll } from '../internal/boxed.js';
import { yieldToPage } from '../internal/schedule.js';

type PackModule = Promise<{ default: Partial<Translation> }>;

/** The packs shipped beside the library. Written out, so that every bundler splits each into a file of its own. */
const shipped: Record<string, () => PackModule> = {
  ar: () => import('../translations/ar.js'),
  de: () => import('../translations/de.js'),
  es: () => import('../translations/es.js'),
  fr: () => import('../translations/fr.js'),
  he: () => import('../translations/he.js'),
  it: () => import('../translations/it.js'),
  ja: () => import('../translations/ja.js'),
  nl: () => import('../translations/nl.js'),
  pl: () => import('../translations/pl.js'),
  pt: () => import('../translations/pt.js'),
  zh: () => import('../translations/zh.js'),
};

/** By lowercase language tag: the shipped packs loaded so far, and the ones a site registered. */
const loaded = new Map<string, Partial<Translation>>([['en', en]]);
const registered = new Map<string, Partial<Translation>>();
const loading = new Map<string, PackModule>();
/** Each language's packs merged in lookup order, made once per language and change of packs. */
const merged = new Map<string, Translation>();
const controllers = new Set<LocalizeController>();

/**
 * Adds or overrides a language for every element on the page: `registerTranslation('de',
 * { searchLabel: 'Fragen suchen' })`. Keys left out fall back, as for shipped packs, to the
 * language without its region and then to English. Elements already on the page re-render.
 */
export function registerTranslation(lang: string, translation: Partial<Translation>): void {
  const tag = canonical(lang).toLowerCase();
  registered.set(tag, { ...registered.get(tag), ...translation });
  merged.clear();
  for (const controller of controllers) controller.refresh(true);
}

function canonical(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** `zh-Hant-TW` → `zh-hant-tw`, `zh-hant`, `zh`, `en`. */
function chainOf(lang: string): string[] {
  const parts = lang.toLowerCase().split('-');
  const chain = parts.map((_, end) => parts.slice(0, parts.length - end).join('-'));
  return chain.includes('en') ? chain : [...chain, 'en'];
}

let warnedMissingPack = false;

/** Loads the shipped packs `lang` falls back through; undefined when there is nothing to wait for. */
function loadPacks(lang: string): Promise<unknown> | undefined {
  const pending = chainOf(lang)
    .filter((tag) => shipped[tag] && !loaded.has(tag))
    .map((tag) => {
      let request = loading.get(tag);
      if (!request) {
        request = shipped[tag]().catch((error: unknown) => {
          // Only the script file was copied, say: English it is, and the page is told once.
          if (!warnedMissingPack) {
            warnedMissingPack = true;
            console.warn(`pip-widgets: the "${tag}" translation could not be loaded, so English is shown instead.`, error);
          }
          // No prototype: resolving with a plain object would wait on a page's Object.prototype.then.
          return Object.assign(Object.create(null) as { default: Partial<Translation> }, { default: {} });
        });
        request.then((module) => {
          loaded.set(tag, module.default);
          merged.clear();
        });
        loading.set(tag, request);
      }
      return request;
    });
  return pending.length > 0 ? whenAll(pending) : undefined;
}

function translationFor(lang: string): Translation {
  let translation = merged.get(lang);
  if (!translation) {
    translation = Object.assign({}, ...chainOf(lang).reverse().flatMap((tag) => [loaded.get(tag), registered.get(tag)])) as Translation;
    merged.set(lang, translation);
  }
  return translation;
}

/**
 * The element's language and direction, from its own attributes or its nearest ancestors' (through
 * shadow roots to their hosts). The direction is the nearest `dir`, unless a `lang` is nearer: a
 * part of a page marked Arabic is laid out right to left even if the page says `dir="ltr"`.
 */
function languageAndDirection(element: Element): { lang?: string; dir?: 'ltr' | 'rtl' } {
  let lang: string | undefined;
  let dir: 'ltr' | 'rtl' | undefined;
  for (let node: Element | null = element; node && (lang === undefined || dir === undefined); ) {
    const ownLang = node.getAttribute('lang') || undefined;
    const ownDir = node.getAttribute('dir');
    lang ??= ownLang;
    if (dir === undefined && (ownDir === 'ltr' || ownDir === 'rtl')) dir = ownDir;
    else if (dir === undefined && ownLang) dir = directionOfLanguage(canonical(ownLang));
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return { lang, dir };
}

const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/i;

function directionOfLanguage(lang: string): 'ltr' | 'rtl' {
  type TextInfo = { direction?: string };
  const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  return (direction ?? (RTL_LANGUAGES.test(lang) ? 'rtl' : 'ltr')) === 'rtl' ? 'rtl' : 'ltr';
}

/** Roots whose `lang` and `dir` changes are watched: the document and every shadow root above an element. */
const watched = new WeakSet<Node>();

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

function watchLanguageAbove(element: Element): void {
  for (let root: Node | undefined = element.getRootNode(); root && !watched.has(root); ) {
    watched.add(root);
    new MutationObserver(refreshAll).observe(root, { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] });
    root = root instanceof ShadowRoot ? root.host.getRootNode() : undefined;
  }
}

globalThis.addEventListener?.('languagechange', refreshAll);

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** Per-element replacements, on top of the packs. */
  strings?: Partial<Translation>;
}

/**
 * What an element says, in its language: the closest `lang` attribute (crossing shadow roots),
 * up to the page's `<html lang>`, else the browser's. Follows changes to `lang` and `dir` anywhere above the
 * element, and waits for a shipped pack to load before switching, so a reader never sees a mix.
 */
export class LocalizeController implements ReactiveController {
  /** The element's language, as `Intl` takes it. */
  lang = 'en';
  /** The closest `dir` attribute, else the direction of the element's language. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /**
   * The language the element's content is written in, as the closest `lang` attribute says:
   * English when none does (the browser's language is the reader's, not the content's).
   */
  contentLang = 'en';
  /** Counts the changes of language or packs, for templates that redraw only when something they show changed. */
  revision = 0;
  readonly #host: LocalizedHost;
  #translation?: Translation;
  #wanted?: string;
  #switching?: Promise<unknown>;

  constructor(host: LocalizedHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the element has the pack of its language; until then it shows only its placeholder. */
  get ready(): boolean {
    return this.#translation !== undefined;
  }

  /** Whether a pack is loading for a new language. */
  get busy(): boolean {
    return this.#switching !== undefined;
  }

  /** Settles once the element speaks its current language. */
  get settled(): Promise<unknown> {
    return this.#switching ?? Promise.resolve();
  }

  hostConnected(): void {
    controllers.add(this);
    watchLanguageAbove(this.#host);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Looks up the element's language and direction again; `force` after the packs changed. */
  refresh(force = false): void {
    const host = this.#host;
    const found = languageAndDirection(host);
    const contentLang = found.lang ? canonical(found.lang) : 'en';
    if (contentLang !== this.contentLang) {
      this.contentLang = contentLang;
      host.requestUpdate();
    }
    const lang = canonical(found.lang ?? navigator.language);
    const dir = found.dir ?? directionOfLanguage(lang);
    if (lang === this.#wanted && !force) {
      if (dir !== this.dir && lang === this.lang) {
        this.dir = dir;
        host.requestUpdate();
      }
      return;
    }
    this.#wanted = lang;
    const apply = () => {
      if (this.#wanted !== lang) return;
      this.#switching = undefined;
      this.lang = lang;
      this.dir = dir;
      this.#translation = translationFor(lang);
      this.revision++;
      host.requestUpdate();
      void yieldToPage().then(() => prepareFormats(lang));
    };
    const pending = loadPacks(lang);
    if (pending) this.#switching = pending.then(apply);
    else apply();
  }

  /** The message for `key`, with `{name}` placeholders filled in from `values`; numbers are formatted as the language writes them. */
  term(key: TermKey, values?: Record<string, string | number>): string {
    const template = this.get(key);
    return values ? formatMessage(template, values, this.lang) : template;
  }

  /** The plural form of `key` for `count`; `{count}` and other numbers are formatted as the language writes numbers. */
  plural(key: PluralKey, count: number, values?: Record<string, string | number>): string {
    return formatPlural(this.get(key), count, this.lang, values);
  }

  /** A value as it is, for keys that are not messages (the default risk levels). */
  get<Key extends keyof Translation>(key: Key): Translation[Key] {
    return this.#host.strings?.[key] ?? (this.#translation ?? translationFor('en'))[key];
  }

  number(value: number): string {
    return formatNumber(value, this.lang);
  }

  percent(share: number): string {
    return formatPercent(share, this.lang);
  }

  date(iso: string): string {
    return formatDate(iso, this.lang);
  }

  duration(minutes: number): string {
    return formatDuration(minutes, this.lang);
  }

  minutes(minutes: number): string {
    return formatMinutes(minutes, this.lang);
  }

  /** `items` joined as the language joins a list; `item` draws each one (as code, say). */
  list<Item>(items: readonly string[], item: (text: string, index: number) => Item): (Item | string)[] {
    let index = 0;
    return listParts(items, this.lang).map((part) => (part.type === 'element' ? item(part.value, index++) : part.value));
  }
}
