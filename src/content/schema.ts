/**
 * The content bundle, format version 1 (`shared/content-bundle-v1.md`), as one zod schema: the
 * single source of the TypeScript types, the runtime validation and the exported JSON Schema.
 *
 * zod/mini rather than classic zod: the same engine at a fraction of the size, which the
 * script-tag build's budget needs. For the same reason rules are plain refinements (see `rule`)
 * rather than zod's own checks (regex, int, gte, minLength, literal, enum), whose classes add more
 * (bench/README.md has the sizes).
 */
import * as z from 'zod/mini';
import { formatPath } from './errors.js';
import { VISIBLE_CHARACTER } from './text.js';
import { isAllowedUrl } from './url.js';
import { hidePrototypeAdditions } from '../internal/prototypes.js';

// zod's compiled fast path probes `new Function`, a violation under a CSP without 'unsafe-eval'.
// zod/mini leaves that path out today; the flag keeps it out if a schema ever brings it back.
z.config({ jitless: true });

// zod throws while building a schema on a page that added enumerable members to Object.prototype,
// and reads them while parsing: both happen with those hidden (see internal/prototypes.ts).
const showPrototypeAdditions = hidePrototypeAdditions();

type Issue = z.core.$ZodRawIssue;

const whenMissing = (expected: string) => (issue: Issue) =>
  issue.input === undefined ? `missing (${expected})` : expected;

/**
 * Each rule's JSON Schema form, by its check: scripts/write-json-schema.mjs merges it into
 * `dist/content-bundle.schema.json`, where a refinement alone would say nothing.
 */
export const jsonSchemaOf = new WeakMap<object, Record<string, unknown>>();

/** `schema` that must also pass `test` (else `error`), written `json` in JSON Schema. */
function rule<Schema extends z.ZodMiniType>(
  schema: Schema,
  test: (value: z.output<Schema>) => boolean,
  error: string,
  json: Record<string, unknown>,
): Schema {
  const check = z.refine<z.output<Schema>>(test, { error });
  jsonSchemaOf.set(check, json);
  return schema.check(check);
}

const matching = (pattern: RegExp, error: string) =>
  rule(z.string({ error: whenMissing(error) }), (text) => pattern.test(text), error, { pattern: pattern.source });

// Zero-width spaces, word joiners or Hangul fillers alone would draw an empty heading or control.
const NON_EMPTY_TEXT = 'expected text with at least one visible character';
const plainText = () => matching(VISIBLE_CHARACTER, NON_EMPTY_TEXT);

const richText = () => z.string({ error: whenMissing('expected a string of rich text') });

const ID_RULE = 'expected an id of 1 to 120 characters: lowercase letters, digits, "-" or "_"';
const id = () => matching(/^[a-z0-9_-]{1,120}$/, ID_RULE);

const URL_RULE = 'expected a relative URL or one starting with http:, https: or mailto:';
const url = () => z.string({ error: URL_RULE }).check(z.refine(isAllowedUrl, { error: URL_RULE }));

const DATE_RULE = 'expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30:00Z';
const isoDate = () =>
  matching(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/,
    DATE_RULE,
  );

const COUNT_RULE = 'expected a whole number, 0 or more';
/** A whole number from `min` to `max`, both included. */
const wholeNumber = (min: number, max: number, error: string) =>
  rule(z.number({ error: whenMissing(error) }), (n) => Number.isSafeInteger(n) && n >= min && n <= max, error, {
    type: 'integer',
    minimum: min,
    maximum: max,
  });

const count = () => wholeNumber(0, Number.MAX_SAFE_INTEGER, COUNT_RULE);

const object = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.object(shape, { error: whenMissing('expected an object') });

const list = <Item extends z.core.SomeType>(item: Item) =>
  z.array(item, { error: whenMissing('expected a list') });

const nonEmptyList = <Item extends z.core.SomeType>(item: Item) =>
  rule(list(item), (items) => items.length > 0, 'expected a list with at least one entry', { minItems: 1 });

