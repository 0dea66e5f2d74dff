/**
 * Bounded work per input. Every regular expression and loop on the load, validate, index and draw
 * path gets text of several megabytes written against it: the worst case for its own shape (an
 * opening with no close, a run the pattern could split many ways, a character that fails it at
 * the end). Linear work finishes in well under a second; quadratic work on 4 million characters
 * is ~10^13 steps and cannot finish within the 10 s test timeout, so a timeout here is the
 * failure (no time is measured). test/node/regex-safety.test.mjs checks the same patterns
 * statically.
 *
 * And a card draws a bounded number of tag buttons, however many tags its question has.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/search/index.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import { parseJson } from '../../src/content/json.js';
import { BundleJsonStream } from '../../src/content/json-stream.js';
import { parseInline, parseRichText, richTextToPlain } from '../../src/content/rich-text.js';
import { parseBundle } from '../../src/content/assembler.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import { safeUrl } from '../../src/content/url.js';
import { initials } from '../../src/internal/avatar.js';
import { formatDate, formatMessage } from '../../src/localize/format.js';
import { highlightSegments } from '../../src/search/highlight.js';
import { parseQuery } from '../../src/search/query.js';
import { QuestionIndex } from '../../src/search/question-index.js';
import { forEachWord, normalize, phraseOf, withoutLinkTargets } from '../../src/search/tokenize.js';
import { nextEvent, shadow, waitForStatus } from '../helpers.js';

const SIZE = 4 * 1024 * 1024;
/** `unit` repeated to about SIZE characters. */
const big = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => host.remove());

const countWords = (text: string) => {
  let count = 0;
  forEachWord(text, () => count++);
  return count;
};

