import { expect } from '@open-wc/testing';
import bundle from '../../src/content/default-bundle.json';
import { parseBundle } from '../../src/content/assembler.js';
import type { Question } from '../../src/content/schema.js';
import {
  highlightSegments,
  MAX_QUERY_LENGTH,
  normalize,
  QuestionIndex,
  type SearchResult,
} from '../../src/search/index.js';
import { yieldToPage } from '../../src/internal/schedule.js';
import { MAX_QUERY_LENGTH as FEED_MAX_QUERY_LENGTH } from '../../src/sources/question-source.js';

const questions = parseBundle(bundle).questions!;
const index = QuestionIndex.buildSync(questions);

/** The bundle position of the question with this id (the tests name questions by id, not position). */
function at(id: string): number {
  const position = questions.findIndex((question) => question.id === id);
  if (position < 0) throw new Error(`no question "${id}" in the default bundle`);
  return position;
}
const idsOf = (result: SearchResult) => result.order.map((position) => questions[position].id);

/** Every word a question is found by, field by field, for checking results against the content. */
function wordsIn(question: Question, fields: 'title+tags' | 'all'): Set<string> {
  const texts = [question.title, ...(question.tags ?? [])];
  if (fields === 'all') {
    const { name, level, role, company } = question.author ?? {};
    texts.push(question.body, name ?? '', level ?? '', role ?? '', company ?? '');
    for (const answer of question.answers ?? []) texts.push(answer.body, answer.author?.name ?? '');
  }
  return new Set(texts.flatMap((text) => normalize(text).match(/[\p{L}\p{N}]+/gu) ?? []));
}

function expectValidOrder(result: SearchResult, size = questions.length) {
  expect(new Set(result.order).size, 'no duplicates').to.equal(result.order.length);
  for (const position of result.order) {
    expect(Number.isInteger(position) && position >= 0 && position < size, `index ${position}`).to.equal(true);
  }
}

describe('normalize', () => {
  it('lowercases and removes diacritics, composed or not', () => {
    expect(normalize('Résumé')).to.equal('resume');
    expect(normalize('Re\u0301sume\u0301')).to.equal('resume');
    // "˝" is a spacing accent: NFKD makes it a space and a combining mark.
    expect(normalize('ÅÍÎÏ˝ÓÔ')).to.equal('aiii oo');
    expect(normalize('İstanbul ŞEKER')).to.equal('istanbul seker');
    expect(normalize('ﬁle Ｈ-1Ｂ')).to.equal('file h-1b');
  });
});

