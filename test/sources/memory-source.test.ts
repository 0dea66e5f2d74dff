import { expect } from '@open-wc/testing';
import { parseBundle } from '../../src/content/assembler.js';
import type { Question } from '../../src/content/schema.js';
import * as engine from '../../src/search/index.js';
import { MemoryQuestionSource, questionSourceFor, type ResultsRequest } from '../../src/sources/index.js';

const questions: Question[] = parseBundle({
  version: 1,
  questions: [
    { id: 'a', title: 'Negotiating severance', body: 'After a plan.', tags: ['pay', 'exit'], createdAt: '2025-01-01', likes: 5 },
    { id: 'b', title: 'Visa timing', body: 'Grace period after a layoff.', tags: ['visa'], createdAt: '2026-06-01', likes: 1 },
    { id: 'c', title: 'Severance and visa', body: 'Both at once.', tags: ['visa', 'pay'], createdAt: '2025-09-01', likes: 9 },
  ],
}).questions!;

const request = (extra: Partial<ResultsRequest> = {}): ResultsRequest => ({ query: '', tags: [], sort: 'relevance', offset: 0, limit: 10, lang: 'en', ...extra });
const ids = (list: readonly Question[]) => list.map((question) => question.id);

describe('MemoryQuestionSource', () => {
  it('answers a window of the results: how many in all, and those questions', async () => {
    const source = new MemoryQuestionSource(questions);
    const all = await source.results(request({ limit: 2 }));
    expect(all.total).to.equal(3);
    expect(ids(all.questions)).to.deep.equal(['a', 'b']);
    expect(ids((await source.results(request({ offset: 2, limit: 2 }))).questions)).to.deep.equal(['c']);
    expect(all.title('a')).to.equal(undefined);
  });

  it('filters by every tag asked for, and sorts by date or likes', async () => {
    const source = new MemoryQuestionSource(questions);
    expect(ids((await source.results(request({ tags: ['visa', 'pay'] }))).questions)).to.deep.equal(['c']);
    expect(ids((await source.results(request({ sort: 'newest' }))).questions)).to.deep.equal(['b', 'c', 'a']);
    expect(ids((await source.results(request({ sort: 'likes', tags: ['pay'] }))).questions)).to.deep.equal(['c', 'a']);
  });

  it('builds an index per search language, with the bundle\'s own synonyms in each', async () => {
    const german = [
      { id: 'chef', title: 'Mein Vorgesetzter ignoriert mich', body: '' },
      { id: 'sync', title: 'Das wöchentliche Teamtreffen', body: '' },
    ];
    const source = new MemoryQuestionSource(german, { search: { synonyms: [['jour fixe', 'teamtreffen']] } });
    expect(ids((await source.results(request({ query: 'chef ', lang: 'de-DE' }))).questions)).to.deep.equal(['chef']);
    expect(source.searchReady('de')).to.equal(true);
    expect(source.searchReady('en')).to.equal(false);
    expect(ids((await source.results(request({ query: 'chef ', lang: 'en' }))).questions)).to.deep.equal([]);
    expect(ids((await source.results(request({ query: 'jour fixe ', lang: 'de' }))).questions)).to.deep.equal(['sync']);
    expect(ids((await source.results(request({ query: 'jour fixe ', lang: 'en' }))).questions)).to.deep.equal(['sync']);
  });

  it('searches once its index is built, and marks the words that matched in the titles', async () => {
    const source = new MemoryQuestionSource(questions);
    expect(source.searchReady('en')).to.equal(false);
    const found = await source.results(request({ query: 'severence' }));
    expect(source.searchReady('en')).to.equal(true);
    expect(ids(found.questions)).to.have.members(['a', 'c']);
    const marked = found.title('a')!.filter((segment) => segment.match).map((segment) => segment.text);
    expect(marked).to.deep.equal(['severance']);
  });

  it('fetches the search engine only when a search is prepared or asked for, not when it is made', async () => {
    let loads = 0;
    const source = new MemoryQuestionSource(questions, { loadEngine: async () => (loads++, engine) });
    await source.results(request({}));
    expect(loads).to.equal(0);
    source.prepare(new AbortController().signal, 'en');
    expect(loads).to.equal(1);
  });

  it('builds its index when asked to prepare, and stops when the signal aborts', async () => {
    let loads = 0;
    const source = new MemoryQuestionSource(questions, { loadEngine: async () => (loads++, engine) });
    const first = new AbortController();
    source.prepare(first.signal, 'en');
    first.abort();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(source.searchReady('en')).to.equal(false);
    const second = new AbortController();
    source.prepare(second.signal, 'en');
    await source.results(request({ query: 'visa' }));
    expect(source.searchReady('en')).to.equal(true);
    expect(loads).to.be.at.least(1);
  });

  it('finds questions by id, undefined for one it does not have', async () => {
    const source = new MemoryQuestionSource(questions);
    expect((await source.byId(['c', 'nope', 'a'])).map((question) => question?.id)).to.deep.equal(['c', undefined, 'a']);
  });

  it('counts tags, most used first, then alphabetically', async () => {
    const source = new MemoryQuestionSource(questions);
    expect(await source.tags(2)).to.deep.equal([
      { tag: 'pay', count: 2 },
      { tag: 'visa', count: 2 },
    ]);
  });

  it('as a preview, pages and filters but never searches', async () => {
    const source = questionSourceFor({ version: 1, questions }, false);
    expect(ids((await source.results(request({ tags: ['visa'] }))).questions)).to.deep.equal(['b', 'c']);
    source.prepare(new AbortController().signal, 'en');
    const answer = await Promise.race([source.results(request({ query: 'visa' })), new Promise((resolve) => setTimeout(resolve, 50, 'pending'))]);
    expect(answer).to.equal('pending');
    expect(source.searchReady('en')).to.equal(false);
  });

  it('rejects a search when the engine cannot be fetched, and fetches it again for the next one', async () => {
    let attempts = 0;
    const source = new MemoryQuestionSource(questions, {
      loadEngine: async () => {
        attempts++;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return engine;
      },
    });
    let error: unknown;
    await Promise.resolve(source.results(request({ query: 'visa' }))).catch((thrown: unknown) => (error = thrown));
    expect(error).to.be.instanceOf(TypeError);
    expect(ids((await source.results(request({ query: 'visa' }))).questions)).to.have.members(['b', 'c']);
    expect(attempts).to.equal(2);
  });
});
