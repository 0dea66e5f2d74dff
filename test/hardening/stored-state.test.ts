/**
 * No lost answers: two tabs (two same-origin frames share localStorage, and each gets the other's
 * `storage` events), two widgets with one id in one document, and reloads, each keep every
 * reader's latest change per item.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { libraryFrame, uniqueId, type LibraryFrame } from './frames.js';

type Widget = HTMLElement & { status: string; updateComplete: Promise<boolean> };

const checklistBundle = (id: string) => ({
  version: 1,
  checklist: {
    id,
    title: 'Signs',
    items: [
      { id: 'a', text: 'First sign' },
      { id: 'b', text: 'Second sign' },
      { id: 'c', text: 'Third sign' },
    ],
  },
});

const courseBundle = (id: string) => ({
  version: 1,
  course: { id, title: 'Course', sections: [{ id: 's', title: 'S', lessons: [{ id: 'one', title: 'One' }, { id: 'two', title: 'Two' }] }] },
});

async function add(frame: LibraryFrame, tag: string, bundle: unknown, attributes: Record<string, string> = {}): Promise<Widget> {
  const element = frame.doc.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = frame.doc.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(bundle);
  element.append(script);
  frame.doc.body.append(element);
  await waitUntil(() => element.status === 'ready', `<${tag}> never got ready`, { timeout: 4000 });
  await element.updateComplete;
  return element;
}

const root = (element: Element) => element.shadowRoot!;
/** The ids ticked in a checklist, as the reader sees them. */
const ticked = (checklist: Element) =>
  [...root(checklist).querySelectorAll<HTMLInputElement>('.item input')].filter((box) => box.checked).map((box) => box.closest('[data-item-id]')!.getAttribute('data-item-id'));
const progress = (outline: Element) => root(outline).querySelector('#progress-label')!.textContent;

async function toggle(element: Widget, selector: string): Promise<void> {
  root(element).querySelector<HTMLInputElement>(selector)!.click();
  await element.updateComplete;
}

const tick = (checklist: Widget, id: string) => toggle(checklist, `[data-item-id="${id}"] input`);

/** Waits for what the reader sees in `checklist` to become `ids`. */
async function showsTicked(checklist: Widget, ids: string[], message: string): Promise<void> {
  await waitUntil(() => JSON.stringify(ticked(checklist)) === JSON.stringify(ids), `${message}: ticked ${JSON.stringify(ticked(checklist))}`, {
    timeout: 2000,
  });
}

