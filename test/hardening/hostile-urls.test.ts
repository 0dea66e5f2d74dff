/**
 * Script URLs and their disguises in every URL field and every rich-text link. A URL field with
 * a refused scheme makes the bundle invalid, naming the field; a rich-text link with one loses
 * its target and keeps its words. Then every link and button is clicked: nothing may run and the
 * page may not go anywhere.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
// The library's own lazy modules, loaded before any guard starts: a guard counts every request.
import '../../src/internal/structured-data.js';
import '../../src/search/index.js';
import type { ContentBundleInput } from '../../src/content/schema.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { alertText, shadow } from '../helpers.js';
import { foreignContent, pipElements, startGuard, type Guard } from './guards.js';

// ---- the URLs -------------------------------------------------------------------------------

// No parentheses in the script: a rich-text link target ends at the first ")".
const SCRIPT = 'alert`1`';

interface Variant {
  label: string;
  url: string;
  /**
   * `refused`: no link, ever. `relative`: no scheme at all to the URL parser (HTML entities are
   * never decoded here, `%6A` is not a letter), so it is a harmless link to a path on the page's
   * own origin. In rich text, a line break inside a target becomes a space (lines of a paragraph
   * are joined), which turns `java\nscript:` into the relative path `java script:`.
   */
  field: 'refused' | 'relative';
  rich: 'refused' | 'relative';
}

const refused = (label: string, url: string, rich: Variant['rich'] = 'refused'): Variant => ({ label, url, field: 'refused', rich });
const relative = (label: string, url: string): Variant => ({ label, url, field: 'relative', rich: 'relative' });

