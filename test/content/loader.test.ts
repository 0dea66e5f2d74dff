import { expect } from '@open-wc/testing';
import { fetchBundle, readBundle } from '../../src/content/loader.js';
import type { ContentBundle } from '../../src/content/schema.js';

/** fetchBundle over a response whose whole body comes in one read, as a fast local server's often does. */
async function inOneRead(text: string, onPreview: (bundle: ContentBundle) => void = () => {}): Promise<ContentBundle> {
  const realFetch = window.fetch;
  const bytes = new TextEncoder().encode(text);
  window.fetch = async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
      { headers: { 'content-type': 'application/json' } },
    );
  try {
    return await fetchBundle('/bundle.json', undefined, { questions: 2, onPreview });
  } finally {
    window.fetch = realFetch;
  }
}

const bundleText = (count: number, body: string) =>
  JSON.stringify({
    version: 1,
    questions: Array.from({ length: count }, (_, i) => ({ id: `q-${i}`, title: `Question ${i}`, body })),
  });

describe('fetchBundle over one large read', () => {
  it('lets the page run a task between the first cards and the rest of the text', async () => {
    // Megabytes in a single read were read in one chain of microtasks: nothing the first cards
    // scheduled (their frame, the page's own tasks) ran before the whole text was.
    const text = bundleText(4000, 'A paragraph of a question that is long enough. '.repeat(40));
    // The reader parses each question's text apart: the parses so far tell how far it has read.
    const realParse = JSON.parse;
    let parses = 0;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => (parses++, realParse(...args))) as typeof JSON.parse;
    let parsesBeforeTask: number | undefined;
    try {
      const bundle = await inOneRead(text, () => setTimeout(() => (parsesBeforeTask ??= parses)));
      expect(bundle.questions).to.have.length(4000);
    } finally {
      JSON.parse = realParse;
    }
    expect(parsesBeforeTask).to.be.a('number');
    expect(parsesBeforeTask).to.be.below(2000);
  });

  it('keeps characters outside the BMP whole wherever the text is cut into pieces', async () => {
    // Emoji (two UTF-16 units each) everywhere, so that some piece ends between the two halves.
    const text = bundleText(300, '😀🎉 a 😀'.repeat(500));
    const streamed = await inOneRead(text);
    expect(streamed).to.deep.equal(await readBundle({ kind: 'inline', text }));
    expect(streamed.questions?.[299].body).to.equal('😀🎉 a 😀'.repeat(500));
  });
});
