import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_QUERY_LENGTH, normalize, QuestionIndex, type SearchResult } from '../../src/search/index.js';
import english from '../../src/search/languages/en.js';
import { parseBundle } from '../../src/content/assembler.js';
import type { Question } from '../../src/content/schema.js';
import { plainText, question, VOCABULARY } from './arbitraries.js';

type QuestionInput = ReturnType<typeof question> extends fc.Arbitrary<infer Q> ? Q : never;

/** Titles long enough to pass the 100-character query cap now and then. */
const longTitle = () =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: plainText() }), {
      minLength: 10,
      maxLength: 25,
    })
    .map((words) => words.join(' '));

/**
 * Titles whose first 100 characters (the query cap) hold only short words and stopwords, some in
 * other planes ("𝐀", "𠮷"), before a word that counts: the cap then decides what is searched.
 */
const paddedTitle = () =>
  fc
    .tuple(
      fc.array(fc.constantFrom('a', 'I', 'the', 'to', 'of', 'x', 'xy', '𝐀', '𠮷', 'a𝐀', '-', '🎉'), { minLength: 30, maxLength: 70 }),
      fc.constantFrom(' ', ''),
      fc.constantFrom('severance', 'résumé', 'Überstunden', '日本語'),
    )
    .map(([filler, separator, word]) => `${filler.join(separator)} ${word}`);

/**
 * The same, with a word glued to a letter from another plane ("x𝐀") placed across the query cap,
 * so the cap falls inside that letter now and then.
 */
const capEdgeTitle = () =>
  fc
    .tuple(
      fc.array(fc.constantFrom('a', 'I', 'the', 'to', 'of', 'x', '𝐀', '🎉', '-'), { minLength: 30, maxLength: 50 }),
      fc.constantFrom('x𝐀', 'xy𝐀', 'ab𠮷c', '𝐀𝐁', 'é𝐀'),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom('severance', 'résumé', '日本語'),
    )
    .map(([filler, glued, shift, word]) => {
      const start = MAX_QUERY_LENGTH - 1 - glued.search(/[\uD800-\uDBFF]/) - shift;
      const head = `${filler.join(' ')}${' a'.repeat(MAX_QUERY_LENGTH)}`.slice(0, start - 1);
      return `${head} ${glued} ${word}`;
    });

/** Valid questions, as the feed gets them: through parseBundle. */
const validQuestions = (maxLength = 10): fc.Arbitrary<Question[]> =>
  fc
    .uniqueArray(
      fc.tuple(question(), fc.option(fc.oneof(longTitle(), paddedTitle(), capEdgeTitle()), { freq: 3, nil: undefined })).map(
        ([entry, title]): QuestionInput => (title === undefined ? entry : { ...entry, title }),
      ),
      { selector: (entry) => entry.id, minLength: 1, maxLength },
    )
    .map((questions) => parseBundle({ version: 1, questions }).questions!);

/** What a question is found by: every word of every field the index reads, as written. */
function wordsOf(question: Question): string[] {
  const texts = [question.title, question.body, ...(question.tags ?? [])];
  const { name, level, role, company } = question.author ?? {};
  texts.push(name ?? '', level ?? '', role ?? '', company ?? '');
  for (const answer of question.answers ?? []) texts.push(answer.body, answer.author?.name ?? '');
  return texts.flatMap((text) => text.match(/[\p{L}\p{N}\p{M}'’_-]+/gu) ?? []);
}

type Typo = 'none' | 'delete' | 'insert' | 'replace' | 'swap' | 'double' | 'upper' | 'strip-accents' | 'cut';

interface WordPlan {
  pick: number;
  typo: Typo;
  at: number;
  char: string;
}

const wordPlan = (): fc.Arbitrary<WordPlan> =>
  fc.record({
    pick: fc.nat(),
    typo: fc.constantFrom<Typo>('none', 'delete', 'insert', 'replace', 'swap', 'double', 'upper', 'strip-accents', 'cut'),
    at: fc.nat(),
    char: fc.oneof(fc.stringMatching(/^[a-z]$/), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
  });

function misspell(word: string, { typo, at, char }: WordPlan): string {
  const chars = Array.from(word);
  const i = at % Math.max(chars.length, 1);
  switch (typo) {
    case 'none':
      return word;
    case 'delete':
      chars.splice(i, 1);
      break;
    case 'insert':
      chars.splice(i, 0, char);
      break;
    case 'replace':
      chars[i] = char;
      break;
    case 'swap':
      if (chars.length > 1) [chars[i], chars[(i + 1) % chars.length]] = [chars[(i + 1) % chars.length], chars[i]];
      break;
    case 'double':
      chars.splice(i, 0, chars[i] ?? '');
      break;
    case 'upper':
      return word.toUpperCase();
    case 'strip-accents':
      return word.normalize('NFD').replace(/\p{M}/gu, '');
    case 'cut':
      return chars.slice(0, i + 1).join('');
  }
  return chars.join('');
}

/** A query someone might type about these questions: their words, misspelled, in any order. */
const typedQuery = (questions: Question[]) =>
  fc
    .tuple(fc.array(wordPlan(), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '  ', ', ', '-', "'", ' / '), fc.constantFrom('', ' ', '?'))
    .map(([plans, separator, end]) => {
      const words = questions.flatMap(wordsOf);
      if (words.length === 0) return 'nothing';
      return plans.map((plan) => misspell(words[plan.pick % words.length], plan)).join(separator) + end;
    });

/** Any query: unicode of all kinds, very long ones, or the questions' own words with typos. */
const anyQuery = (questions: Question[]) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'e', ' ', '-', "'", '*', 'é', '\u0301', 'ß', '𝐀'), maxLength: 300 }) },
    { weight: 4, arbitrary: typedQuery(questions) },
  );

