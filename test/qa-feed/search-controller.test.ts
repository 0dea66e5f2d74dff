import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Question } from '../../src/content/schema.js';
import { SearchController, type SearchInputs } from '../../src/components/qa-feed/search-controller.js';
import type { PipSearchDetail } from '../../src/events.js';
import type { QuestionSource, ResultsRequest, ResultsWindow } from '../../src/sources/index.js';

/** A source whose answers the test releases one by one, to see what the controller does with late and failed ones. */
class ControlledSource implements QuestionSource {
  ready = true;
  searchReady(): boolean {
    return this.ready;
  }
  asked: ResultsRequest[] = [];
  #pending: { resolve: (window: ResultsWindow) => void; reject: (error: unknown) => void }[] = [];
  prepared = 0;

  results(request: ResultsRequest): Promise<ResultsWindow> {
    this.asked.push(request);
    return new Promise((resolve, reject) => this.#pending.push({ resolve, reject }));
  }
  answer(index: number, total: number): void {
    const questions = Array.from({ length: Math.min(total, 3) }, (_, i) => ({ id: `q${i}`, title: `Q${i}`, body: '' }) as Question);
    this.#pending[index].resolve({ total, questions, title: () => undefined });
  }
  /** Answers with the first question now and the others in `rest`, released by the function returned. */
  answerInTwo(index: number, total: number): () => void {
    const questions = Array.from({ length: total }, (_, i) => ({ id: `q${i}`, title: `Q${i}`, body: '' }) as Question);
    let release!: () => void;
    const rest = new Promise<ResultsWindow>((resolve) => (release = () => resolve({ total, questions, title: () => undefined })));
    this.#pending[index].resolve({ total, questions: questions.slice(0, 1), title: () => undefined, rest });
    return release;
  }
  fail(index: number): void {
    this.#pending[index].reject(new Error('engine missing'));
  }
  async byId(): Promise<(Question | undefined)[]> {
    return [];
  }
  async tags() {
    return [{ tag: 'visa', count: 2 }];
  }
  prepare(): void {
    this.prepared++;
  }
  prepareWhen?: 'painted' | 'focused';
}

class SearchHost extends LitElement {
  static override properties = { inputs: { attribute: false } };
  inputs: SearchInputs = { query: '', tags: [], sort: 'relevance', limit: 20, lang: 'en' };
  source = new ControlledSource();
  readonly search = new SearchController(this, {
    source: () => this.source,
    inputs: () => this.inputs,
    tagCount: 12,
    drawn: () => true,
    announcement: (count, query) => (query ? `${count} for ${query}` : ''),
  });
  protected override render() {
    return html`${this.search.failed ? 'failed' : this.search.results?.total ?? 'none'}`;
  }
}
customElements.define('test-search-host', SearchHost);

describe('SearchController', () => {
  it('asks the source for the window of the inputs, shows only the newest answer, and fires pip-search once', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    const searches: PipSearchDetail[] = [];
    host.addEventListener('pip-search', (event) => searches.push(event.detail));
    host.source.answer(0, 3);
    await waitUntil(() => host.search.results?.total === 3);
    expect(host.source.asked[0]).to.deep.include({ query: '', offset: 0, limit: 20 });
    expect(host.search.popularTags).to.deep.equal([{ tag: 'visa', count: 2 }]);
    // An empty query at first is no search to announce.
    expect(searches).to.deep.equal([]);

    host.inputs = { ...host.inputs, query: 'vi' };
    await host.updateComplete;
    host.inputs = { ...host.inputs, query: 'visa' };
    await host.updateComplete;
    host.source.answer(2, 2);
    await waitUntil(() => host.search.results?.total === 2);
    // The older answer comes last and changes nothing.
    host.source.answer(1, 7);
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(host.search.results!.total).to.equal(2);
    expect(searches).to.deep.equal([{ query: 'visa', count: 2 }]);
    await waitUntil(() => host.search.announcement === '2 for visa', `announced "${host.search.announcement}"`);
  });

  it('asks for a longer window of the same results without a new search', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    host.source.answer(0, 30);
    await waitUntil(() => host.search.results !== undefined);
    const round = host.search.round;
    host.inputs = { ...host.inputs, limit: 40 };
    await host.updateComplete;
    expect(host.source.asked[1]).to.deep.include({ limit: 40 });
    host.source.answer(1, 30);
    await waitUntil(() => host.source.asked.length === 2 && host.search.round === round && host.search.busy === false);
    expect(host.search.round).to.equal(round);
  });

  it('says search failed when the source cannot answer, with one warning, and asks again when the inputs change', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    host.source.answer(0, 3);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      host.inputs = { ...host.inputs, query: 'visa' };
      await host.updateComplete;
      host.source.fail(1);
      await waitUntil(() => host.search.failed);
      await host.updateComplete;
      expect(host.shadowRoot!.textContent).to.equal('failed');
      expect(warnings).to.have.length(1);
      expect(host.source.asked).to.have.length(2);
      host.inputs = { ...host.inputs, query: 'visas' };
      await host.updateComplete;
      expect(host.source.asked).to.have.length(3);
      host.source.answer(2, 1);
      await waitUntil(() => !host.search.failed);
      await host.updateComplete;
      expect(host.shadowRoot!.textContent).to.equal('1');
    } finally {
      console.warn = warn;
    }
  });

  it('starts the source’s preparation after the first paint, and again when put back on the page', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    expect(host.source.prepared).to.equal(0);
    await waitUntil(() => host.source.prepared === 1, 'not prepared after the first frame');
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    await waitUntil(() => host.source.prepared === 2, 'not prepared again');
  });

  it('aborts the request it asked before once new inputs supersede it', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    host.inputs = { ...host.inputs, query: 'vi' };
    await host.updateComplete;
    host.inputs = { ...host.inputs, query: 'visa' };
    await host.updateComplete;
    const [first, second, third] = host.source.asked;
    expect([first.signal!.aborted, second.signal!.aborted, third.signal!.aborted]).to.deep.equal([true, true, false]);
  });

  it('prepares a source that asks for it only once a search is likely, and once', async () => {
    const source = new ControlledSource();
    source.prepareWhen = 'focused';
    const host = document.createElement('test-search-host') as SearchHost;
    host.source = source;
    await fixture(html`${host}`);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(source.prepared).to.equal(0);
    host.search.searchLikely();
    host.search.searchLikely();
    expect(source.prepared).to.equal(1);
  });

  it('shows the first questions of a window, then the whole window, as one search', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    const searches: PipSearchDetail[] = [];
    host.addEventListener('pip-search', (event) => searches.push(event.detail));
    host.inputs = { ...host.inputs, query: 'visa' };
    await host.updateComplete;
    const release = host.source.answerInTwo(1, 3);
    await waitUntil(() => host.search.results?.questions.length === 1);
    const round = host.search.round;
    release();
    await waitUntil(() => host.search.results?.questions.length === 3, 'the rest never replaced the first');
    expect(host.search.round).to.equal(round);
    expect(searches).to.deep.equal([{ query: 'visa', count: 3 }]);
  });
});