describe('stored state', () => {
  const frames: LibraryFrame[] = [];
  const keys: string[] = [];
  const open = async () => {
    const frame = await libraryFrame();
    frames.push(frame);
    return frame;
  };
  const checklistId = () => {
    const id = uniqueId('stored');
    keys.push(`pip-widgets:checklist:${id}`, `pip-widgets:course-progress:${id}`);
    return id;
  };

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    for (const key of keys.splice(0)) localStorage.removeItem(key);
  });

  it('keeps a tick made in each of two tabs, and shows each tab the other one live', async () => {
    const id = checklistId();
    const [tabA, tabB] = [await open(), await open()];
    const a = await add(tabA, 'pip-risk-checklist', checklistBundle(id));
    const b = await add(tabB, 'pip-risk-checklist', checklistBundle(id));
    await tick(a, 'a');
    await showsTicked(b, ['a'], 'tab B without a reload');
    await tick(b, 'b');
    await showsTicked(a, ['a', 'b'], 'tab A without a reload');
    const reloaded = await add(await open(), 'pip-risk-checklist', checklistBundle(id));
    expect(ticked(reloaded), 'after a reload').to.deep.equal(['a', 'b']);
  });

  it('keeps a tick made in a tab that never heard of the other tab\'s tick', async () => {
    const id = checklistId();
    const [tabA, tabB] = [await open(), await open()];
    const a = await add(tabA, 'pip-risk-checklist', checklistBundle(id));
    const b = await add(tabB, 'pip-risk-checklist', checklistBundle(id));
    // Tab B misses tab A's storage event, as a frozen background tab does.
    tabB.win.addEventListener('storage', (event) => event.stopImmediatePropagation(), { capture: true });
    await tick(a, 'a');
    await tick(b, 'b');
    const reloaded = await add(await open(), 'pip-risk-checklist', checklistBundle(id));
    expect(ticked(reloaded), 'after a reload').to.deep.equal(['a', 'b']);
  });

  it('lets an untick win over an older tick from another tab', async () => {
    const id = checklistId();
    const [tabA, tabB] = [await open(), await open()];
    const a = await add(tabA, 'pip-risk-checklist', checklistBundle(id));
    const b = await add(tabB, 'pip-risk-checklist', checklistBundle(id));
    tabA.win.addEventListener('storage', (event) => event.stopImmediatePropagation(), { capture: true });
    await tick(a, 'a');
    await showsTicked(b, ['a'], 'tab B');
    await tick(b, 'a');
    // Tab A still shows "a" ticked, and ticks "c".
    expect(ticked(a)).to.deep.equal(['a']);
    await tick(a, 'c');
    const reloaded = await add(await open(), 'pip-risk-checklist', checklistBundle(id));
    expect(ticked(reloaded), 'after a reload').to.deep.equal(['c']);
  });

  it('updates live on a storage event written as another tab would, firing no change event', async () => {
    const id = checklistId();
    const tab = await open();
    const checklist = await add(tab, 'pip-risk-checklist', checklistBundle(id));
    const changes: unknown[] = [];
    checklist.addEventListener('pip-risk-change', (event) => changes.push((event as CustomEvent).detail));
    const key = `pip-widgets:checklist:${id}`;
    const value = JSON.stringify({ version: 2, items: [{ id: 'b', on: true, at: Date.now() }] });
    localStorage.setItem(key, value);
    tab.win.dispatchEvent(new tab.win.StorageEvent('storage', { key, newValue: value, storageArea: tab.win.localStorage }));
    await checklist.updateComplete;
    expect(ticked(checklist)).to.deep.equal(['b']);
    expect(changes, 'the reader made no change here').to.deep.equal([]);
  });

  it('keeps two checklists with the same id on one page in step', async () => {
    const id = checklistId();
    const page = await open();
    const first = await add(page, 'pip-risk-checklist', checklistBundle(id));
    const second = await add(page, 'pip-risk-checklist', checklistBundle(id));
    const changes: string[] = [];
    for (const [name, element] of [['first', first], ['second', second]] as const) {
      element.addEventListener('pip-risk-change', (event) => changes.push(`${name}: ${(event as CustomEvent).detail.checked}`));
    }
    await tick(first, 'a');
    await second.updateComplete;
    expect(ticked(second), 'the second, at once').to.deep.equal(['a']);
    await tick(second, 'b');
    await first.updateComplete;
    expect(ticked(first), 'the first, at once').to.deep.equal(['a', 'b']);
    expect(changes, 'each change is announced once, where the reader made it').to.deep.equal(['first: a', 'second: a,b']);
    first.remove();
    second.remove();
    const reloaded = await add(page, 'pip-risk-checklist', checklistBundle(id));
    expect(ticked(reloaded), 'after a reload').to.deep.equal(['a', 'b']);
  });

  it('keeps two course outlines with the same id on one page in step', async () => {
    const id = checklistId();
    const page = await open();
    const first = await add(page, 'pip-course-outline', courseBundle(id), { 'track-progress': '' });
    const second = await add(page, 'pip-course-outline', courseBundle(id), { 'track-progress': '' });
    await toggle(first, '[data-lesson-id="one"] [part="done"]');
    await toggle(second, '[data-lesson-id="two"] [part="done"]');
    await first.updateComplete;
    expect(progress(first)).to.equal('2 of 2 lessons done');
    first.remove();
    second.remove();
    const reloaded = await add(await open(), 'pip-course-outline', courseBundle(id), { 'track-progress': '' });
    expect(progress(reloaded), 'after a reload').to.equal('2 of 2 lessons done');
  });

  it('hears a change stored by a second copy of the library on the page', async () => {
    const id = checklistId();
    const page = await open();
    const checklist = await add(page, 'pip-risk-checklist', checklistBundle(id));
    // The storage module again under another URL: a module instance of its own, as in a second copy.
    const copy = (await (page.win as unknown as { eval(code: string): Promise<unknown> }).eval(
      "import('/src/internal/storage.ts?second-copy')",
    )) as typeof import('../../src/internal/storage.js');
    const key = `pip-widgets:checklist:${id}`;
    copy.writeMarks(key, new Map([['c', { on: true, at: Date.now() }]]));
    copy.announceStored(key);
    await checklist.updateComplete;
    expect(ticked(checklist)).to.deep.equal(['c']);
  });

  it('reads answers stored by the earlier format, and keeps them with new ones', async () => {
    const id = checklistId();
    localStorage.setItem(`pip-widgets:checklist:${id}`, JSON.stringify({ version: 1, ids: ['a', 'c'] }));
    const page = await open();
    const checklist = await add(page, 'pip-risk-checklist', checklistBundle(id));
    expect(ticked(checklist)).to.deep.equal(['a', 'c']);
    await tick(checklist, 'c');
    await tick(checklist, 'b');
    checklist.remove();
    const reloaded = await add(page, 'pip-risk-checklist', checklistBundle(id));
    expect(ticked(reloaded), 'after a reload').to.deep.equal(['a', 'b']);
  });
});