describe('QuestionIndex.search on the default bundle', () => {
  it('indexes every question', () => {
    expect(questions).to.have.length(24);
    expect(index.size).to.equal(questions.length);
  });

  for (const [query, id] of [
    ['severance', 'negotiate-severance-instead-of-pip'],
    ['teammate', 'tasks-given-to-others'],
    ['resigned', 'quit-before-pip-resume-gap'],
    ['visa', 'h1b-visa-and-a-pip'],
    ['H-1B', 'h1b-visa-and-a-pip'],
    ['h1b', 'h1b-visa-and-a-pip'],
    ['promotion', 'success-story-pip-to-promotion'],
    ['tickets reassigned', 'tasks-given-to-others'],
    ['stack-rank', 'ranked-last-on-a-curve'],
    ['stack rank', 'ranked-last-on-a-curve'],
    ['one-on-one', 'hr-joined-the-meeting'],
    ['Medical Leave', 'pip-after-medical-leave'],
  ] as const) {
    it(`finds "${id}" first for its title words "${query}"`, () => {
      expect(idsOf(index.search(query))[0]).to.equal(id);
    });
  }

  for (const [query, id] of [
    ['severence', 'negotiate-severance-instead-of-pip'],
    ['severence ', 'negotiate-severance-instead-of-pip'],
    ['h1b vissa', 'h1b-visa-and-a-pip'],
    ['stak rank', 'ranked-last-on-a-curve'],
    ['stack-rnk', 'ranked-last-on-a-curve'],
    ['refrences', 'references-after-termination'],
    ['anxeity sleep', 'pip-anxiety-cant-sleep'],
    ['medicl leave', 'pip-after-medical-leave'],
    ['promotoin', 'success-story-pip-to-promotion'],
    ['termnation interviews', 'explaining-a-pip-in-interviews'],
    ['documnet progress', 'how-to-document-progress'],
    ['reasigned tickets', 'tasks-given-to-others'],
    ['weekly chek-ins', 'weekly-check-ins-what-to-bring'],
    ['negotiate severnce', 'negotiate-severance-instead-of-pip'],
    ['unrealistc goals', 'unrealistic-pip-goals'],
  ] as const) {
    it(`forgives the typos in "${query}": "${id}" is in the top 3`, () => {
      expect(idsOf(index.search(query)).slice(0, 3)).to.include(id);
    });
  }

  it('reports the vocabulary words a typo matched, for highlighting', () => {
    const { matchedWords } = index.search('severence');
    expect([...matchedWords]).to.include('severance');
    const title = highlightSegments(questions[at('negotiate-severance-instead-of-pip')].title, matchedWords);
    expect(title.filter((segment) => segment.match).map((segment) => segment.text)).to.deep.equal(['severance']);
  });

  for (const [query, id] of [
    ['surgery', 'pip-after-medical-leave'],
    ['forced distribution', 'ranked-last-on-a-curve'],
    ['procrastination', 'just-got-a-30-day-pip'],
    ['grace period', 'h1b-visa-and-a-pip'],
  ] as const) {
    it(`finds "${id}" by "${query}", words only in its body or answers`, () => {
      const question = questions[at(id)];
      for (const word of query.split(' ')) expect(wordsIn(question, 'title+tags').has(word), word).to.equal(false);
      expect(idsOf(index.search(query))[0]).to.equal(id);
    });
  }

  for (const word of ['interviewing', 'documentation']) {
    it(`ranks questions tagged "${word}" above those that only mention it`, () => {
      const positions = index.search(word).order;
      const tagged = positions.filter((position) => questions[position].tags?.includes(word));
      const mentioning = positions.filter((position) => !wordsIn(questions[position], 'title+tags').has(word));
      expect(tagged.length).to.be.greaterThan(1);
      expect(mentioning.length).to.be.greaterThan(0);
      const lastTagged = Math.max(...tagged.map((position) => positions.indexOf(position)));
      const firstMention = Math.min(...mentioning.map((position) => positions.indexOf(position)));
      expect(lastTagged).to.be.lessThan(firstMention);
    });
  }

  it('completes the word being typed, and stops once a space ends it', () => {
    const typing = index.search('sever');
    expect(idsOf(typing)).to.include.members(['negotiate-severance-instead-of-pip', 'terminated-after-failing-pip']);
    expect([...typing.matchedWords]).to.include('severance');

    // Not "sever ": Porter gives "sever", "several" and "severance" one stem, so they match as word forms.
    const typed = index.search('negot');
    expect([...typed.matchedWords]).to.include('negotiation');
    expect(idsOf(typed)).to.include('negotiate-severance-instead-of-pip');
    const complete = index.search('negot ');
    expect([...complete.matchedWords]).not.to.include('negotiation');
    expect(idsOf(complete)).not.to.include('negotiate-severance-instead-of-pip');
  });

  it('needs two letters before completing a word', () => {
    const result = index.search('vi');
    expect(idsOf(result)).to.include('h1b-visa-and-a-pip');
    expect([...result.matchedWords]).to.include('visa');
  });

  it('requires every word (or another form of it) when some question has them all', () => {
    const result = QuestionIndex.buildSync(questions, { builtinSynonyms: false }).search('severance termination');
    expect(idsOf(result)[0]).to.equal('terminated-after-failing-pip');
    for (const position of result.order) {
      const words = [...wordsIn(questions[position], 'all')];
      expect(words.includes('severance') && words.some((word) => word.startsWith('termin')), questions[position].id).to.equal(true);
    }
  });

  it('falls back to any word, ranked by how many matched, when no question has them all', () => {
    const both = questions.filter((question) => {
      const words = wordsIn(question, 'all');
      return words.has('promotion') && words.has('visa');
    });
    expect(both).to.have.length(0);
    const result = index.search('promotion visa ');
    expect(idsOf(result).slice(0, 2)).to.have.members(['success-story-pip-to-promotion', 'h1b-visa-and-a-pip']);
    for (const position of result.order) {
      const words = wordsIn(questions[position], 'all');
      expect([...result.matchedWords].some((word) => words.has(word)), questions[position].id).to.equal(true);
    }
  });

  it('finds a query of stopwords only as a phrase in titles', () => {
    const result = index.search('What should I');
    const expected = questions.filter((question) => ` ${normalize(question.title).match(/[\p{L}\p{N}]+/gu)!.join(' ')} `.includes(' what should i '));
    expect(expected.length).to.be.greaterThan(1);
    expect(idsOf(result)).to.have.members(expected.map((question) => question.id));
    expect([...result.matchedWords]).to.include.members(['what', 'should', 'i']);

    const typing = index.search('what should i b');
    expect(idsOf(typing)).to.deep.equal(['weekly-check-ins-what-to-bring']);
    expect([...typing.matchedWords]).to.include('bring');
  });

  it('drops stopwords from queries that have other words', () => {
    expect(index.search('how do I negotiate the severance').order).to.deep.equal(index.search('negotiate severance').order);
  });

  for (const query of ['', ' ', '   \t\n', '!?', '-- * ...']) {
    it(`returns nothing for the empty query ${JSON.stringify(query)}`, () => {
      const result = index.search(query);
      expect(result.order).to.deep.equal([]);
      expect(result.matchedWords.size).to.equal(0);
    });
  }

  it('finds nothing for a word nowhere near the vocabulary', () => {
    expect(index.search('xylophonequartz').order).to.deep.equal([]);
  });

  it('reads as much of a query as the feed sends', () => {
    expect(MAX_QUERY_LENGTH).to.equal(FEED_MAX_QUERY_LENGTH);
  });

  it(`ignores what comes after ${MAX_QUERY_LENGTH} characters`, () => {
    const long = `severance${' '.repeat(MAX_QUERY_LENGTH)}visa`;
    expect(index.search(long).order).to.deep.equal(index.search('severance ').order);
  });

  // Bounded work: a 5,000-character query costs what its first characters cost, since the rest is never read.
  it('answers a 5,000-character query as it answers its first characters', () => {
    for (const query of ['severance '.repeat(500), 'a'.repeat(5000), 'é'.repeat(5000), 'x-'.repeat(2500), '👍🏽'.repeat(1250)]) {
      const result = index.search(query);
      expectValidOrder(result);
      expect(result.order, query.slice(0, 20)).to.deep.equal(index.search(query.slice(0, MAX_QUERY_LENGTH)).order);
    }
  });

  const naughty = [
    '\u0000',
    '\u0000severance',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '👍🏽',
    '👍🏽 visa',
    'ÅÍÎÏ˝ÓÔ',
    '%s%s%s',
    '{0}',
    '(){}[]',
    '\\',
    '\\d+.*$^',
    "'; DROP TABLE questions; --",
    '"',
    "'",
    '-',
    '--',
    '---h-1b---',
    "manager's",
    '__proto__',
    'constructor',
    'hasOwnProperty toString',
    'null undefined NaN',
    '\u202eplan',
    '\ud800',
    '\udfff\ud800severance',
    'ﷺ',
    '𝕿𝖍𝖊 𝖕𝖑𝖆𝖓',
    'Ω≈ç√∫˜µ≤≥÷',
    '١٢٣ ٤٥٦',
    '田中さんにあげて下さい',
    'זה אחד',
    'z'.repeat(33),
    'severance'.repeat(4),
    '1e309',
    '-1',
    '0x0',
  ];
  it('never throws on naughty strings, and answers only with valid, distinct indices', () => {
    for (const query of naughty) {
      for (const variant of [query, `${query} `, `severance ${query}`, `${query} visa`]) {
        const result = index.search(variant);
        expectValidOrder(result);
      }
    }
  });

  it('answers any query with valid, distinct indices', () => {
    const queries = ['pip', 'manager', 'plan', 'a', 'pi', 'manager feedback plan hr severance visa termination interview sleep'];
    for (const query of queries) expectValidOrder(index.search(query));
  });

  it('breaks ties by likes, then by bundle order', () => {
    const same = (n: number, likes?: number): Question => ({ id: `q-${n}`, title: 'Visa questions', body: '', likes });
    const tied = QuestionIndex.buildSync([same(0, 1), same(1, 5), same(2), same(3, 5)]);
    expect(tied.search('visa').order).to.deep.equal([1, 3, 0, 2]);
  });

  it('takes bodies a word or two apart in length as equally long, so that likes rank them', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `filler${String.fromCharCode(97 + (i % 26))}`).join(' ');
    const asked = (n: number, length: number, likes: number): Question => ({ id: `q-${n}`, title: `Question ${n}`, body: `severance ${words(length - 1)}`, likes });
    const close = QuestionIndex.buildSync([asked(0, 40, 1), asked(1, 41, 9)]);
    expect(close.search('severance').order).to.deep.equal([1, 0]);
    // A body twice as long is still worth less.
    const apart = QuestionIndex.buildSync([asked(0, 40, 1), asked(1, 80, 9)]);
    expect(apart.search('severance').order).to.deep.equal([0, 1]);
  });

  it('ranks a title holding the whole query phrase first', () => {
    const titled = (n: number, title: string, likes: number): Question => ({ id: `q-${n}`, title, body: '', likes });
    const small = QuestionIndex.buildSync([
      titled(0, 'Leave for medical reasons', 100),
      titled(1, 'Medical leave: two questions', 0),
      titled(2, 'Medical records', 50),
    ]);
    // Both titles hold both words; only one holds them as the phrase, and it wins despite fewer likes.
    expect(small.search('medical leave').order).to.deep.equal([1, 0]);
    expect(small.search('leave medical').order).to.deep.equal([0, 1]);
    // While the last word is typed, the phrase is matched up to it.
    expect(small.search('medical lea').order[0]).to.equal(1);
  });

  it('waits for a second letter before a word being typed joins the phrase', () => {
    const titled = (n: number, title: string, likes: number): Question => ({ id: `q-${n}`, title, body: '', likes });
    const small = QuestionIndex.buildSync([titled(0, 'Letters on medical', 100), titled(1, 'Medical leave for surgery', 0)]);
    expect(small.search('medical le').order).to.deep.equal([1, 0]);
    // One letter could start almost anything: the results stay those of the words before it.
    expect(small.search('medical l').order).to.deep.equal(small.search('medical ').order);
    expect(small.search('medical l').order).to.deep.equal([0, 1]);
  });

  it('gives no phrase bonus to stopwords and a word being typed, only to a phrase with a whole word', () => {
    const titled = (n: number, title: string, likes: number): Question => ({ id: `q-${n}`, title, body: '', likes });
    const small = QuestionIndex.buildSync([titled(0, 'What about a long wait', 100), titled(1, 'How long is a plan', 0)]);
    // "how lo" says little more than "lo": ties go to likes.
    expect(small.search('how lo').order).to.deep.equal([0, 1]);
    expect(small.search('how long ').order).to.deep.equal([1, 0]);
  });

  it('weighs where a word is: title, tags, author, body, answers', () => {
    const small = QuestionIndex.buildSync([
      { id: 'answers', title: 'One', body: '', answers: [{ id: 'a', body: 'Ask about calibration.' }] },
      { id: 'body', title: 'Two', body: 'Ask about calibration.' },
      { id: 'author', title: 'Three', body: '', author: { company: 'Calibration Labs' } },
      { id: 'tags', title: 'Four', body: '', tags: ['calibration'] },
      { id: 'title', title: 'Calibration', body: '' },
    ]);
    expect(small.search('calibration').order).to.deep.equal([4, 3, 2, 1, 0]);
  });

  it('ignores link targets in bodies, but not link text', () => {
    const small = QuestionIndex.buildSync([
      { id: 'link', title: 'One', body: 'See the [Department of Labor](https://www.dol.gov/agencies/whd) pages.' },
    ]);
    expect(small.search('labor').order).to.deep.equal([0]);
    expect(small.search('agencies').order).to.deep.equal([]);
    expect(small.search('whd').order).to.deep.equal([]);
  });
});

