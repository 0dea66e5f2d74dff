import { expect, waitUntil } from '@open-wc/testing';
import { parseBundle } from '../../src/content/assembler.js';
import { BundleError } from '../../src/content/errors.js';
import { loadBundle } from '../../src/content/loader.js';
import type { ContentBundle, Question } from '../../src/content/schema.js';
import { MemoryQuestionSource, questionSourceFor, type QuestionSource, type ResultsRequest, type ResultsWindow } from '../../src/sources/index.js';

// A deployment of 500 generated questions, built by the library's builder and served over HTTP by
// the test server, against the same questions in memory.
const DEPLOYMENT = '/__test__/deployment/corpus/';

const request = (extra: Partial<ResultsRequest> = {}): ResultsRequest => ({ query: '', tags: [], sort: 'relevance', offset: 0, limit: 20, lang: 'en', ...extra });
const ids = (window: ResultsWindow) => window.questions.map((question) => question.id);
/** A window with all its questions: a source may give the first ones first, the rest in `rest`. */
async function whole(answer: ResultsWindow | Promise<ResultsWindow>): Promise<ResultsWindow> {
  let window = await answer;
  while (window.rest) window = await window.rest;
  return window;
}
const deploymentRequests = () =>
  performance.getEntriesByType('resource').filter(({ name }) => name.includes('/__test__/deployment/')).map(({ name }) => new URL(name).pathname);

let memory: MemoryQuestionSource;
let questions: readonly Question[];

before(async () => {
  // Every file fetched is counted: far more than the 250 entries the browser keeps by default.
  performance.setResourceTimingBufferSize(100_000);
  const bundle = parseBundle(await (await fetch('/__test__/deployment-bundle')).json());
  questions = bundle.questions!;
  memory = new MemoryQuestionSource(questions);
});

async function open(url = DEPLOYMENT): Promise<{ bundle: ContentBundle; source: QuestionSource }> {
  const bundle = await loadBundle({ kind: 'url', url: new URL(url, location.href).href });
  return { bundle, source: questionSourceFor(bundle, true) };
}

/** Words of the corpus's titles, as readers type them: whole, being typed, misspelled, two at once. */
function queries(): string[] {
  const words = questions.slice(0, 60).flatMap((question) => question.title.toLowerCase().match(/[a-z]{6,}/g) ?? []);
  const [a, b, c, d] = [words[3], words[17], words[29], words[41]];
  const typo = (word: string) => word.slice(0, 2) + word[3] + word[2] + word.slice(4);
  return [a, `${a} `, b.slice(0, 3), c.slice(0, 5), typo(d), `${a} ${b}`, `how ${c.slice(0, 4)}`, 'zzzzqx'];
}

