/**
 * The bundle worker: parses, validates and indexes a bundle whose text the page posts as it
 * arrives, keeps its questions, and answers the feed's requests for windows of them. Heavy work
 * here never holds up the page's frames or its typing. See protocol.ts.
 */
import { BundleParser } from '../content/bundle-parser.js';
import { toBundleError } from '../content/errors.js';
import { MemoryQuestionSource } from '../sources/memory-source.js';
import { whenAnswered, type ResultsWindow } from '../sources/question-source.js';
import { searchLanguageOf } from '../sources/search-languages.js';
import type { FromWorker, ToWorker, WindowData } from './protocol.js';

const post = (message: FromWorker) => self.postMessage(message);

let parser: BundleParser | undefined;
let source: MemoryQuestionSource | undefined;
let firstPage = 0;
const preparing = new Map<number, AbortController>();

function fail(error: unknown): void {
  const { code, message, issues } = toBundleError(error);
  parser = undefined;
  post({ type: 'failed', error: { code, message, issues: issues.map(({ path, message }) => ({ path, message })) } });
}

function read(text: string, done: boolean): void {
  if (!parser) return;
  try {
    parser.text(text, done);
    if (!done) return;
    const bundle = parser.finish();
    parser = undefined;
    const questions = bundle.questions ?? [];
    // No frames to keep here: the build pauses only to let requests in (a first page, a deep link).
    source = new MemoryQuestionSource(questions, { search: bundle.search, buildSliceMs: 40 });
    const first = { ...bundle, ...(bundle.questions && { questions: questions.slice(0, firstPage) }) };
    post({ type: 'ready', bundle: first, total: questions.length });
  } catch (error) {
    fail(error);
  }
}

/** Answers request `id`, at once or later; a failure is sent back as a refusal. */
function answer(id: number, ask: (source: MemoryQuestionSource) => unknown): void {
  const open = source;
  if (!open) return post({ type: 'refused', id, message: 'the bundle is not read yet.' });
  whenAnswered(
    () => ask(open),
    (value) => post({ type: 'answer', id, value: value as WindowData }),
    (error: unknown) => post({ type: 'refused', id, message: error instanceof Error ? error.message : String(error) }),
  );
}

/** A window as data: its questions, and the marked titles of those the query matched. */
function windowData(window: ResultsWindow): WindowData {
  const titles: WindowData['titles'] = [];
  for (const { id } of window.questions) {
    const title = window.title(id);
    if (title) titles.push([id, [...title]]);
  }
  return { total: window.total, questions: [...window.questions], titles };
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'open':
      firstPage = message.firstPage;
      parser = new BundleParser(message.url, undefined);
      // Fetched while the bundle is read, rather than once a feed asks for a search.
      import('../search/index.js').catch(() => {});
      return;
    case 'text':
      return read(message.text, message.done);
    case 'results':
      return answer(message.id, (open) => {
        const window = open.results(message.request);
        return window instanceof Promise ? window.then(windowData) : windowData(window);
      });
    case 'by-id':
      return answer(message.id, (open) => open.byId(message.ids));
    case 'tags':
      return answer(message.id, (open) => open.tags(message.limit));
    case 'prepare': {
      if (!source) return;
      const controller = new AbortController();
      preparing.set(message.id, controller);
      const { lang } = message;
      source.prepare(controller.signal, lang);
      source.indexed(lang).then(() => post({ type: 'indexed', lang: searchLanguageOf(lang) }));
      return;
    }
    case 'unprepare':
      preparing.get(message.id)?.abort();
      preparing.delete(message.id);
      return;
  }
});

post({ type: 'started' });