describe('highlightSegments', () => {
  const joined = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');
  const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

  it('gives back every character of the text', () => {
    const matched = new Set(['severance', 'visa', 'h1b', 'pip', 'resume']);
    for (const text of [...questions.map((question) => question.title), ...['', ' ', 'Résumé', 'Re\u0301sume\u0301!', '👍🏽 PIP 👍🏽', '\ud800pip\u0000', "H-1B's visa--pip", '  two  spaces  ']]) {
      expect(joined(highlightSegments(text, matched))).to.equal(text);
    }
  });

  it('marks matched words whatever their case and accents', () => {
    const segments = highlightSegments('Résumé gap, RESUME and re\u0301sume\u0301!', new Set(['resume']));
    expect(marked(segments)).to.deep.equal(['Résumé', 'RESUME', 're\u0301sume\u0301']);
    expect(segments[0]).to.deep.equal({ text: 'Résumé', match: true });
    expect(segments[1]).to.deep.equal({ text: ' gap, ', match: false });
  });

  it('marks a joined word whole when it matched as one, else its matched parts', () => {
    expect(marked(highlightSegments("I'm on an H-1B visa", new Set(['h1b', 'visa'])))).to.deep.equal(['H-1B', 'visa']);
    expect(marked(highlightSegments("My manager's feedback", new Set(['manager'])))).to.deep.equal(['manager']);
    expect(marked(highlightSegments('a stack-rank curve', new Set(['rank'])))).to.deep.equal(['rank']);
  });

  it('marks nothing for an empty set', () => {
    expect(highlightSegments('Severance pay', new Set())).to.deep.equal([{ text: 'Severance pay', match: false }]);
  });
});