const VARIANTS: Variant[] = [
  refused('javascript:', `javascript:${SCRIPT}`),
  refused('mixed case', `JaVaScRiPt:${SCRIPT}`),
  refused('upper case', `JAVASCRIPT:${SCRIPT}`),
  // Every C0 control character (and space) in front of the scheme.
  ...Array.from({ length: 0x21 }, (_, code) =>
    refused(`leading \\u${code.toString(16).padStart(4, '0')}`, `${String.fromCharCode(code)}javascript:${SCRIPT}`),
  ),
  refused('leading controls and spaces', ` \u0001\t\n\u001f javascript:${SCRIPT}`),
  refused('tab inside the scheme', `java\tscript:${SCRIPT}`),
  refused('tabs between every letter', `j\ta\tv\ta\ts\tc\tr\ti\tp\tt\t:${SCRIPT}`),
  refused('tab before the colon', `javascript\t:${SCRIPT}`),
  refused('newline inside the scheme', `java\nscript:${SCRIPT}`, 'relative'),
  refused('carriage return inside the scheme', `java\rscript:${SCRIPT}`, 'relative'),
  refused('CRLF inside the scheme', `jav\r\nascript:${SCRIPT}`, 'relative'),
  refused('data: HTML', `data:text/html,<script>${SCRIPT}</script>`),
  refused('data: base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
  refused('DATA: SVG', `DATA:image/svg+xml,<svg onload=${SCRIPT}>`),
  refused('data: with leading tab', `\tdata:text/html,<script>${SCRIPT}</script>`),
  refused('vbscript:', 'vbscript:msgbox(1)'),
  refused('VBScript: mixed case', 'VbScRiPt:MsgBox(1)'),
  refused('blob:', `blob:${location.origin}/0e9a3f52-3f54-4c8b-a4c1-2f1c7c3a9d11`),
  refused('file:', 'file:///etc/passwd'),
  refused('protocol-relative', '//evil.example/x'),
  refused('two backslashes', '\\\\evil.example/x'),
  refused('slash, backslash', '/\\evil.example/x'),
  refused('backslash, slash', '\\/evil.example/x'),
  refused('slash, tab, slash', '/\t/evil.example/x'),
  refused('space, then protocol-relative', ' //evil.example/x'),
  relative('&colon; entity', `javascript&colon;${SCRIPT}`),
  relative('&#58; entity', `javascript&#58;${SCRIPT}`),
  relative('decimal entity for j', `&#106;avascript:${SCRIPT}`),
  relative('hex entity for j', `&#x6A;avascript:${SCRIPT}`),
  relative('percent-encoded j', `%6Aavascript:${SCRIPT}`),
  relative('percent-encoded colon', `javascript%3A${SCRIPT}`),
  relative('NUL inside the scheme', `java\u0000script:${SCRIPT}`),
];

const URL_RULE = 'expected a relative URL or one starting with http:, https: or mailto:';

// ---- helpers --------------------------------------------------------------------------------

type Bundle = ContentBundleInput & Record<string, unknown>;

function baseBundle(): Bundle {
  return {
    version: 1,
    topic: { id: 'links', title: 'Links' },
    questions: [
      {
        id: 'q',
        title: 'A question',
        body: 'A body.',
        author: { name: 'Asker' },
        answers: [{ id: 'a', body: 'An answer.', author: { name: 'Coach' } }],
      },
    ],
    course: {
      id: 'course',
      title: 'A course',
      instructor: { name: 'Teacher' },
      sections: [{ id: 's', title: 'A section', lessons: [{ id: 'l', title: 'A lesson' }] }],
    },
    checklist: { id: 'links-checklist', title: 'A checklist', items: [{ id: 'i', text: 'An item' }] },
  };
}

/** Sets `value` at a path like `questions[0].author.avatarUrl`. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

const URL_FIELDS: { path: string; tag: string }[] = [
  { path: 'questions[0].url', tag: 'pip-qa-feed' },
  { path: 'questions[0].author.avatarUrl', tag: 'pip-qa-feed' },
  { path: 'questions[0].answers[0].author.avatarUrl', tag: 'pip-qa-feed' },
  { path: 'course.url', tag: 'pip-course-outline' },
  { path: 'course.instructor.avatarUrl', tag: 'pip-course-outline' },
  { path: 'course.sections[0].lessons[0].url', tag: 'pip-course-outline' },
];

const RICH_FIELDS: { path: string; tag: string; selector: string }[] = [
  { path: 'topic.about', tag: 'pip-qa-feed', selector: '.about' },
  { path: 'questions[0].body', tag: 'pip-qa-feed', selector: '.body' },
  { path: 'questions[0].answers[0].body', tag: 'pip-qa-feed', selector: '.answer-body' },
  { path: 'course.summary', tag: 'pip-course-outline', selector: '.summary' },
  { path: 'course.instructor.bio', tag: 'pip-course-outline', selector: '.bio' },
  { path: 'course.sections[0].lessons[0].summary', tag: 'pip-course-outline', selector: '.lesson-summary' },
  { path: 'checklist.intro', tag: 'pip-risk-checklist', selector: '.intro' },
  { path: 'checklist.items[0].advice', tag: 'pip-risk-checklist', selector: '[part="advice"]' },
  { path: 'checklist.levels[0].advice', tag: 'pip-risk-checklist', selector: '[part="level-advice"]' },
];

/** Rich text with one paragraph per variant: `Before [link words «n»](url) after.` */
const linkParagraphs = () => VARIANTS.map((variant, n) => `Before [link words «${n}»](${variant.url}) after.`).join('\n\n');

/** Opens everything that hides content: answers, every section, ticks every checklist item. */
async function openEverything(element: PipElement): Promise<void> {
  const root = shadow(element);
  const closed = '.answers-toggle[aria-expanded="false"], [part="expand-all"][aria-expanded="false"]';
  for (const button of root.querySelectorAll<HTMLButtonElement>(closed)) button.click();
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not(:checked)')) box.click();
  await element.updateComplete;
}

/** Every link and image is http(s) on the page's own origin: where a relative URL must lead. */
function expectSameOriginOnly(element: Element, what: string): void {
  for (const link of shadow(element).querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href);
    expect(url.protocol, `${what}: ${link.href}`).to.match(/^https?:$/);
    expect(url.origin, `${what}: ${link.href}`).to.equal(location.origin);
  }
  for (const image of shadow(element).querySelectorAll('img')) {
    const url = new URL(image.src);
    expect(url.protocol, `${what}: ${image.src}`).to.match(/^https?:$/);
    expect(url.origin, `${what}: ${image.src}`).to.equal(location.origin);
  }
}

// ---- tests ----------------------------------------------------------------------------------