/**
 * Where a duplicate id was first used, relative to the list the check runs on, and how many keys
 * of the issue's path lie below that list. A check sees its own list only (zod prefixes the rest
 * of the path as the issue bubbles up), so parseBundle makes the first use's path absolute.
 */
interface DuplicateIdParams {
  firstUse: PropertyKey[];
  depth: number;
}

/** Ids must be unique within their list (or, for lessons, within the course). */
function uniqueIds(
  items: readonly { id: string }[],
  path: PropertyKey[],
  issues: Issue[],
  seen = new Map<string, PropertyKey[]>(),
) {
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, [...path, index]);
    else {
      const params: DuplicateIdParams = { firstUse: first, depth: path.length + 2 };
      issues.push({
        code: 'custom',
        input: item.id,
        path: [...path, index, 'id'],
        message: `duplicate id "${item.id}"`,
        params,
      });
    }
  });
}

/** " (already used by questions[0])" for a duplicate id, otherwise nothing. */
export function alreadyUsedBy(issue: z.core.$ZodIssue): string {
  const params = issue.code === 'custom' ? (issue.params as DuplicateIdParams | undefined) : undefined;
  if (!params?.firstUse) return '';
  const list = issue.path.slice(0, issue.path.length - params.depth);
  return ` (already used by ${formatPath([...list, ...params.firstUse])})`;
}

const withUniqueIds = <Item extends { id: string }, Schema extends z.ZodMiniType<Item[]>>(schema: Schema) =>
  schema.check(
    z.superRefine((items: Item[], ctx) => {
      uniqueIds(items, [], ctx.issues as Issue[]);
    }),
  );

export const authorSchema = object({
  name: z.optional(plainText()),
  level: z.optional(plainText()),
  role: z.optional(plainText()),
  company: z.optional(plainText()),
  avatarUrl: z.optional(url()),
});

export const answerSchema = object({
  id: id(),
  body: richText(),
  author: z.optional(authorSchema),
  createdAt: z.optional(isoDate()),
  likes: z.optional(count()),
});

export const questionSchema = object({
  id: id(),
  title: plainText(),
  body: richText(),
  author: z.optional(authorSchema),
  tags: z.optional(list(plainText())),
  createdAt: z.optional(isoDate()),
  likes: z.optional(count()),
  url: z.optional(url()),
  answers: z.optional(withUniqueIds(list(answerSchema))),
});

export const topicSchema = object({
  id: id(),
  title: plainText(),
  about: z.optional(richText()),
});

const LESSON_KINDS = ['article', 'video', 'exercise'] as const;
const MINUTES_RULE = 'expected a number of minutes greater than 0';

export const lessonSchema = object({
  id: id(),
  title: plainText(),
  kind: z.optional(
    rule(z.string() as z.ZodMiniType<LessonKind>, (kind) => LESSON_KINDS.includes(kind), 'expected "article", "video" or "exercise"', {
      enum: LESSON_KINDS,
    }),
  ),
  minutes: z.optional(rule(z.number({ error: MINUTES_RULE }), (minutes) => minutes > 0, MINUTES_RULE, { exclusiveMinimum: 0 })),
  url: z.optional(url()),
  summary: z.optional(richText()),
  preview: z.optional(z.boolean({ error: 'expected true or false' })),
});

export const sectionSchema = object({
  id: id(),
  title: plainText(),
  // Lesson ids are unique across the whole course: courseSchema checks them.
  lessons: nonEmptyList(lessonSchema),
});

export const courseSchema = object({
  id: id(),
  title: plainText(),
  summary: z.optional(richText()),
  url: z.optional(url()),
  likes: z.optional(count()),
  instructor: z.optional(
    object({
      name: plainText(),
      bio: z.optional(richText()),
      avatarUrl: z.optional(url()),
    }),
  ),
  sections: nonEmptyList(sectionSchema).check(
    z.superRefine((sections, ctx) => {
      const issues = ctx.issues as Issue[];
      uniqueIds(sections, [], issues);
      const lessons = new Map<string, PropertyKey[]>();
      sections.forEach((section, index) => uniqueIds(section.lessons, [index, 'lessons'], issues, lessons));
    }),
  ),
});

