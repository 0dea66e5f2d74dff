import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PipCourseOutline } from '../../src/components/course-outline/course-outline.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipRiskChecklist } from '../../src/components/risk-checklist/risk-checklist.js';
import { registerTranslation } from '../../src/localize/localize.js';
import de from '../../src/translations/de.js';
import en from '../../src/translations/en.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import it_ from '../../src/translations/it.js';
import ja from '../../src/translations/ja.js';
import nl from '../../src/translations/nl.js';
import pt from '../../src/translations/pt.js';
import { sampleBundle, shadow } from '../helpers.js';

const searchLabel = (feed: Element) => shadow(feed).querySelector('label[for="search"]')!.textContent;
const expandAll = (outline: Element) => shadow(outline).querySelector('[part="expand-all"]')!.textContent!.trim();

async function feedIn(markup: ReturnType<typeof html>, selector = 'pip-qa-feed'): Promise<{ page: HTMLElement; feed: PipQaFeed }> {
  const page = await fixture<HTMLElement>(markup);
  const feed = page.querySelector<PipQaFeed>(selector)!;
  feed.bundle = sampleBundle();
  await feed.updateComplete;
  return { page, feed };
}

describe('the language an element speaks', () => {
  it('follows the closest lang attribute, and a change to it at runtime', async () => {
    const { page, feed } = await feedIn(html`<div lang="en"><section><pip-qa-feed></pip-qa-feed></section></div>`);
    expect(searchLabel(feed)).to.equal(en.searchLabel);
    page.setAttribute('lang', 'de');
    await feed.updateComplete;
    expect(searchLabel(feed)).to.equal(de.searchLabel);
    page.querySelector('section')!.setAttribute('lang', 'fr');
    await feed.updateComplete;
    expect(searchLabel(feed)).to.equal(fr.searchLabel);
    // Numbers and dates follow too.
    expect(shadow(feed).querySelector('time')!.textContent).to.equal(new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-03-14')));
    feed.setAttribute('lang', 'ja');
    await feed.updateComplete;
    expect(searchLabel(feed)).to.equal(ja.searchLabel);
  });

  it('follows <html lang> when nothing closer says, and its changes', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.setAttribute('lang', 'nl');
      const { feed } = await feedIn(html`<div><pip-qa-feed></pip-qa-feed></div>`);
      expect(searchLabel(feed)).to.equal(nl.searchLabel);
      root.setAttribute('lang', 'es');
      await feed.updateComplete;
      expect(searchLabel(feed)).to.equal(es.searchLabel);
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  it('looks through shadow roots to their hosts, and sees changes on either side', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="it"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const outline = document.createElement('pip-course-outline') as PipCourseOutline;
    outline.bundle = sampleBundle();
    inner.append(outline);
    root.append(inner);
    await outline.updateComplete;
    // The only section starts open: the button offers to close them all.
    expect(expandAll(outline)).to.equal(it_.collapseAll);
    host.setAttribute('lang', 'de');
    await outline.updateComplete;
    expect(expandAll(outline)).to.equal(de.collapseAll);
    inner.setAttribute('lang', 'pt-BR');
    await outline.updateComplete;
    expect(expandAll(outline)).to.equal(pt.collapseAll);
  });

  it('falls back from a region to its language, and from an unshipped language to English', async () => {
    for (const [lang, pack] of [
      ['pt-PT', pt],
      ['de-CH', de],
      ['fr-CA', fr],
      ['sw', en],
      ['x-klingon', en],
    ] as const) {
      const { feed } = await feedIn(html`<div lang=${lang}><pip-qa-feed></pip-qa-feed></div>`);
      expect(searchLabel(feed), lang).to.equal(pack.searchLabel);
    }
  });

  it('takes a language a site registers, or its own words for a shipped one, key by key', async () => {
    registerTranslation('de-AT', { searchLabel: 'Fragen durchstöbern' });
    const { page, feed } = await feedIn(html`<div lang="de-AT"><pip-qa-feed></pip-qa-feed></div>`);
    expect(searchLabel(feed)).to.equal('Fragen durchstöbern');
    expect(shadow(feed).querySelector('label[for="sort"]')!.textContent).to.equal(de.sortLabel);
    // Elements already on the page take a registration at once.
    page.setAttribute('lang', 'eo');
    await feed.updateComplete;
    expect(searchLabel(feed)).to.equal(en.searchLabel);
    registerTranslation('eo', { searchLabel: 'Serĉi demandojn' });
    await feed.updateComplete;
    expect(searchLabel(feed)).to.equal('Serĉi demandojn');
  });

  it('puts an element’s own strings on top of its language', async () => {
    const { feed } = await feedIn(html`<div lang="de"><pip-qa-feed></pip-qa-feed></div>`);
    feed.strings = { searchLabel: 'Suche' };
    await feed.updateComplete;
    expect(searchLabel(feed)).to.equal('Suche');
    expect(shadow(feed).querySelector('label[for="sort"]')!.textContent).to.equal(de.sortLabel);
  });

  it('shows its placeholder, not English, until the pack of its language has arrived', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="pl"></div>`);
    const checklist = document.createElement('pip-risk-checklist') as PipRiskChecklist;
    checklist.bundle = sampleBundle();
    page.append(checklist);
    // Before the first update's pack wait is over, the only thing drawn is the placeholder.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const drawn = shadow(checklist).querySelector('[part="base"]')!;
    const words = drawn.textContent!.trim();
    expect(words === '' || !words.includes(en.resultHeading)).to.equal(true);
    await checklist.updateComplete;
    expect(shadow(checklist).querySelector('[part="privacy"]')!.textContent).not.to.equal(en.privacyNote);
  });
});

describe('right-to-left languages', () => {
  const direction = (element: Element) => getComputedStyle(shadow(element).querySelector('[part="base"]')!).direction;

  it('lays an Arabic page out right to left, from lang alone', async () => {
    const { feed } = await feedIn(html`<div lang="ar"><pip-qa-feed></pip-qa-feed></div>`);
    expect(shadow(feed).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(direction(feed)).to.equal('rtl');
    // The search box comes first in the toolbar, so it is on the right.
    const search = shadow(feed).querySelector('.search-field')!.getBoundingClientRect();
    const sort = shadow(feed).querySelector('.sort-field')!.getBoundingClientRect();
    if (Math.abs(search.top - sort.top) < 1) expect(search.left).to.be.greaterThan(sort.left);
    // The shortcut hint sits at the inline end of the box: its left.
    const box = shadow(feed).querySelector('.search-box')!.getBoundingClientRect();
    const hint = shadow(feed).querySelector('.shortcut')!.getBoundingClientRect();
    expect(hint.left - box.left).to.be.lessThan(box.right - hint.right);
  });

  it('follows the page’s dir, and a Hebrew course outline reads from the right', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="he" dir="rtl"><pip-course-outline track-progress></pip-course-outline></div>`);
    const outline = page.querySelector<PipCourseOutline>('pip-course-outline')!;
    outline.bundle = sampleBundle();
    await outline.updateComplete;
    expect(direction(outline)).to.equal('rtl');
    const lesson = shadow(outline).querySelector('[data-lesson-id="welcome"]')!;
    const box = lesson.querySelector('input[part="done"]')!.getBoundingClientRect();
    const title = lesson.querySelector('[part="lesson-title"]')!.getBoundingClientRect();
    expect(box.left).to.be.greaterThan(title.left);
  });

  it('leaves the page’s own content inside <pip-content> in the page’s direction', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="ltr">
      <pip-content lang="ar"><p id="own">The page's own words.</p><pip-qa-feed></pip-qa-feed></pip-content>
    </div>`);
    const content = page.querySelector('pip-content')!;
    content.bundle = sampleBundle();
    const feed = page.querySelector<PipQaFeed>('pip-qa-feed')!;
    await content.updateComplete;
    await feed.updateComplete;
    expect(getComputedStyle(page.querySelector('#own')!).direction).to.equal('ltr');
    expect(direction(feed)).to.equal('rtl');
  });

  it('keeps left to right where the page says so, whatever the language', async () => {
    const { feed } = await feedIn(html`<div lang="ar" dir="ltr"><pip-qa-feed></pip-qa-feed></div>`);
    expect(direction(feed)).to.equal('ltr');
  });

  it('changes direction with the language at runtime', async () => {
    const { page, feed } = await feedIn(html`<div lang="en"><pip-qa-feed></pip-qa-feed></div>`);
    expect(direction(feed)).to.equal('ltr');
    page.setAttribute('lang', 'he');
    await feed.updateComplete;
    expect(direction(feed)).to.equal('rtl');
  });
});
