/**
 * fast-check arbitraries for content bundles that follow shared/content-bundle-v1.md exactly,
 * and for random damage done to them. Shared by the property tests in this folder.
 */
import fc from 'fast-check';
import type { ContentBundleInput } from '../../src/content/schema.js';
import { hasVisibleCharacter } from '../../src/content/text.js';

type QuestionInput = NonNullable<ContentBundleInput['questions']>[number];
type AnswerInput = NonNullable<QuestionInput['answers']>[number];
type AuthorInput = NonNullable<QuestionInput['author']>;
type CourseInput = NonNullable<ContentBundleInput['course']>;
type SectionInput = CourseInput['sections'][number];
type LessonInput = SectionInput['lessons'][number];
type ChecklistInput = NonNullable<ContentBundleInput['checklist']>;
type ItemInput = ChecklistInput['items'][number];
type LevelInput = NonNullable<ChecklistInput['levels']>[number];

// ---- scalars ----------------------------------------------------------------------------------

/** `[a-z0-9_-]{1,120}`, mostly short: ids the format allows, including "-", "_" and digits first. */
export const id = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_-]{1,12}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9_-]{100,120}$/, { maxLength: 120 }) },
    { weight: 1, arbitrary: fc.constantFrom('-', '_', '0', 'a', '--', '9_9', 'x'.repeat(120)) },
  );

/** Words a real bundle has (so searches meet them again), with joiners, accents and other scripts. */
export const VOCABULARY = [
  'performance', 'improvement', 'plan', 'severance', 'manager', 'feedback', 'review', 'rating',
  'goals', 'termination', 'lawyer', 'negotiate', 'coworker', 'meeting', 'weekly', 'written',
  'résumé', 'Überstunden', 'naïve', 'façade', 'H-1B', 'check-in', "manager's", 'stack-rank',
  'PTO', '401k', 'HR', 'I', 'a', 'the', 'what', 'should', 'do', 'after', 'before', "don't",
  '日本語', 'привет', 'مرحبا', 'ﬁle', 'Ｈ-1Ｂ', 'İstanbul', 'STRASSE', 'straße', '🎉', '👩‍💻',
  'e\u0301te\u0301', '𝐀𝐁𝐂', 'ǅemal',
];

const word = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{1,10}$/) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  );

const sentence = (maxWords = 8): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(word(), { minLength: 1, maxLength: maxWords }), fc.constantFrom('', '?', '.', '!', ' …', '  '))
    .map(([words, end]) => words.join(' ') + end);

/** Plain text: a string with at least one visible character (src/content/text.ts), any unicode. */
export const plainText = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 5, arbitrary: sentence() },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', ' padded ', '\tx\n', '0') },
    )
    .filter(hasVisibleCharacter);

const https = (): fc.Arbitrary<string> => fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true });

const relative = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('', '/', './', '../'),
      fc.array(fc.stringMatching(/^[a-z0-9._~-]{1,10}$/), { minLength: 1, maxLength: 3 }),
      fc.option(fc.stringMatching(/^\?[a-z0-9=&]{0,10}$/), { nil: '' }),
      fc.option(fc.stringMatching(/^#[a-z0-9-]{0,10}$/), { nil: '' }),
    )
    .map(([start, segments, query, fragment]) => start + segments.join('/') + query + fragment);

/** A URL field: https or relative only. */
export const url = (): fc.Arbitrary<string> => fc.oneof(https(), relative(), fc.constantFrom('#top', '?page=2', 'lesson.html'));

/** A rich-text link target the format allows. */
const linkTarget = (): fc.Arbitrary<string> =>
  fc.oneof(url(), fc.constantFrom('http://example.com/a', 'mailto:hr@example.com', 'HTTPS://EXAMPLE.COM'));

const inline = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: word() },
    { weight: 1, arbitrary: word().map((w) => `**${w}**`) },
    { weight: 1, arbitrary: word().map((w) => `*${w}*`) },
    { weight: 1, arbitrary: word().map((w) => `\`${w}\``) },
    { weight: 1, arbitrary: fc.tuple(word(), linkTarget()).map(([w, target]) => `[${w}](${target})`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('***', '*****', '\\*', '**', '`', '[', '](', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '**a *b* c**'),
    },
  );

const richLine = (): fc.Arbitrary<string> => fc.array(inline(), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const listBlock = (): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom('', '', '  ', '    ', '\t'), fc.constantFrom('- ', '* ', '1. ', '2) ', '10. '), richLine()), {
      minLength: 1,
      maxLength: 5,
    })
    .map((items) => items.map(([indent, marker, text]) => indent + marker + text).join('\n'));

/** Rich text: Markdown paragraphs and (nested) lists, or any string at all. */
export const richText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(fc.oneof(richLine(), listBlock()), { maxLength: 4 }).map((blocks) => blocks.join('\n\n')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  );

const dateRange = { min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true };

