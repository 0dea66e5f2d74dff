import { expect, waitUntil } from '@open-wc/testing';

type FixtureWindow = Window & { pageErrors: string[]; pageWarnings: string[]; pageNotes: string[]; cspViolations: string[] };

async function openFixture(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const staticImport = /(^|[;}\s])(import\s*[\w{*][^;()]*?from|import)\s*["'`]/;
const importsOf = (code: string) => [...code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+)["'`]/g)].map((match) => match[1]);
const lazyImportsOf = (code: string) => [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
const distFile = async (path: string) => {
  const response = await fetch(new URL(path, new URL('/dist/', location.href)));
  expect(response.ok, path).to.equal(true);
  return response.text();
};
// The translations and the search engine's languages beside English.
const languages = ['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'nl', 'pl', 'pt', 'zh'];

/** The script-tag file users get: dist/pip-widgets.js (npm test builds it first), on a plain HTML page. */
describe('dist/pip-widgets.js, the loader', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = await openFixture('/test/fixtures/standalone.html');
  });

  after(() => frame.remove());

  const query = (selector: string) => frame.contentDocument!.querySelector(selector)!;

  it('defines the elements on the page and renders inline content', async () => {
    const feed = query('pip-qa-feed');
    await waitUntil(() => feed.shadowRoot?.querySelector('[data-question-id="only-question"]'), 'no question card');
    const card = feed.shadowRoot!.querySelector('[data-question-id="only-question"]')!;
    expect(card.querySelector('h3')!.textContent).to.equal('Does the built file work?');
    expect(card.querySelector('strong')!.textContent).to.equal('no');
  });

  it("fetches no part of the bundle worker for bundles a page reads itself", async () => {
    const feed = query('pip-qa-feed');
    await waitUntil(() => feed.shadowRoot?.querySelector('[data-question-id="only-question"]'), 'no question card');
    const fetched = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/'));
    expect(fetched.filter((path) => /worker/.test(path))).to.deep.equal([]);
    // The page's side of the worker is a file of its own, which the content's file fetches when needed.
    const content = fetched.find((path) => /pip-widgets-content-/.test(path))!;
    const lazy = lazyImportsOf(await distFile(content.slice('/dist/'.length)));
    expect(lazy.filter((path) => /^\.\/pip-widgets-worker-sink-[\w-]{8}\.js$/.test(path))).to.have.length(1);
  });

  it('loads the default content from its lazy chunk', async () => {
    const outline = query('pip-course-outline');
    await waitUntil(() => outline.shadowRoot?.querySelector('[data-lesson-id]'), 'no lesson rendered', { timeout: 4000 });
    expect(outline.shadowRoot!.querySelectorAll('[data-section-id]').length).to.be.greaterThan(3);
  });

  it('defines an element added later, the first time its tag appears', async () => {
    const document = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('pip-risk-checklist')).to.equal(undefined);
    const checklist = document.createElement('pip-risk-checklist');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ version: 1, checklist: { id: 'late', title: 'Late', items: [{ id: 'one', text: 'Added later' }] } });
    checklist.append(script);
    document.body.append(checklist);
    await waitUntil(() => checklist.shadowRoot?.querySelector('[data-item-id="one"]'), 'checklist added later not rendered');
  });

  it('loaded twice (another URL), defines each element once, with no warning of its own', () => {
    const window = frame.contentWindow as FixtureWindow;
    expect(window.pageErrors).to.deep.equal([]);
    const warnings = window.pageWarnings.filter((text) => text.startsWith('pip-widgets:'));
    // Only the course outline's: it has no source, so it shows the default content and says so (issue 13).
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<pip-course-outline> has no content of its own');
  });

  it('imports nothing before it runs, and no file it loads imports it back', async () => {
    const loader = await distFile('pip-widgets.js');
    expect(loader).not.to.match(staticImport);
    const lazy = lazyImportsOf(loader);
    // Each element's file, and beside it the shared ones (fetched in parallel, not after it).
    expect([...new Set(lazy.map((path) => /^\.\/pip-widgets-(.+)-[\w-]{8}\.js$/.exec(path)?.[1]))].sort()).to.deep.equal(
      ['content', 'course-outline', 'localize', 'pip-element', 'qa-feed', 'risk-checklist'].sort(),
    );
    // Every file the loader can reach: none may import the loader, which a host may have loaded
    // as "pip-widgets.js?ver=1" (the library would run twice).
    const seen = new Set<string>();
    const visit = async (path: string): Promise<void> => {
      if (seen.has(path)) return;
      seen.add(path);
      const code = await distFile(path);
      for (const next of [...importsOf(code), ...lazyImportsOf(code)]) {
        expect(next, `${path} imports ${next}`).not.to.match(/pip-widgets(\.all)?\.js/);
        await visit(next);
      }
    };
    for (const path of lazy) await visit(path);
    expect(seen.size).to.be.greaterThan(lazy.length);
  });

  it('asks for every file an element needs at once, not each after the file that names it', async () => {
    const loader = await distFile('pip-widgets.js');
    const elements = [...new Set(lazyImportsOf(loader))].filter((path) => /^\.\/pip-widgets-(qa-feed|course-outline|risk-checklist|content)-/.test(path));
    expect(elements).to.have.length(4);
    for (const element of elements) {
      const needed = new Set<string>();
      const visit = async (path: string): Promise<void> => {
        for (const next of importsOf(await distFile(path))) {
          if (needed.has(next)) continue;
          needed.add(next);
          await visit(next);
        }
      };
      await visit(element);
      expect(needed.size, element).to.be.greaterThan(1);
      for (const path of needed) expect(loader, `${element} needs ${path}`).to.include(path);
    }
  });

  it('on a page with only a course outline, fetches no code of the feed or its search engine', async () => {
    const outlineFrame = await openFixture('/test/fixtures/course-only.html');
    try {
      const outline = outlineFrame.contentDocument!.querySelector('pip-course-outline')!;
      await waitUntil(() => outline.shadowRoot?.querySelector('[data-lesson-id="first"]'), 'outline not rendered');
      const fetched = outlineFrame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/'));
      expect(fetched.some((path) => /pip-widgets-course-outline-/.test(path))).to.equal(true);
      expect(fetched.filter((path) => /qa-feed|search|risk-checklist|default-bundle/.test(path))).to.deep.equal([]);
      expect(outlineFrame.contentWindow!.customElements.get('pip-qa-feed')).to.equal(undefined);
    } finally {
      outlineFrame.remove();
    }
  });
});

