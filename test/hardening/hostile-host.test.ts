/**
 * Host pages as legacy sites write them: scripts that add enumerable members to the built-in
 * prototypes (an `extend` or `each` method, plain values under names our code reads from option
 * bags) or override `toJSON` the way Prototype.js does, all before the library loads. Each case
 * runs in a frame of its own, so the pollution is that frame's and ends with it, and the library
 * is loaded afresh under it: module load is where the schema library used to throw.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { libraryFrame, uniqueId, type LibraryFrame } from './frames.js';

/** Names our code reads from option bags, stored data and bundles. */
const NAMES = ['requires', 'inherit', 'value', 'ids', 'version', 'done', 'checked', 'kind', 'src', 'bundle', 'items', 'id', 'on', 'at', 'weight', 'category'];

/** Values that would do the most harm if one of our reads fell through to the prototype. */
const HARMFUL_VALUES: Record<string, unknown> = {
  requires: 'questions',
  inherit: false,
  value: 'polluted',
  ids: ['a', 'b'],
  version: 1,
  done: true,
  checked: true,
  kind: 'video',
  src: '/__test__/status/404',
  bundle: { version: 1 },
  items: [{ id: 'a', on: true, at: 9e15 }],
  id: 'polluted',
  on: true,
  at: 9e15,
  weight: 5,
  category: 'Polluted',
};

const POLLUTIONS: Record<string, string> = {
  'an extend and an each method on Object.prototype':
    'Object.prototype.extend = function (source) { for (var key in source) this[key] = source[key]; return this; };' +
    'Object.prototype.each = function () {};',
  'enumerable methods named as our options on Object.prototype': NAMES.map((name) => `Object.prototype[${JSON.stringify(name)}] = function () {};`).join(''),
  'plain values named as our options on Object.prototype': Object.entries(HARMFUL_VALUES)
    .map(([name, value]) => `Object.prototype[${JSON.stringify(name)}] = ${JSON.stringify(value)};`)
    .join(''),
  'enumerable methods and values on Array.prototype':
    'Array.prototype.each = function () {}; Array.prototype.first = function () { return this[0]; }; Array.prototype.polluted = "yes";' +
    NAMES.map((name) => `Array.prototype[${JSON.stringify(name)}] = function () {};`).join(''),
  'Prototype.js toJSON on Array, String, Number and Date':
    'Array.prototype.toJSON = function () { return "[" + this.map(function (item) { return String(item); }).join(", ") + "]"; };' +
    'String.prototype.toJSON = function () { return "\\"" + this + "\\""; };' +
    'Number.prototype.toJSON = function () { return isFinite(this) ? this.toString() : "null"; };' +
    'Date.prototype.toJSON = function () { return "date"; };',
  'a toJSON on Object.prototype': 'Object.prototype.toJSON = function () { return "polluted"; };',
};

const checklistBundle = (id: string) => ({
  version: 1,
  checklist: { id, title: 'Signs', items: [{ id: 'a', text: 'First sign', weight: 3 }, { id: 'b', text: 'Second sign' }] },
});

const courseBundle = (id: string) => ({
  version: 1,
  course: {
    id,
    title: 'Course',
    sections: [{ id: 's', title: 'Section', lessons: [{ id: 'one', title: 'One' }, { id: 'two', title: 'Two' }] }],
  },
});

const taggedBundle = {
  version: 1,
  topic: { id: 'work', title: 'Where we work' },
  questions: [
    { id: 'home', title: 'Working from home', body: 'Remote days.', tags: ['remote'] },
    { id: 'desk', title: 'A desk at the office', body: 'Office days.', tags: ['office'] },
  ],
};

type Widget = HTMLElement & { status: string; updateComplete: Promise<boolean>; error?: { code: string }; bundle?: unknown };

async function settled(element: Widget, status = 'ready'): Promise<Widget> {
  await waitUntil(() => element.status === status, `<${element.localName}>: expected "${status}", still "${element.status}"`, {
    timeout: 4000,
  });
  await element.updateComplete;
  return element;
}