/** ISO 8601 dates, also date-times, and calendar-impossible days the pattern allows (2026-02-31). */
export const isoDate = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.date(dateRange).map((date) => date.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.date(dateRange).map((date) => date.toISOString()) },
    { weight: 1, arbitrary: fc.stringMatching(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/) },
  );

/** Whole numbers from 0; the schema takes safe integers. */
export const count = (): fc.Arbitrary<number> => fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 5000 }) }, { weight: 1, arbitrary: fc.maxSafeNat() });

/** Any finite number greater than 0. */
const minutes = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 240 }) },
    { weight: 1, arbitrary: fc.double({ min: 0, minExcluded: true, max: 1e4, noNaN: true }) },
    { weight: 1, arbitrary: fc.double({ min: 0, minExcluded: true, noNaN: true, noDefaultInfinity: true }) },
  );

// ---- structures -------------------------------------------------------------------------------

export const author = (): fc.Arbitrary<AuthorInput> =>
  fc.record(
    { name: plainText(), level: plainText(), role: plainText(), company: plainText(), avatarUrl: url() },
    { requiredKeys: [] },
  );

export const answer = (): fc.Arbitrary<AnswerInput> =>
  fc.record(
    { id: id(), body: richText(), author: author(), createdAt: isoDate(), likes: count() },
    { requiredKeys: ['id', 'body'] },
  );

export const question = (): fc.Arbitrary<QuestionInput> =>
  fc.record(
    {
      id: id(),
      title: plainText(),
      body: richText(),
      author: author(),
      tags: fc.array(plainText(), { maxLength: 4 }),
      createdAt: isoDate(),
      likes: count(),
      url: url(),
      answers: fc.uniqueArray(answer(), { selector: (a) => a.id, maxLength: 3 }),
      // Not in the format: ignored, as the format says.
      views: fc.nat(),
    } as Record<string, fc.Arbitrary<unknown>>,
    { requiredKeys: ['id', 'title', 'body'] },
  ) as fc.Arbitrary<QuestionInput>;

export const questions = (maxLength = 8): fc.Arbitrary<QuestionInput[]> =>
  fc.uniqueArray(question(), { selector: (q) => q.id, maxLength });

const lesson = (): fc.Arbitrary<LessonInput> =>
  fc.record(
    {
      id: id(),
      title: plainText(),
      kind: fc.constantFrom('article' as const, 'video' as const, 'exercise' as const),
      minutes: minutes(),
      url: url(),
      summary: richText(),
      preview: fc.boolean(),
    },
    { requiredKeys: ['id', 'title'] },
  );

const sectionHead = (): fc.Arbitrary<{ id: string; title: string }> => fc.record({ id: id(), title: plainText() });

/**
 * Sections with unique ids, each with at least one lesson, lesson ids unique across the course:
 * unique lessons are dealt to the sections (one each first, the rest where `places` says).
 */
const sections = (): fc.Arbitrary<SectionInput[]> =>
  fc
    .tuple(
      fc.uniqueArray(sectionHead(), { selector: (s) => s.id, minLength: 1, maxLength: 4 }),
      fc.uniqueArray(lesson(), { selector: (l) => l.id, minLength: 1, maxLength: 10 }),
      fc.array(fc.nat(), { maxLength: 10 }),
    )
    .map(([heads, lessons, places]) => {
      const shown = heads.slice(0, Math.min(heads.length, lessons.length));
      const result: SectionInput[] = shown.map((head, index) => ({ ...head, lessons: [lessons[index]] }));
      lessons.slice(shown.length).forEach((extra, index) => result[(places[index] ?? 0) % result.length].lessons.push(extra));
      return result;
    });

export const course = (): fc.Arbitrary<CourseInput> =>
  fc.record(
    {
      id: id(),
      title: plainText(),
      summary: richText(),
      url: url(),
      likes: count(),
      instructor: fc.record({ name: plainText(), bio: richText(), avatarUrl: url() }, { requiredKeys: ['name'] }),
      sections: sections(),
    },
    { requiredKeys: ['id', 'title', 'sections'] },
  );

const item = (): fc.Arbitrary<ItemInput> =>
  fc.record(
    { id: id(), text: plainText(), weight: fc.integer({ min: 1, max: 5 }), category: plainText(), advice: richText() },
    { requiredKeys: ['id', 'text'] },
  );

const level = (): fc.Arbitrary<LevelInput> =>
  fc.record(
    { min: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), label: plainText(), advice: richText() },
    { requiredKeys: ['min', 'label'] },
  );

