/**
 * One JSON meaning: the same text gives the same bundle, or the same error, through `src=`
 * (read while it arrives), an inline `<script type="application/json">` and `.bundle`
 * (JSON.parse). A key given twice counts once, with its last value, as in JSON.parse, even when
 * the earlier value was already read and shown.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { shadow, waitForStatus } from '../helpers.js';

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => host.remove());

const served = (text: string) => `/__test__/raw?type=application%2Fjson&body=${encodeURIComponent(text)}`;

type Way = 'src' | 'inline' | 'bundle';

async function load(text: string, way: Way): Promise<PipQaFeed> {
  const feed = document.createElement('pip-qa-feed') as PipQaFeed;
  if (way === 'src') feed.src = served(text);
  else if (way === 'bundle') feed.bundle = JSON.parse(text);
  else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    feed.append(script);
  }
  host.append(feed);
  await waitForStatus(feed as PipElement, 'ready').catch(() => waitForStatus(feed as PipElement, 'error'));
  return feed;
}

/** What a reader and the host see: the status, the error's code and issues, or the questions shown. */
function seen(feed: PipQaFeed) {
  if (feed.status === 'error') return { code: feed.error!.code, issues: feed.error!.issues };
  const ids = [...shadow(feed).querySelectorAll<HTMLElement>('.results [data-question-id]')].map((card) => card.dataset.questionId);
  return { status: feed.status, ids, content: feed.content };
}

const question = (id: string) => `{"id": "${id}", "title": "Question ${id}", "body": "Body."}`;
const list = (prefix: string, count: number) => `[${Array.from({ length: count }, (_, i) => question(`${prefix}-${i}`)).join(', ')}]`;

const TEXTS: [string, string][] = [
  ['"version": 2 then "version": 1', `{"version": 2, "questions": ${list('a', 2)}, "version": 1}`],
  ['"version": 1 then "version": 2', `{"version": 1, "questions": ${list('a', 2)}, "version": 2}`],
  ['two "questions" lists', `{"version": 1, "questions": ${list('first', 3)}, "questions": ${list('second', 2)}}`],
  ['an invalid list, then a valid one', `{"version": 1, "questions": [{"id": "Bad id"}], "questions": ${list('second', 2)}}`],
  ['an invalid list, then a value that is not a list', `{"version": 1, "questions": [{"id": "Bad id"}], "questions": 5}`],
  ['a valid list, then null', `{"version": 1, "questions": ${list('first', 2)}, "questions": null}`],
  ['"__proto__" and "constructor" keys', `{"__proto__": {"version": 2}, "version": 1, "constructor": 1, "questions": ${list('q', 2)}}`],
  ['an escaped key that repeats "questions"', `{"version": 1, "questions": ${list('first', 2)}, "\\u0071uestions": ${list('second', 1)}}`],
  ['two topics', `{"version": 1, "topic": {"id": "x"}, "topic": {"id": "t", "title": "Topic"}, "questions": ${list('q', 1)}}`],
];

describe('hardening: one JSON meaning for src=, inline and .bundle', () => {
  for (const [what, text] of TEXTS) {
    it(`${what}: the same through all three`, async () => {
      const [viaSrc, inline, property] = await Promise.all((['src', 'inline', 'bundle'] as const).map((way) => load(text, way)));
      expect(seen(viaSrc), 'src= and inline').to.deep.equal(seen(inline));
      expect(seen(property), '.bundle and inline').to.deep.equal(seen(inline));
      expect(seen(inline), 'the same as JSON.parse: the last value counts').to.not.equal(undefined);
    });
  }

  it('a later "questions" list replaces the earlier one after it was already shown as a preview', async () => {
    // The first list is a page and more (the feed previews its first page while the rest
    // arrives); the second list is what JSON.parse keeps.
    const text = `{"version": 1, "questions": ${list('first', 45)}, "questions": ${list('second', 3)}}`;
    const feed = await load(text, 'src');
    expect(feed.status).to.equal('ready');
    expect(seen(feed).ids).to.deep.equal(['second-0', 'second-1', 'second-2']);
    expect(feed.content!.questions!.map((q) => q.id)).to.deep.equal(['second-0', 'second-1', 'second-2']);
  });

  it('a later "version": 1 accepts a bundle an earlier "version": 2 would refuse, as inline', async () => {
    const feed = await load(`{"version": 2, "questions": ${list('a', 1)}, "version": 1}`, 'src');
    expect(feed.status).to.equal('ready');
  });
});