function add(frame: LibraryFrame, tag: string, attributes: Record<string, string> = {}, inline?: unknown): Widget {
  const element = frame.doc.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (inline !== undefined) {
    const script = frame.doc.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(inline);
    element.append(script);
  }
  frame.doc.body.append(element);
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const ticks = (checklist: Element) => [...root(checklist).querySelectorAll<HTMLInputElement>('.item input')].map((box) => box.checked);

async function click(element: Widget, selector: string): Promise<void> {
  root(element).querySelector<HTMLInputElement>(selector)!.click();
  await element.updateComplete;
}

describe('hostile host pages', () => {
  for (const [name, pollution] of Object.entries(POLLUTIONS)) {
    describe(`under ${name}`, () => {
      let frame: LibraryFrame;
      before(async () => {
        frame = await libraryFrame(pollution);
      });
      after(() => frame.remove());

      it('loads and defines every element', () => {
        expect(frame.loaded).to.equal('loaded');
        for (const tag of ['pip-content', 'pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist']) {
          expect(frame.win.customElements.get(tag), tag).to.be.a('function');
        }
      });

      it('shows, stores and restores checklist answers from an inline bundle', async () => {
        const id = uniqueId('host-checklist');
        const checklist = await settled(add(frame, 'pip-risk-checklist', {}, checklistBundle(id)));
        expect(ticks(checklist)).to.deep.equal([false, false]);
        expect(root(checklist).querySelector('[part="group"] legend')!.textContent).to.equal('Other signs');
        await click(checklist, '[data-item-id="a"] input');
        expect(ticks(checklist)).to.deep.equal([true, false]);
        checklist.remove();
        const again = await settled(add(frame, 'pip-risk-checklist', {}, checklistBundle(id)));
        expect(ticks(again), 'after a reload').to.deep.equal([true, false]);
        again.remove();
        localStorage.removeItem(`pip-widgets:checklist:${id}`);
      });

      it('shows, stores and restores course progress from a property bundle', async () => {
        const id = uniqueId('host-course');
        const bundle = () => frame.win.JSON.parse(JSON.stringify(courseBundle(id)));
        const outline = add(frame, 'pip-course-outline', { 'track-progress': '' });
        outline.bundle = bundle();
        await settled(outline);
        const label = (element: Element) => root(element).querySelector('#progress-label')!.textContent;
        expect(label(outline)).to.equal('0 of 2 lessons done');
        expect(root(outline).querySelector('[part="kind"]'), 'no lesson has a kind').to.equal(null);
        await click(outline, '[data-lesson-id="two"] [part="done"]');
        expect(label(outline)).to.equal('1 of 2 lessons done');
        outline.remove();
        const again = add(frame, 'pip-course-outline', { 'track-progress': '' });
        again.bundle = bundle();
        await settled(again);
        expect(label(again), 'after a reload').to.equal('1 of 2 lessons done');
        expect(root(again).querySelector<HTMLInputElement>('[data-lesson-id="two"] [part="done"]')!.checked).to.equal(true);
        again.remove();
        localStorage.removeItem(`pip-widgets:course-progress:${id}`);
      });

      it('loads a bundle from src, and the built-in one without a source', async () => {
        const feed = await settled(add(frame, 'pip-qa-feed', { src: '/__test__/bundle?title=Polluted' }));
        expect([...root(feed).querySelectorAll('[data-question-id] h3')].map((title) => title.textContent)).to.deep.equal([
          'A question from Polluted',
        ]);
        feed.remove();
        const demo = await settled(add(frame, 'pip-course-outline'));
        expect(root(demo).querySelectorAll('[data-lesson-id]').length).to.be.greaterThan(0);
        demo.remove();
      });

      it('shares a <pip-content> bundle with the widgets inside it', async () => {
        const provider = add(frame, 'pip-content', {}, checklistBundle(uniqueId('host-shared')));
        const checklist = frame.doc.createElement('pip-risk-checklist') as Widget;
        provider.append(checklist);
        await settled(checklist);
        expect(ticks(checklist)).to.deep.equal([false, false]);
        provider.remove();
      });

      it('filters by each tag in turn, and writes structured data that reads back', async () => {
        const feed = add(frame, 'pip-qa-feed', { 'structured-data': '' }) as Widget & { tagFilter: string[] };
        feed.bundle = frame.win.JSON.parse(JSON.stringify(taggedBundle));
        await settled(feed);
        const shown = () => [...root(feed).querySelectorAll<HTMLElement>('[data-question-id]')].map((card) => card.dataset.questionId);
        for (const [tag, id] of [['remote', 'home'], ['office', 'desk'], ['remote', 'home']]) {
          feed.tagFilter = [tag];
          await waitUntil(() => shown().join() === id, `with the tag ${tag}: ${shown().join()}`, { timeout: 4000 });
        }
        await waitUntil(() => feed.querySelector('script[type="application/ld+json"]'), 'no structured data', { timeout: 4000 });
        const data = JSON.parse(feed.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
        expect(data['@context']).to.equal('https://schema.org');
        expect(JSON.stringify(data)).to.contain('Working from home').and.not.to.contain('polluted');
        feed.remove();
      });

      it('names what is wrong in a broken bundle', async () => {
        const broken = courseBundle(uniqueId('host-broken'));
        (broken.course.sections[0].lessons[0] as Record<string, unknown>).kind = 'podcast';
        const outline = await settled(add(frame, 'pip-course-outline', {}, broken), 'error');
        expect(outline.error?.code).to.equal('schema');
        expect(root(outline).querySelector('[role="alert"]')!.textContent).to.contain('course.sections[0].lessons[0].kind');
        outline.remove();
      });

      it('reports no error to the page', () => {
        expect(frame.errors).to.deep.equal([]);
      });
    });
  }
});