export const checklist = (): fc.Arbitrary<ChecklistInput> =>
  fc.record(
    {
      id: id(),
      title: plainText(),
      intro: richText(),
      // Categories from a few values, so items really group.
      items: fc.uniqueArray(
        fc.tuple(item(), fc.option(fc.constantFrom('Reviews', 'Manager', 'Workload'), { nil: undefined })).map(([entry, category]) =>
          category === undefined || entry.category !== undefined ? entry : { ...entry, category },
        ),
        { selector: (entry) => entry.id, minLength: 1, maxLength: 8 },
      ),
      levels: fc.array(level(), { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['id', 'title', 'items'] },
  );

const topic = () =>
  fc.record({ id: id(), title: plainText(), about: richText() }, { requiredKeys: ['id', 'title'] });

/** A bundle the format calls valid. Every section is optional, so each is left out now and then. */
export const validBundle = (): fc.Arbitrary<ContentBundleInput> =>
  fc.record(
    {
      version: fc.constant(1 as const),
      topic: topic(),
      questions: questions(),
      course: course(),
      checklist: checklist(),
      // Not in the format: ignored.
      $schema: fc.constant('https://example.com/content-bundle.schema.json'),
    } as Record<string, fc.Arbitrary<unknown>>,
    { requiredKeys: ['version'] },
  ) as fc.Arbitrary<ContentBundleInput>;

// ---- mutations --------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete-required'; at: number }
  | { kind: 'inject'; at: number; key: '__proto__' | 'constructor' | 'prototype'; value: unknown };

/** What each object of a bundle must have, by its place (list positions written `[]`). */
const REQUIRED = new Map<string, string[]>(Object.entries({
  '': ['version'],
  topic: ['id', 'title'],
  'questions[]': ['id', 'title', 'body'],
  'questions[].answers[]': ['id', 'body'],
  course: ['id', 'title', 'sections'],
  'course.instructor': ['name'],
  'course.sections[]': ['id', 'title', 'lessons'],
  'course.sections[].lessons[]': ['id', 'title'],
  checklist: ['id', 'title', 'items'],
  'checklist.items[]': ['id', 'text'],
  'checklist.levels[]': ['min', 'label'],
}));

const pattern = (path: Path) =>
  path.map((key, index) => (typeof key === 'number' ? '[]' : index === 0 ? key : `.${key}`)).join('');

export const formatPath = (path: Path) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('') || '(top level)';

/** Every place in a JSON value, the root first. */
function places(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((entry, index) => places(entry, [...path, index], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) places(value[key], [...path, key], out);
  return out;
}

function get(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], root);
}

/** A JSON value of any kind, including the awkward ones. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -0, -1, 1.5, 2, 6, 101, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u00a0', 'javascript:alert(1)', '//evil.example', 'a b', 'UPPER', '2026-13-45', 'x'.repeat(121)) },
    { weight: 1, arbitrary: fc.constantFrom([], {}, [null], { id: 'x' }, [{}], { polluted: 'yes' }) },
  );

export const mutation = (): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyJson() }),
    fc.record({ kind: fc.constant('delete-required' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('inject' as const),
      at: fc.nat(),
      key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const),
      value: fc.oneof(fc.constant({ polluted: 'yes' }), fc.constant({ prototype: { polluted: 'yes' } }), anyJson()),
    }),
  );

/**
 * A copy of `bundle` (as JSON: what a server sends) with the mutations applied, and what was done,
 * in words, for a readable counterexample. Injected keys are own properties, as JSON.parse makes them.
 */
export function mutate(bundle: unknown, mutations: readonly Mutation[]): { bundle: unknown; done: string[] } {
  let root = JSON.parse(JSON.stringify(bundle)) as Json;
  const done: string[] = [];
  for (const change of mutations) {
    const all = places(root);
    if (change.kind === 'replace') {
      const path = all[change.at % all.length];
      const value = structuredClone(change.value) as Json;
      done.push(`replace ${formatPath(path)} with ${JSON.stringify(value)}`);
      if (path.length === 0) root = value;
      else (get(root, path.slice(0, -1)) as Record<string | number, Json>)[path[path.length - 1]] = value;
    } else if (change.kind === 'delete-required') {
      const keys = all.flatMap((path) => {
        const node = get(root, path);
        if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
        return (REQUIRED.get(pattern(path)) ?? []).filter((key) => Object.hasOwn(node, key)).map((key) => [...path, key]);
      });
      if (keys.length === 0) continue;
      const path = keys[change.at % keys.length];
      done.push(`delete ${formatPath(path)}`);
      delete (get(root, path.slice(0, -1)) as Record<string, Json>)[path[path.length - 1] as string];
    } else {
      const objects = all.filter((path) => {
        const node = get(root, path);
        return node !== null && typeof node === 'object' && !Array.isArray(node);
      });
      if (objects.length === 0) continue;
      const path = objects[change.at % objects.length];
      done.push(`inject ${formatPath([...path, change.key])} = ${JSON.stringify(change.value)}`);
      Object.defineProperty(get(root, path), change.key, {
        value: structuredClone(change.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return { bundle: root, done };
}

export const mutatedBundle = (): fc.Arbitrary<{ bundle: unknown; done: string[] }> =>
  fc.tuple(validBundle(), fc.array(mutation(), { minLength: 1, maxLength: 3 })).map(([bundle, mutations]) => mutate(bundle, mutations));