const questionsWithQueries = (queries = 6) =>
  validQuestions().chain((questions) =>
    fc.record({ questions: fc.constant(questions), queries: fc.array(anyQuery(questions), { minLength: 1, maxLength: queries }) }),
  );

function expectValidResult(result: SearchResult, size: number, query: string) {
  const where = `for ${JSON.stringify(query)}`;
  expect(new Set(result.order).size, `duplicates in ${JSON.stringify(result.order)} ${where}`).to.equal(result.order.length);
  for (const position of result.order) {
    expect(Number.isInteger(position) && position >= 0 && position < size, `index ${position} of ${size} ${where}`).to.equal(true);
  }
  expect(result.matchedWords, `matchedWords ${where}`).to.be.instanceOf(Set);
  for (const word of result.matchedWords) expect(word, `matched word ${where}`).to.be.a('string');
}

const plain = (result: SearchResult) => ({ order: result.order, matchedWords: [...result.matchedWords].sort() });

/** Words the index keeps and a query looks up: 3 letters or more, not a stopword. */
function significantWords(title: string): string[] {
  return (normalize(title).match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => (word.match(/\p{L}/gu) ?? []).length >= 3 && !english.stopwords.includes(word),
  );
}

describe('property: QuestionIndex.search', () => {
  it('never throws, and gives each matching question once, in range, whatever the query', () => {
    fc.assert(
      fc.property(questionsWithQueries(), ({ questions, queries }) => {
        const index = QuestionIndex.buildSync(questions);
        expect(index.size).to.equal(questions.length);
        for (const query of queries) expectValidResult(index.search(query), questions.length, query);
        // Caches never change an answer: a fresh index, asked last query first, agrees.
        const fresh = QuestionIndex.buildSync(questions);
        for (const query of [...queries].reverse()) expect(plain(fresh.search(query)), JSON.stringify(query)).to.deep.equal(plain(index.search(query)));
      }),
      { numRuns: 150, includeErrorInReport: true },
    );
  });

  it("finds a question by its exact title", () => {
    fc.assert(
      fc.property(validQuestions(), fc.nat(), (questions, pick) => {
        const target = pick % questions.length;
        const { title } = questions[target];
        fc.pre(significantWords(title).length > 0);
        const index = QuestionIndex.buildSync(questions);
        const result = index.search(title);
        expectValidResult(result, questions.length, title);
        expect(result.order, `search(${JSON.stringify(title)}) misses questions[${target}]`).to.include(target);
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  });

  it('build() in time slices gives the same answers as buildSync()', async function () {
    this.timeout(30000);
    await fc.assert(
      fc.asyncProperty(questionsWithQueries(10), fc.constantFrom(0, 0.05, 1), async ({ questions, queries }, sliceMs) => {
        const sliced = await QuestionIndex.build(questions, { sliceMs });
        const whole = QuestionIndex.buildSync(questions);
        expect(sliced.size).to.equal(whole.size);
        for (const query of [...queries, ...questions.map((q) => q.title)]) {
          expect(plain(sliced.search(query)), JSON.stringify(query)).to.deep.equal(plain(whole.search(query)));
        }
      }),
      { numRuns: 12, includeErrorInReport: true },
    );
  });
});