describe('dist/pip-widgets.all.js, the single file', () => {
  it('defines every element at once, and a second copy keeps the first with one warning', async () => {
    const frame = await openFixture('/test/fixtures/single-file.html');
    try {
      const window = frame.contentWindow as FixtureWindow;
      const checklist = frame.contentDocument!.querySelector('pip-risk-checklist')!;
      await waitUntil(() => checklist.shadowRoot?.querySelector('[data-item-id="one"]'), 'checklist not rendered');
      for (const tag of ['pip-content', 'pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist']) {
        expect(window.customElements.get(tag), tag).to.be.a('function');
      }
      expect(window.pageErrors).to.deep.equal([]);
      const warnings = window.pageWarnings.filter((text) => text.startsWith('pip-widgets:'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('is already defined');
    } finally {
      frame.remove();
    }
  });

  it('loads nothing before it runs, and its lazy files import nothing back', async () => {
    const code = await distFile('pip-widgets.all.js');
    expect(code).not.to.match(staticImport);
    const lazy = lazyImportsOf(code);
    const kinds = lazy.map((path) => /^\.\/pip-widgets-(.+)-[\w-]{8}\.js$/.exec(path)?.[1]);
    // The default content, the search engine, the structured-data writer, eleven translations and
    // the search engine's eleven languages beside English.
    expect([...kinds].sort()).to.deep.equal(
      [...languages, ...languages.map((lang) => `search-${lang}`), 'default-bundle', 'search', 'structured-data'].sort(),
    );
    for (const path of lazy) {
      const chunk = await distFile(path);
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
      // The large bundle was read in the bundle worker, whose URL passed the same policy.
      await waitUntil(() => inner('#large', '[part="more-questions"]')?.textContent?.includes('9,995'), 'large feed not ready', { timeout: 8000 });
      expect(window.pageNotes.filter((note) => note.includes('bundle worker'))).to.deep.equal([]);
      const fetched = window.performance.getEntriesByType('resource').map(({ name }) => new URL(name).pathname);
      expect(fetched.filter((path) => /^\/dist\/pip-widgets-bundle-worker-[\w-]+\.js$/.test(path))).to.have.length(1);
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
