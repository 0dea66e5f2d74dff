import { expect, waitUntil } from '@open-wc/testing';

type FixtureWindow = Window & { pageErrors: string[]; pageWarnings: string[]; cspViolations: string[] };

async function openFixture(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The artifact users get: dist/pip-widgets.js (npm test builds it first), on a plain HTML page. */
describe('dist/pip-widgets.js', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await openFixture('/test/fixtures/standalone.html');
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
    const warnings = window.pageWarnings.filter((text) => text.startsWith('pip-widgets:'));
    // The second copy's warning, and the course outline's: it has no source, so it shows the default content and says so (issue 13).
    expect(warnings).to.have.length(2);
    expect(warnings.filter((text) => text.includes('is already defined'))).to.have.length(1);
    expect(warnings.filter((text) => text.includes('<pip-course-outline> has no content of its own'))).to.have.length(1);
  });

  it('loads nothing before it runs, and its lazy files import nothing back', async () => {
    const staticImport = /(^|[;}\s])(import\s*[\w{*][^;()]*?from|import)\s*["']/;
    const code = await (await fetch('/dist/pip-widgets.js')).text();
    expect(code).not.to.match(staticImport);
    const lazy = [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    const kinds = lazy.map((path) => /^\.\/pip-widgets-(.+)-[\w-]{8}\.js$/.exec(path)?.[1]);
    // The default content, the search engine, the structured-data writer, eleven translations and
    // the search engine's eleven languages beside English.
    const languages = ['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt', 'zh'];
    expect([...kinds].sort()).to.deep.equal(
      [...languages, ...languages.map((lang) => `search-${lang}`), 'default-bundle', 'search', 'structured-data'].sort(),
    );
    for (const path of lazy) {
      const response = await fetch(new URL(path, new URL('/dist/', location.href)));
      expect(response.ok, path).to.equal(true);
      // A lazy file that imported the entry back would load the library twice on hosts that add
      // "?ver=1" to the script's URL.
      const chunk = await response.text();
      expect(chunk, path).not.to.match(staticImport);
      expect(chunk, path).not.to.match(/import\(/);
    }
  });
});

describe('dist/pip-widgets.js under a strict Content-Security-Policy', () => {
  it('renders with no violation: no eval probe, no inline style, Trusted Types satisfied', async () => {
    const frame = await openFixture('/test/fixtures/strict-csp.html');
    try {
      const document = frame.contentDocument!;
      const checklist = document.querySelector('pip-risk-checklist')!;
      const outline = document.querySelector('pip-course-outline')!;
      await waitUntil(() => checklist.shadowRoot?.querySelector('[data-item-id="one"]'), 'checklist not rendered');
      await waitUntil(() => outline.shadowRoot?.querySelector('[data-lesson-id]'), 'default content not rendered', {
        timeout: 4000,
      });
      const window = frame.contentWindow as FixtureWindow;
      expect(window.cspViolations).to.deep.equal([]);
      expect(window.pageErrors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('every element under the strict CSP header the README documents', () => {
  it('loads, renders and reacts to the reader with zero violations', async () => {
    const frame = await openFixture('/test/fixtures/strict.csp.html');
    try {
      const doc = frame.contentDocument!;
      const inner = (selector: string, part: string) => doc.querySelector(selector)!.shadowRoot?.querySelector<HTMLElement>(part);
      await waitUntil(() => inner('pip-qa-feed', '[data-question-id]'), 'feed not rendered', { timeout: 4000 });
      await waitUntil(() => inner('#default-content', '[data-question-id]'), 'default feed not rendered', { timeout: 4000 });
      await waitUntil(() => inner('pip-risk-checklist', '[data-item-id]'), 'checklist not rendered');
      // Interact: search (highlights), open a section and tick progress (progress bar), tick a sign (meter).
      const search = inner('pip-qa-feed', 'input[type="search"]') as HTMLInputElement;
      await waitUntil(() => {
        search.value = 'severance';
        search.dispatchEvent(new Event('input'));
        return inner('pip-qa-feed', 'mark');
      }, 'no search results', { timeout: 4000 });
      inner('pip-course-outline', '[part="expand-all"]')!.click();
      inner('pip-course-outline', '[part="done"]')!.click();
      inner('pip-risk-checklist', '[data-item-id] input')!.click();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const window = frame.contentWindow as FixtureWindow;
      expect(window.cspViolations).to.deep.equal([]);
      expect(window.pageErrors).to.deep.equal([]);
      // JSON-LD went in through the documented Trusted Types policy.
      const courseData = doc.querySelector('pip-course-outline > script[type="application/ld+json"]')!;
      expect(JSON.parse(courseData.textContent!)['@type']).to.equal('Course');
      expect(doc.querySelector('pip-qa-feed > script[type="application/ld+json"]')).to.exist;
      // The policy is really in force: an inline style attribute is reported.
      const styled = doc.createElement('p');
      styled.setAttribute('style', 'color: red');
      doc.body.append(styled);
      await waitUntil(() => window.cspViolations.length > 0, 'the page is not under the policy');
    } finally {
      frame.remove();
    }
  });
});