describe('hardening: bounded work per input', () => {
  describe('each pattern on several megabytes of its worst input', () => {
    it('link targets dropped before indexing: "](" with no ")" after it', () => {
      const text = big('](');
      expect(withoutLinkTargets(text)).to.equal(text);
      expect(withoutLinkTargets(`a](b) ${big('](x ')}`).startsWith('a] ')).to.equal(true);
    });

    it('the index of a 4 MB body of unclosed "](" is built, and searching it works', async () => {
      const body = `needle ${big('](word ')}`;
      const index = QuestionIndex.buildSync([
        { id: 'big', title: 'Big body', body },
        { id: 'small', title: 'Small', body: 'Nothing.' },
      ]);
      expect(index.search('needle').order).to.deep.equal([0]);
    });

    it('the feed shows and searches a question whose 4 MB body is unclosed "]("', async () => {
      const feed = document.createElement('pip-qa-feed') as PipQaFeed;
      feed.bundle = {
        version: 1,
        questions: [
          { id: 'big', title: 'Big body', body: `needle ${big('[a](b ')}` },
          { id: 'small', title: 'Small', body: 'Nothing.' },
        ],
      };
      host.append(feed);
      await waitForStatus(feed, 'ready');
      const searched = nextEvent(feed, 'pip-search');
      feed.query = 'needle';
      await searched;
      await feed.updateComplete;
      const ids = [...shadow(feed).querySelectorAll<HTMLElement>('.results [data-question-id]')].map((card) => card.dataset.questionId);
      expect(ids).to.deep.equal(['big']);
    });

    it('words: joined groups ("a-a-a…", "a\'a\'…"), combining marks, a non-ASCII letter at the end', () => {
      // A run of Greek letters or of marks this long overflowed V8's regex stack (RangeError).
      expect(countWords(normalize(big('α')))).to.be.greaterThan(0);
      expect(countWords(normalize(big('αβ-')))).to.be.greaterThan(0);
      expect(countWords(normalize(big('a-')))).to.be.greaterThan(0);
      expect(countWords(normalize(big("ab'")))).to.be.greaterThan(0);
      expect(normalize(`${big('\u0301')}e`)).to.equal('e');
      expect(normalize(`${big('a')}\u00E9`).endsWith('e')).to.equal(true);
      expect(normalize(big('\u200B'))).to.equal('');
      expect(phraseOf(big('a b ')).length).to.be.greaterThan(SIZE / 2);
      expect(phraseOf(big('α')).length).to.be.greaterThan(SIZE / 2);
    });

    it('highlighting a 4 MB title of joined groups and marks', () => {
      for (const text of [big('a-\u0301b '), big('α\u0301'), big('α-')]) {
        expect(highlightSegments(text, new Set(['ab'])).map((segment) => segment.text).join('')).to.equal(text);
      }
    });

    it('a query of 4 MB (cut to its first characters) and one ending in a lone surrogate', () => {
      expect(parseQuery(big('a-'), new Set()).phrase.length).to.be.greaterThan(0);
      expect(parseQuery(big('\uD800'), new Set()).phrase).to.deep.equal([]);
    });

    it('rich text: a list item of 4 MB of spaces before a line separator (U+2028)', () => {
      const blocks = parseRichText(`- ${big(' ')}\u2028x`);
      expect(blocks).to.have.length(1);
      expect(parseRichText(big('- a\r\n')).length).to.equal(1);
      expect(parseRichText(`${big(' ')}x`)).to.have.length(1);
    });

    it('rich text: the feed draws a card whose body is a list item of 4 MB of spaces before U+2028', async () => {
      const feed = document.createElement('pip-qa-feed') as PipQaFeed;
      feed.bundle = { version: 1, questions: [{ id: 'spaces', title: 'Spaces', body: `- ${big(' \t')}\u2028end` }] };
      host.append(feed);
      await waitForStatus(feed, 'ready');
      expect(shadow(feed).querySelector('[data-question-id="spaces"] [part="body"]')!.textContent).to.contain('end');
    });

    it('rich text inline: unclosed emphasis, links, brackets, code and escapes', () => {
      for (const unit of ['*a ', '**a ', '[a](b', '[a]', '`', '\\*', '*', '[', '](', '**']) {
        const nodes = parseInline(big(unit));
        expect(nodes.length, unit).to.be.greaterThan(0);
      }
      expect(richTextToPlain(big('[a](https://example.com) ')).length).to.be.greaterThan(SIZE);
    });

    it('JSON: a syntax error at the end of 4 MB of digits, brackets, strings and spaces', () => {
      for (const text of [`[${big('1')}x]`, `${big('[')}x`, `["${big('\\u0041')}`, `{${big(' ')}x`, `[${big('1,')}]`, big('\n') + 'x']) {
        expect(() => parseJson(text, 'the test')).to.throw(/line \d+, column \d+/);
      }
    });

    it('the streaming reader: 4 MB strings of backslashes and quotes, nested lists, a long number', () => {
      const fields: string[] = [];
      const stream = new BundleJsonStream({ field: (key) => fields.push(key), startQuestions: () => {}, question: () => {} });
      stream.feed(`{"a": "${big('\\\\\\"')}", "b": ${big('[')}${big(']')}, "c": 1${big('0')}}`);
      stream.end();
      expect(fields).to.deep.equal(['a', 'b', 'c']);
    });

    it('schema patterns: 4 MB ids, dates, invisible titles, tags and URLs', () => {
      const bundle = (question: Record<string, unknown>): ContentBundleInput =>
        ({ version: 1, questions: [{ id: 'q', title: 'T', body: 'B', ...question }] }) as ContentBundleInput;
      expect(() => parseBundle(bundle({ id: big('a') }))).to.throw(/questions\[0\]\.id/);
      expect(() => parseBundle(bundle({ createdAt: `2026-03-14T09:30:00${big('0')}` }))).to.throw(/createdAt/);
      expect(() => parseBundle(bundle({ title: big('\u200B \u3164') }))).to.throw(/questions\[0\]\.title/);
      expect(parseBundle(bundle({ tags: [big(' \u200Ba'), big('b\u2060 '), big(' ')+'c'] })).questions![0].tags).to.have.length(3);
      expect(() => parseBundle(bundle({ url: `${big('\u0000 ')}javascript:alert(1)` }))).to.throw(/url/);
      expect(safeUrl(`${big('\t\n')}https://example.com/`)).to.equal('https://example.com/');
      expect(safeUrl(big('/'))).to.equal(undefined);
    });

    it('messages, dates and initials from 4 MB of text', () => {
      expect(formatMessage(big('{a'), { a: 'x' }, 'en').length).to.equal(big('{a').length);
      expect(formatMessage(big('{a}'), { a: '' }, 'en')).to.equal('');
      expect(formatDate(big('2026-'), 'en')).to.equal(big('2026-'));
      expect(initials(big('a '))).to.equal('AA');
      expect(initials(big('\u200B'))).to.equal('?');
    });
  });

  describe('a card shows a bounded number of tags', () => {
    const TAGS = 10_000;
    const SHOWN = 8;

    async function feedWithTags(): Promise<PipQaFeed> {
      const feed = document.createElement('pip-qa-feed') as PipQaFeed;
      feed.bundle = {
        version: 1,
        questions: [
          { id: 'tagged', title: 'Tagged', body: 'Many tags.', tags: Array.from({ length: TAGS }, (_, i) => `tag-${i}`) },
          { id: 'plain', title: 'Plain', body: 'None.' },
        ],
      };
      host.append(feed);
      await waitForStatus(feed, 'ready');
      return feed;
    }

    const card = (feed: PipQaFeed) => shadow(feed).querySelector<HTMLElement>('[data-question-id="tagged"]')!;
    const focusable = (root: Element) =>
      [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (element) => element.tabIndex >= 0 && !element.closest('[hidden]'),
      );
    const moreButton = (feed: PipQaFeed) => card(feed).querySelector<HTMLButtonElement>('.tags button:not([part="tag"])');

    it('a question with 10,000 tags draws 8 tag buttons and one "+9,992 more tags" button', async () => {
      const feed = await feedWithTags();
      expect(card(feed).querySelectorAll('[part="tag"]')).to.have.length(SHOWN);
      expect(focusable(card(feed)).length, 'focusable elements in the card').to.be.at.most(SHOWN + 4);
      const more = moreButton(feed)!;
      expect(more, 'a button for the rest').to.exist;
      expect(more.textContent!.trim()).to.equal('+9,992 more tags');
      await expect(feed).to.be.accessible();
    });

    it('the button is named in the page language, with its plural form', async () => {
      const feed = await feedWithTags();
      feed.lang = 'de';
      await waitUntil(() => moreButton(feed)?.textContent?.includes('weitere'), 'not translated');
      expect(moreButton(feed)!.textContent!.trim()).to.equal('+9.992 weitere Tags');
    });

    it('pressing it with the keyboard shows every tag and moves focus to the first one it showed', async () => {
      const feed = await feedWithTags();
      moreButton(feed)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => card(feed).querySelectorAll('[part="tag"]').length === TAGS, 'the rest did not show');
      await feed.updateComplete;
      expect(moreButton(feed), 'the button is gone').to.equal(null);
      const active = shadow(feed).activeElement as HTMLElement | null;
      expect(active?.textContent?.trim(), 'focus on the first tag shown').to.equal(`tag-${SHOWN}`);
      // The next Tab goes on through the tags, not back to the top of the card.
      await sendKeys({ press: 'Tab' });
      expect((shadow(feed).activeElement as HTMLElement).textContent!.trim()).to.equal(`tag-${SHOWN + 1}`);
    });

    it('a question with 8 tags or fewer shows them all, with no button', async () => {
      const feed = document.createElement('pip-qa-feed') as PipQaFeed;
      feed.bundle = { version: 1, questions: [{ id: 'tagged', title: 'T', body: 'B', tags: Array.from({ length: SHOWN }, (_, i) => `t-${i}`) }] };
      host.append(feed);
      await waitForStatus(feed, 'ready');
      expect(card(feed).querySelectorAll('[part="tag"]')).to.have.length(SHOWN);
      expect(moreButton(feed)).to.equal(null);
    });
  });
});