describe('hostile URLs', function () {
  this.timeout(20000);
  let host: HTMLElement;
  let guard: Guard;
  const widgets = new Map<string, PipElement>();

  /** One element per tag, reused: a new bundle per check is what a CMS preview does too. */
  async function show(tag: string, bundle: Bundle): Promise<PipElement> {
    let element = widgets.get(tag);
    if (!element) {
      element = document.createElement(tag) as PipElement;
      widgets.set(tag, element);
      host.append(element);
    }
    element.bundle = bundle;
    await element.updateComplete;
    return element;
  }

  beforeEach(() => {
    host = document.createElement('div');
    // Lazy avatars in a hidden box never load: relative junk URLs would only add 404s to the log.
    host.hidden = true;
    document.body.append(host);
    widgets.clear();
    guard = startGuard();
  });
  afterEach(async () => {
    await guard.stop();
    host.remove();
  });

  const refusedCount = VARIANTS.filter((variant) => variant.field === 'refused').length;
  it(`refuses ${refusedCount} script, data, blob and protocol-relative URLs in every URL field, naming the field`, async () => {
    for (const { path, tag } of URL_FIELDS) {
      for (const variant of VARIANTS) {
        const bundle = baseBundle();
        setPath(bundle, path, variant.url);
        const element = await show(tag, bundle);
        const what = `${path} = ${variant.label} ${JSON.stringify(variant.url)}`;
        if (variant.field === 'refused') {
          expect(element.status, what).to.equal('error');
          expect(element.error?.issues, what).to.deep.equal([{ path, message: URL_RULE }]);
          expect(element.error?.message, what).to.contain(`${path}: ${URL_RULE}`);
          expect(alertText(element), what).to.contain(path);
          expect(shadow(element).querySelector('a, img')?.outerHTML ?? null, what).to.equal(null);
        } else {
          expect(element.status, `${what}: ${alertText(element)}`).to.equal('ready');
          await openEverything(element);
          expectSameOriginOnly(element, what);
        }
      }
    }
    expect(foreignContent(host)).to.deep.equal([]);
    const report = await guard.stop();
    expect(report.calls).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
  });

  it('draws refused rich-text links as their words only, in every rich-text field', async () => {
    const text = linkParagraphs();
    for (const { path, tag, selector } of RICH_FIELDS) {
      const bundle = baseBundle();
      if (path.startsWith('checklist.levels')) {
        (bundle.checklist as Record<string, unknown>).levels = [{ min: 0, label: 'Any', advice: '' }];
      }
      setPath(bundle, path, text);
      const element = await show(tag, bundle);
      expect(element.status, `${path}: ${alertText(element)}`).to.equal('ready');
      await openEverything(element);
      const container = shadow(element).querySelector(selector);
      expect(container, path).to.exist;
      const paragraphs = [...container!.querySelectorAll('p')];
      VARIANTS.forEach((variant, n) => {
        const what = `${path}, ${variant.label} ${JSON.stringify(variant.url)}`;
        const paragraph = paragraphs.find((p) => p.textContent!.includes(`link words «${n}»`));
        expect(paragraph, `${what}: its words are gone`).to.exist;
        const link = paragraph!.querySelector('a');
        if (variant.rich === 'refused') {
          expect(link?.outerHTML ?? null, what).to.equal(null);
          expect(paragraph!.textContent, what).to.match(/^Before link words «\d+».* after\.$/);
        } else {
          expect(link, `${what}: a harmless relative link`).to.exist;
          expect(link!.textContent).to.equal(`link words «${n}»`);
        }
      });
      expectSameOriginOnly(element, path);
    }
    expect(foreignContent(host)).to.deep.equal([]);
    const report = await guard.stop();
    expect(report.calls).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
  });

  it('runs nothing and goes nowhere when every link and button is clicked', async () => {
    host.hidden = false;
    // Many hostile links in every rich-text field, harmless relative URLs in every URL field.
    const text = linkParagraphs();
    const bundle = baseBundle();
    (bundle.checklist as Record<string, unknown>).levels = [{ min: 0, label: 'Any', advice: text }];
    for (const { path } of RICH_FIELDS) setPath(bundle, path, text);
    const relatives = VARIANTS.filter((variant) => variant.field === 'relative');
    URL_FIELDS.forEach(({ path }, n) => setPath(bundle, path, relatives[n % relatives.length].url));

    // Following a safe link would leave this test page: those clicks are cancelled, after our
    // own handlers ran. A click on any other link is let through, so a live script URL would run.
    const followed: string[] = [];
    const unsafe: string[] = [];
    const onClick = (event: MouseEvent) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (!link) return;
      if (/^(https?|mailto):$/.test(new URL(link.href).protocol)) {
        followed.push(link.href);
        event.preventDefault();
      } else {
        unsafe.push(link.href);
      }
    };
    window.addEventListener('click', onClick);
    try {
      const elements: PipElement[] = [];
      for (const tag of ['pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist']) {
        const element = await show(tag, bundle);
        expect(element.status, `<${tag}>: ${alertText(element)}`).to.equal('ready');
        await openEverything(element);
        elements.push(element);
      }
      const clickAll = async (selector: string) => {
        for (const element of elements) {
          for (const target of shadow(element).querySelectorAll<HTMLElement>(selector)) if (target.isConnected) target.click();
          await element.updateComplete;
        }
      };
      // Buttons twice (open, then close what they open), links after each round.
      await clickAll('button');
      await clickAll('a');
      await clickAll('button');
      await clickAll('a');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unsafe, 'clicked links with a script scheme').to.deep.equal([]);
      expect(followed.length, 'links clicked').to.be.greaterThan(VARIANTS.length);
      for (const href of followed) expect(new URL(href).origin, href).to.equal(location.origin);
      const scriptLinks = pipElements(host).flatMap((element) => [...shadow(element).querySelectorAll('a[href^="javascript" i]')]);
      expect(scriptLinks.map((link) => link.outerHTML)).to.deep.equal([]);
      expect(foreignContent(host)).to.deep.equal([]);
    } finally {
      window.removeEventListener('click', onClick);
    }
    const report = await guard.stop();
    expect(report.calls, 'dialogs opened').to.deep.equal([]);
    expect(report.errors, 'errors that reached the page').to.deep.equal([]);
    expect(report.injected, 'nodes added outside our elements').to.deep.equal([]);
    expect(report.locationChanged, 'the page navigated').to.equal(false);
  });
});