describe('QuestionIndex.build', () => {
  const queries = [
    'severance',
    'severence',
    'h1b vissa',
    'stak rank',
    'sever',
    'what should i',
    'severance visa',
    'medicl leave',
    'manager',
    'pi',
  ];

  it('gives the same results as buildSync()', async () => {
    const built = await QuestionIndex.build(questions);
    expect(built.size).to.equal(index.size);
    for (const query of queries) {
      const a = built.search(query);
      const b = index.search(query);
      expect(a.order, query).to.deep.equal(b.order);
      expect([...a.matchedWords].sort(), query).to.deep.equal([...b.matchedWords].sort());
    }
  });

  it('works in slices, pausing as the caller says between them', async () => {
    const global = globalThis as { scheduler?: unknown };
    const original = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
    const priorities: string[] = [];
    global.scheduler = {
      postTask: (task: () => void, options: { priority: string }) => (priorities.push(options.priority), Promise.resolve(task())),
    };
    try {
      // The feed's source pauses with yieldToPage.
      const built = await QuestionIndex.build(questions, { sliceMs: 0, pause: yieldToPage });
      expect(priorities.length).to.be.at.least(questions.length);
      // Background: the page's own work, and painting the first cards, always go first.
      expect(new Set(priorities)).to.deep.equal(new Set(['background']));
      expect(built.search('severence').order).to.deep.equal(index.search('severence').order);
      // Without scheduler.postTask (older browsers), a timeout yields instead; without a pause
      // of the caller's, too.
      global.scheduler = undefined;
      expect((await QuestionIndex.build(questions, { sliceMs: 0, pause: yieldToPage })).search('visa').order).to.deep.equal(
        index.search('visa').order,
      );
      const fallback = await QuestionIndex.build(questions, { sliceMs: 0 });
      expect(fallback.search('visa').order).to.deep.equal(index.search('visa').order);
    } finally {
      if (original) Object.defineProperty(globalThis, 'scheduler', original);
      else delete global.scheduler;
    }
  });

  it('rejects with the reason when the signal is already aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('bundle replaced');
    controller.abort(reason);
    let caught: unknown;
    await QuestionIndex.build(questions, { signal: controller.signal }).catch((error: unknown) => (caught = error));
    expect(caught).to.equal(reason);
  });

  it('rejects with the reason when aborted while building', async () => {
    const controller = new AbortController();
    const building = QuestionIndex.build(questions, { signal: controller.signal, sliceMs: 0 });
    controller.abort();
    let caught: unknown;
    await building.catch((error: unknown) => (caught = error));
    expect(caught).to.be.instanceOf(DOMException);
    expect((caught as DOMException).name).to.equal('AbortError');
    expect(caught).to.equal(controller.signal.reason);
  });

  it('indexes an empty list', async () => {
    for (const empty of [QuestionIndex.buildSync([]), await QuestionIndex.build([])]) {
      expect(empty.size).to.equal(0);
      expect(empty.search('severance').order).to.deep.equal([]);
      expect(empty.search('what').order).to.deep.equal([]);
    }
  });
});
