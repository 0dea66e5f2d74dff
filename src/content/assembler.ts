/**
 * Validation of a bundle against the schema (schema.ts), piece by piece: what `parseBundle` and
 * the streaming reader share, so both give the same result and the same messages.
 */
import * as z from 'zod/mini';
import { withoutPrototypeAdditions, withoutPrototypes } from '../internal/prototypes.js';
import { BundleError, formatPath, schemaError, type BundleIssue } from './errors.js';
import { alreadyUsedBy, bundleSchema, FORMAT_VERSIONS, questionSchema, type ContentBundle, type Question } from './schema.js';
import { TagSpellings } from './text.js';

/** The newest format version this library reads (it reads every earlier one too). */
export const SUPPORTED_VERSION = FORMAT_VERSIONS[FORMAT_VERSIONS.length - 1];
const isSupported = (version: unknown) => (FORMAT_VERSIONS as readonly unknown[]).includes(version);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value)}`;
}

/** zod issues in the words and paths a bundle author reads; `prefix` places a piece in the bundle. */
function toBundleIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): BundleIssue[] {
  return issues.map((issue) => {
    const placed = { ...issue, path: [...prefix, ...issue.path] } as z.core.$ZodIssue;
    return { path: formatPath(placed.path), message: issue.message + alreadyUsedBy(placed) };
  });
}

/**
 * zod's verdict on `value`, read while the page's additions to Object.prototype are hidden (zod
 * reads settings from plain objects, and builds its error lazily), as data without prototypes.
 */
function validate<Schema extends z.ZodMiniType>(
  schema: Schema,
  value: unknown,
): { success: true; data: z.output<Schema> } | { success: false; issues: z.core.$ZodIssue[] } {
  return withoutPrototypeAdditions(() => {
    const result = schema.safeParse(value);
    return result.success
      ? { success: true, data: withoutPrototypes(result.data) }
      : { success: false, issues: result.error.issues.map((issue) => ({ ...issue })) };
  });
}

/** The bundle's fields, in the order their issues are reported. */
const FIELDS = ['version', 'topic', 'questions', 'course', 'checklist', 'search'] as const;
type Field = (typeof FIELDS)[number];
const isField = (key: string): key is Field => (FIELDS as readonly string[]).includes(key);

/**
 * Validates a bundle piece by piece: each top-level field on its own, and each question on its
 * own. A bundle read from the network is validated while it arrives, so the first page of
 * questions can show before the rest is read, and no single task validates 10,000 questions.
 * parseBundle goes the same way, so both give the same result and the same messages.
 */
export class BundleAssembler {
  readonly #values = new Map<Field, unknown>();
  readonly #issues = new Map<Field, BundleIssue[]>();
  readonly #questions: Question[] = [];
  readonly #questionIssues: BundleIssue[] = [];
  readonly #questionIds = new Map<string, number>();
  readonly #tags = new TagSpellings();
  #questionCount = 0;
  #versionError?: BundleError;
  readonly #onQuestion?: (question: Question) => void;
  #listsOfQuestions = 0;
  /** A second list of questions, not read (see the constructor). */
  #refused = false;

  /**
   * `onQuestion`: where each valid question goes instead of the bundle, which then holds none (a
   * build of a bundle larger than memory). Its questions are never taken back, so a second
   * `questions` key is an error rather than a replacement.
   */
  constructor(onQuestion?: (question: Question) => void) {
    this.#onQuestion = onQuestion;
  }

  /** How many questions were added, valid or not. */
  get questionCount(): number {
    return this.#questionCount;
  }

  /** A top-level field. Unknown keys are ignored, as the format says; a list of questions is split. */
  setField(key: string, value: unknown): void {
    if (!isField(key)) return;
    // A key given twice counts once, with its last value, as in JSON.parse: the later value
    // replaces whatever the earlier one left, questions and errors included.
    if (key === 'questions') {
      this.startQuestions();
      if (Array.isArray(value)) {
        for (const question of value) this.addQuestion(question);
        return;
      }
    }
    if (key === 'version') this.#versionError = undefined;
    if (key === 'version' && value !== undefined && !isSupported(value)) {
      this.#values.delete(key);
      this.#issues.delete(key);
      this.#versionError = new BundleError(
        'version',
        `This content bundle is written for format version ${JSON.stringify(value) ?? String(value)}, ` +
          `but this version of pip-widgets reads versions ${FORMAT_VERSIONS.join(' and ')} only.`,
      );
      return;
    }
    const result = validate(bundleSchema.shape[key], value);
    if (result.success) {
      this.#values.set(key, result.data);
      this.#issues.delete(key);
    } else {
      this.#values.delete(key);
      this.#issues.set(key, toBundleIssues(result.issues, [key]));
    }
  }

  /** The bundle has a list of questions (possibly empty); items follow through addQuestion. */
  startQuestions(): void {
    if (this.#onQuestion && this.#listsOfQuestions++ > 0) {
      this.#issues.set('questions', [{ path: 'questions', message: 'given twice: a bundle has one list of questions' }]);
      this.#refused = true;
      return;
    }
    this.#questions.length = 0;
    this.#questionIssues.length = 0;
    this.#questionIds.clear();
    this.#tags.clear();
    this.#questionCount = 0;
    this.#values.set('questions', this.#questions);
    this.#issues.delete('questions');
  }

  addQuestion(value: unknown): void {
    if (this.#refused) return;
    const index = this.#questionCount++;
    const result = validate(questionSchema, value);
    if (!result.success) {
      this.#questionIssues.push(...toBundleIssues(result.issues, ['questions', index]));
      return;
    }
    const first = this.#questionIds.get(result.data.id);
    if (first !== undefined) {
      this.#questionIssues.push({
        path: `questions[${index}].id`,
        message: `duplicate id "${result.data.id}" (already used by questions[${first}])`,
      });
      return;
    }
    this.#questionIds.set(result.data.id, index);
    if (result.data.tags) result.data.tags = this.#tags.of(result.data.tags);
    if (this.#onQuestion) this.#onQuestion(result.data);
    else this.#questions.push(result.data);
  }

  #bundle(): ContentBundle {
    const bundle = Object.create(null) as Record<string, unknown>;
    for (const key of FIELDS) if (this.#values.has(key)) bundle[key] = this.#values.get(key);
    return bundle as ContentBundle;
  }

  /** What is known so far, while nothing is wrong: enough to draw a first page early. */
  preview(): ContentBundle | undefined {
    const clean = !this.#versionError && this.#issues.size === 0 && this.#questionIssues.length === 0;
    if (!clean || !isSupported(this.#values.get('version'))) return undefined;
    // A copy: a repeated "questions" key empties the list being assembled, not the one on screen.
    const bundle = this.#bundle();
    return bundle.questions ? { ...bundle, questions: [...bundle.questions] } : bundle;
  }

  /** The validated bundle, or a BundleError naming what is wrong. */
  finish(): ContentBundle {
    if (this.#versionError) throw this.#versionError;
    if (!this.#values.has('version') && !this.#issues.has('version')) this.setField('version', undefined);
    const issues = FIELDS.flatMap((key) => [
      ...(this.#issues.get(key) ?? []),
      ...(key === 'questions' ? this.#questionIssues : []),
    ]);
    if (issues.length > 0) throw schemaError(issues);
    return this.#bundle();
  }
}

/**
 * Validates parsed JSON (or an object handed to `.bundle`) and returns a fresh, typed copy.
 * zod builds new objects holding only the listed keys, so `__proto__`, `constructor` and any
 * unknown field are left behind and can never reach `Object.prototype`.
 */
export function parseBundle(data: unknown): ContentBundle {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw schemaError([{ path: '(top level)', message: `expected an object, but the content is ${describeValue(data)}` }]);
  }
  const assembler = new BundleAssembler();
  for (const key of FIELDS) {
    if (Object.hasOwn(data, key)) assembler.setField(key, (data as Record<string, unknown>)[key]);
  }
  return assembler.finish();
}