const WEIGHT_RULE = 'expected a whole number from 1 to 5';
const PERCENT_RULE = 'expected a percentage from 0 to 100';

export const checklistItemSchema = object({
  id: id(),
  text: plainText(),
  weight: z._default(wholeNumber(1, 5, WEIGHT_RULE), 1),
  category: z.optional(plainText()),
  advice: z.optional(richText()),
});

export const riskLevelSchema = object({
  min: rule(z.number({ error: whenMissing(PERCENT_RULE) }), (min) => min >= 0 && min <= 100, PERCENT_RULE, {
    minimum: 0,
    maximum: 100,
  }),
  label: plainText(),
  advice: z.optional(richText()),
});

export const checklistSchema = object({
  id: id(),
  title: plainText(),
  intro: z.optional(richText()),
  items: withUniqueIds(nonEmptyList(checklistItemSchema)),
  levels: z.optional(nonEmptyList(riskLevelSchema)),
});

/** Format versions this library reads: 1.1 adds `search` and changes nothing else. */
export const FORMAT_VERSIONS = [1, 1.1] as const;
const VERSION_RULE = 'expected the number 1 or 1.1';

const SYNONYM_RULE = 'expected a word or phrase of 1 to 100 characters';
/** Enough for any thesaurus a site writes by hand; more would only cost every reader time. */
const MAX_SYNONYM_GROUPS = 5000;
const synonymGroup = () =>
  rule(
    list(rule(plainText(), (entry) => entry.length <= 100, SYNONYM_RULE, { maxLength: 100 })),
    (entries) => entries.length >= 2 && entries.length <= 50,
    'expected a group of 2 to 50 words or phrases that mean the same',
    { minItems: 2, maxItems: 50 },
  );

/** Format 1.1: how the feed's search reads this bundle. */
export const searchSchema = object({
  /** Groups of words and phrases a reader may use for one another ("1:1", "one-on-one"). */
  synonyms: z.optional(
    rule(list(synonymGroup()), (groups) => groups.length <= MAX_SYNONYM_GROUPS, `expected at most ${MAX_SYNONYM_GROUPS} groups`, {
      maxItems: MAX_SYNONYM_GROUPS,
    }),
  ),
  /** false: only the bundle's own synonyms, not the library's thesaurus for its language. */
  builtinSynonyms: z.optional(z.boolean({ error: 'expected true or false' })),
});

export const bundleSchema = object({
  version: rule(
    z.number({ error: whenMissing(VERSION_RULE) }) as z.ZodMiniType<(typeof FORMAT_VERSIONS)[number]>,
    (version) => (FORMAT_VERSIONS as readonly number[]).includes(version),
    VERSION_RULE,
    { enum: [...FORMAT_VERSIONS] },
  ),
  topic: z.optional(topicSchema),
  questions: z.optional(withUniqueIds(list(questionSchema))),
  course: z.optional(courseSchema),
  checklist: z.optional(checklistSchema),
  search: z.optional(searchSchema),
});

showPrototypeAdditions();

export type ContentBundle = z.output<typeof bundleSchema>;
/** What an author writes: the same as ContentBundle, with defaults (item weight) optional. */
export type ContentBundleInput = z.input<typeof bundleSchema>;
export type Topic = z.output<typeof topicSchema>;
export type Question = z.output<typeof questionSchema>;
export type Answer = z.output<typeof answerSchema>;
export type Author = z.output<typeof authorSchema>;
export type Course = z.output<typeof courseSchema>;
export type CourseSection = z.output<typeof sectionSchema>;
export type Lesson = z.output<typeof lessonSchema>;
export type LessonKind = (typeof LESSON_KINDS)[number];
export type Checklist = z.output<typeof checklistSchema>;
export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type RiskLevel = z.output<typeof riskLevelSchema>;
export type SearchSettings = z.output<typeof searchSchema>;
