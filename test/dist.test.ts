import { expect, waitUntil } from '@open-wc/testing';

/** The artifact users get: dist/pip-widgets.js (npm test builds it first), on a plain HTML page. */
describe('dist/pip-widgets.js', () => {
  let frame: HTMLIFrameElement;
  type FixtureWindow = Window & { pageErrors: string[]; pageWarnings: string[] };

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/fixtures/standalone.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  const query = (selector: string) => frame.contentDocument!.querySelector(selector)!;

  it('registers the elements and renders inline content', async () => {
    const feed = query('pip-qa-feed');
    await waitUntil(() => feed.shadowRoot?.querySelector('[data-question-id="only-question"]'), 'no question card');
    const card = feed.shadowRoot!.querySelector('[data-question-id="only-question"]')!;
    expect(card.querySelector('h3')!.textContent).to.equal('Does the built file work?');
    expect(card.querySelector('strong')!.textContent).to.equal('no');
  });

  it('loads the default content from its lazy chunk', async () => {
    const outline = query('pip-course-outline');
    await waitUntil(() => outline.shadowRoot?.querySelector('[data-lesson-id]'), 'no lesson rendered', { timeout: 4000 });
    expect(outline.shadowRoot!.querySelectorAll('[data-section-id]').length).to.be.greaterThan(3);
  });

  it('survives a second copy on the page with one warning and no error', () => {
    const window = frame.contentWindow as FixtureWindow;
    expect(window.pageErrors).to.deep.equal([]);
    expect(window.pageWarnings.filter((text) => text.startsWith('pip-widgets:'))).to.have.length(1);
  });

  it('is one self-contained module: no static imports, only the lazy default content', async () => {
    const code = await (await fetch('/dist/pip-widgets.js')).text();
    expect(code).not.to.match(/(^|[;}\s])import\s*[\w{*][^;()]*?from\s*["']/);
    const lazy = [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    expect(lazy).to.have.length(1);
    expect(lazy[0]).to.match(/^\.\/pip-widgets-default-bundle-[\w-]+\.js$/);
  });
});
