import { expect } from '@open-wc/testing';
import type { ContentBundle } from '../../src/content/schema.js';
import { registeredSource } from '../../src/sources/question-source.js';
import { bundleSink } from '../../src/worker/bundle-sink.js';

const bundleText = (count: number) =>
  JSON.stringify({
    version: 1,
    questions: Array.from({ length: count }, (_, i) => ({ id: `q-${i}`, title: `Question ${i}`, body: 'Some words.' })),
  });

describe('the sink of a bundle read from a URL', () => {
  it('hands a large bundle to the worker even when all its text arrived before the worker side did', async () => {
    const previews: ContentBundle[] = [];
    const sink = bundleSink('/large.json', { questions: 2, onPreview: (bundle) => previews.push(bundle) });
    // Declared large: the worker's side is fetched, and the whole text arrives meanwhile.
    sink.declaredLength!(3 * 1024 * 1024);
    sink.text(bundleText(120), true);
    const { value: bundle } = await sink.finish();
    // Read in the worker: the page keeps a first page only, and the worker answers for the rest.
    expect(bundle.questions!.map((question) => question.id).slice(0, 3)).to.deep.equal(['q-0', 'q-1', 'q-2']);
    expect(bundle.questions!.length).to.equal(50);
    const source = registeredSource(bundle)!;
    const window = await source.results({ query: '', tags: [], sort: 'relevance', offset: 100, limit: 5, lang: 'en' });
    expect(window.total).to.equal(120);
    expect(window.questions.map((question) => question.id)).to.deep.equal(['q-100', 'q-101', 'q-102', 'q-103', 'q-104']);
    expect(previews.length).to.be.at.most(1);
    sink.abandon();
  });

  it('reads a small bundle on the page, whole', async () => {
    const sink = bundleSink('/small.json', undefined);
    sink.text(bundleText(120), true);
    const { value: bundle } = await sink.finish();
    expect(bundle.questions!.length).to.equal(120);
    expect(registeredSource(bundle)).to.equal(undefined);
  });

  it("reads a large bundle on the page, and says so once, when the worker's side cannot be loaded", async () => {
    const notes: string[] = [];
    const info = console.info;
    console.info = (...parts: unknown[]) => notes.push(parts.join(' '));
    try {
      const missing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      for (const url of ['/large-1.json', '/large-2.json']) {
        const sink = bundleSink(url, undefined, missing);
        sink.declaredLength!(3 * 1024 * 1024);
        sink.text(bundleText(120), true);
        const { value: bundle } = await sink.finish();
        expect(bundle.questions!.length).to.equal(120);
        expect(registeredSource(bundle)).to.equal(undefined);
      }
    } finally {
      console.info = info;
    }
    expect(notes.filter((note) => note.includes("page's side of the bundle worker"))).to.have.length(1);
  });
});
