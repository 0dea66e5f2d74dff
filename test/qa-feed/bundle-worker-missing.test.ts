import { expect, fixture, html } from '@open-wc/testing';
import './missing-worker-file.js';
import '../../src/index.js';
import type { PipQaFeed } from '../../src/components/qa-feed/qa-feed.js';
import type { ContentBundle } from '../../src/content/schema.js';
import { nextEvent, shadow } from '../helpers.js';

// A file of its own: once a worker could not start, the page stops trying (a module-wide choice).
describe('a bundle worker whose file is missing', () => {
  const notes: string[] = [];
  const info = console.info;
  before(() => {
    console.info = (...args: unknown[]) => {
      notes.push(String(args[0]));
      info.apply(console, args);
    };
  });
  after(() => {
    console.info = info;
  });

  it('leaves the page reading the bundle, every question there, and says so once', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <pip-qa-feed page-size="5" src="/__test__/trickle?count=10000&pause=300"></pip-qa-feed>
      <pip-qa-feed page-size="5" src="/__test__/trickle?count=9000&pause=0"></pip-qa-feed>
    </div>`);
    const [slow, quick] = [...container.querySelectorAll('pip-qa-feed')] as PipQaFeed[];
    const loads = [slow, quick].map((feed) => nextEvent<{ bundle: ContentBundle }>(feed, 'pip-load'));
    const [slowLoad, quickLoad] = await Promise.all(loads);
    // Read on the page: every question is there.
    expect(slowLoad.detail.bundle.questions).to.have.length(10000);
    expect(quickLoad.detail.bundle.questions).to.have.length(9000);
    await slow.updateComplete;
    expect(shadow(slow).querySelector('[part="more-questions"]')!.textContent).to.contain('9,995 remaining');
    expect(notes.filter((note) => note.includes('bundle worker could not start'))).to.have.length(1);
  });
});