describe('DeploymentQuestionSource', () => {
  it('stands for a bundle whose questions are the first page, and answers it from the head alone', async () => {
    const before = deploymentRequests().length;
    const { bundle, source } = await open();
    expect(bundle.questions!.map((question) => question.id)).to.deep.equal(questions.slice(0, 20).map((question) => question.id));
    const window = source.results(request());
    expect(window instanceof Promise).to.equal(false);
    expect(ids(window as ResultsWindow)).to.deep.equal(ids(memory.results(request()) as ResultsWindow));
    expect((window as ResultsWindow).total).to.equal(500);
    expect(deploymentRequests().slice(before)).to.deep.equal(['/__test__/deployment/corpus/pip-deployment.json']);
  });

  it('answers the first page of another sort from one file', async () => {
    const { source } = await open();
    for (const sort of ['newest', 'likes'] as const) {
      const before = deploymentRequests().length;
      const window = await whole(source.results(request({ sort })));
      expect(ids(window), sort).to.deep.equal(ids(memory.results(request({ sort })) as ResultsWindow));
      expect(deploymentRequests().slice(before).map((path) => path.replace(/.*\//, '')), sort).to.deep.equal([`${sort}.json`]);
    }
  });

  it('answers every window of every sort and tag filter as the bundle in memory does', async () => {
    const { source } = await open();
    const popular = (memory.tags(40) as { tag: string }[]).map(({ tag }) => tag);
    const filters = [[], [popular[0]], [popular[1]], [popular[0], popular[1]], [popular.at(-1)!], ['no-such-tag']];
    for (const tags of filters) {
      for (const sort of ['relevance', 'newest', 'likes'] as const) {
        for (const [offset, limit] of [[0, 20], [20, 20], [0, 60], [480, 40]]) {
          const asked = request({ tags, sort, offset, limit });
          const label = JSON.stringify({ tags, sort, offset, limit });
          const expected = memory.results(asked) as ResultsWindow;
          const got = await whole(source.results(asked));
          expect(ids(got), label).to.deep.equal(ids(expected));
          expect(got.total, label).to.equal(expected.total);
        }
      }
    }
  });

  it('searches as the engine in memory does: the same results, the same count, the same words marked', async () => {
    const { source } = await open();
    const popular = (memory.tags(2) as { tag: string }[]).map(({ tag }) => tag);
    for (const query of queries()) {
      for (const [sort, limit] of [['relevance', 20], ['relevance', 60], ['newest', 20], ['likes', 20]] as const) {
        const asked = request({ query, sort, limit });
        const label = JSON.stringify({ query, sort, limit });
        const expected = (await memory.results(asked)) as ResultsWindow;
        const got = await whole(source.results(asked));
        expect(got.total, label).to.equal(expected.total);
        // Exact as far as the deployment's reach (the first 40), as many as asked beyond it.
        expect(ids(got).slice(0, 40), label).to.deep.equal(ids(expected).slice(0, 40));
        expect(ids(got).length, label).to.equal(ids(expected).length);
        for (const id of ids(expected).slice(0, 10)) expect(got.title(id), `${label} ${id}`).to.deep.equal(expected.title(id));
      }
      // Filtered by tags: the same questions, however far down the results they were.
      const tagged = request({ query, tags: [popular[0]], limit: 500 });
      const expected = (await memory.results(tagged)) as ResultsWindow;
      const got = await whole(source.results(tagged));
      expect(ids(got).sort(), query).to.deep.equal(ids(expected).sort());
    }
  });

  it('shows the first results of a search once their cards are in, and the rest of the window after', async () => {
    const { source } = await open('/__test__/deployment/slow-rest/');
    const asked = request({ query: queries()[2], limit: 20 });
    const first = await source.results(asked);
    const expected = (await memory.results(asked)) as ResultsWindow;
    expect(expected.questions).to.have.length(20);
    expect(ids(first)).to.deep.equal(ids(expected).slice(0, 6));
    expect(first.total).to.equal(expected.total);
    expect(first.rest).to.be.instanceOf(Promise);
    const rest = await first.rest!;
    expect(ids(rest)).to.deep.equal(ids(expected));
    expect(rest.rest).to.equal(undefined);
    // Asked again, it is all there at once.
    expect(ids(source.results(asked) as ResultsWindow)).to.deep.equal(ids(expected));
  });

  it('fetches the rest of a search window once typing pauses: a keystroke before then fetches none of it', async () => {
    const { source } = await open();
    const query = queries()[2];
    const expected = (await memory.results(request({ query, limit: 20 }))) as ResultsWindow;
    expect(expected.questions).to.have.length(20);
    const typing = new AbortController();
    const first = await source.results(request({ query, limit: 20, signal: typing.signal }));
    expect(first.questions).to.have.length(6);
    const rest = first.rest!;
    const settled = rest.then(
      () => 'answered',
      () => 'given up',
    );
    const before = deploymentRequests().length;
    // The next keystroke, sooner than a pause.
    typing.abort();
    expect(await settled).to.equal('given up');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(deploymentRequests().slice(before).filter((path) => path.includes('/cards/'))).to.deep.equal([]);
    // Not given up, the rest comes.
    const again = await source.results(request({ query, limit: 20 }));
    expect(ids(await whole(again))).to.deep.equal(ids(expected));
  });

  it('keeps the results it has shown while "Show more" fetches the next ones', async () => {
    const { source } = await open();
    const query = queries()[2];
    const shown = await whole(source.results(request({ query, limit: 20 })));
    const more = request({ query, limit: 40 });
    const expected = (await memory.results(more)) as ResultsWindow;
    expect(expected.questions.length).to.be.above(20);
    const next = await source.results(more);
    expect(ids(next).slice(0, 20)).to.deep.equal(ids(shown));
    expect(ids(await whole(next))).to.deep.equal(ids(expected));
  });

  it('finds a question by id wherever it is, and says which ids it does not have', async () => {
    const { source } = await open();
    const wanted = [questions[437].id, 'no-such-question', questions[3].id];
    const found = await source.byId(wanted);
    expect(found.map((question) => question?.id)).to.deep.equal([questions[437].id, undefined, questions[3].id]);
    expect(found[0]!.title).to.equal(questions[437].title);
  });

  it('fetches each file once, and answers at once what it has fetched', async () => {
    const { source } = await open();
    const [query] = queries();
    await whole(source.results(request({ query, sort: 'newest' })));
    const before = deploymentRequests().length;
    const again = source.results(request({ query, sort: 'newest' }));
    expect(again instanceof Promise).to.equal(false);
    await whole(source.results(request({ query, sort: 'newest', limit: 10 })));
    expect(deploymentRequests().length).to.equal(before);
  });

  it('fetches the search index only once a search is likely, and what one query needs', async () => {
    const { source } = await open('/__test__/deployment/prefetched/');
    expect(source.prepareWhen).to.equal('focused');
    const index = () => deploymentRequests().filter((path) => path.startsWith('/__test__/deployment/prefetched/') && path.includes('/search/'));
    expect(source.searchReady('en')).to.equal(false);
    source.prepare(new AbortController().signal, 'en');
    await waitUntil(() => source.searchReady('en'), 'the index did not open');
    expect(index().map((path) => path.replace(/.*\/search\//, ''))).to.deep.equal(['index.json']);
    const [query] = queries();
    await whole(source.results(request({ query })));
    const needed = index().length;
    expect(needed).to.be.greaterThan(1);
    // The query's own files only: a vocabulary file, its postings or answer; not the whole index.
    expect(needed).to.be.lessThan(8);
  });

  it('tries a file again when the server fails for a moment', async () => {
    const { source } = await open('/__test__/deployment/flaky/');
    const [query] = queries();
    const expected = (await memory.results(request({ query }))) as ResultsWindow;
    expect(ids(await whole(source.results(request({ query }))))).to.deep.equal(ids(expected));
  });

  it('rejects with the file that could not be had, and answers what it can without it', async () => {
    const { source } = await open('/__test__/deployment/no-cards/');
    let error: unknown;
    await Promise.resolve(source.results(request({ query: queries()[0] }))).catch((thrown: unknown) => (error = thrown));
    expect(String(error)).to.match(/\/cards\/\d+\.json: the server answered with HTTP status 404/);
    expect(ids(await whole(source.results(request({ offset: 20 }))))).to.deep.equal(ids(memory.results(request({ offset: 20 })) as ResultsWindow));
  });

  it('refuses a card that breaks the schema, naming the file and the field', async () => {
    const { source } = await open('/__test__/deployment/bad-cards/');
    let error: unknown;
    await Promise.resolve(source.results(request({ sort: 'likes', offset: 20 }))).catch((thrown: unknown) => (error = thrown));
    expect(error).to.be.instanceOf(BundleError);
    expect((error as BundleError).code).to.equal('schema');
    expect((error as BundleError).message).to.match(/\/cards\/20\.json is not what pip-widgets build writes \(.*title/);
  });
});
