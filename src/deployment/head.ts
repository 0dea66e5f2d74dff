/**
 * A deployment's head file, checked as a bundle is: what it holds of the bundle goes through the
 * bundle's own validation, and its own fields are checked for what the widgets rely on, each
 * problem named by its path.
 */
import { parseBundle } from '../content/assembler.js';
import { BundleError, type BundleIssue } from '../content/errors.js';
import type { ContentBundle } from '../content/schema.js';
import { withoutPrototypes } from '../internal/prototypes.js';
import type { TagCount } from '../sources/question-source.js';
import { DEPLOYMENT_FORMAT, DEPLOYMENT_VERSION, type DeploymentHead } from './format.js';

/** The fields of the head that are the bundle's own (the rest describe the deployment). */
const BUNDLE_FIELDS = ['version', 'topic', 'course', 'checklist', 'search'] as const;

const isWhole = (value: unknown, least: number) => Number.isSafeInteger(value) && (value as number) >= least;

/** The head, and the bundle it stands for, whose questions are its first page in bundle order. */
export function readHead(value: unknown, url: string): { head: DeploymentHead; bundle: ContentBundle } {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== DEPLOYMENT_FORMAT) {
    throw new BundleError('schema', `${url} is not a pip-widgets deployment: its "format" is not "${DEPLOYMENT_FORMAT}". Point src at the pip-deployment.json that \`pip-widgets build\` wrote, or at its folder.`, [
      { path: 'format', message: `expected "${DEPLOYMENT_FORMAT}"` },
    ]);
  }
  const head = value as Record<string, unknown>;
  if (head.deployment !== DEPLOYMENT_VERSION) {
    throw new BundleError('version', `${url} is a deployment of format ${String(head.deployment)}; this version of pip-widgets reads format ${DEPLOYMENT_VERSION}. Build it again with this version.`);
  }
  const issues: BundleIssue[] = [];
  const check = (ok: boolean, path: string, message: string) => ok || issues.push({ path, message });
  check(isWhole(head.total, 0), 'total', 'expected a whole number');
  check(isWhole(head.pageSize, 1), 'pageSize', 'expected a whole number of at least 1');
  check(isWhole(head.idShards, 1), 'idShards', 'expected a whole number of at least 1');
  check(isWhole(head.tagTotal, 0), 'tagTotal', 'expected a whole number');
  check(typeof head.files === 'string' && /^[\w-]{1,64}$/.test(head.files), 'files', 'expected the name of the folder beside the head');
  check(typeof head.searchLang === 'string' && /^[a-z]{2,3}$/.test(head.searchLang), 'searchLang', 'expected a language code');
  const tags = head.tags;
  check(
    Array.isArray(tags) && tags.every((entry: Partial<TagCount>) => typeof entry?.tag === 'string' && isWhole(entry.count, 1)),
    'tags',
    'expected a list of { tag, count }',
  );
  check(Array.isArray(head.first), 'first', 'expected a list of questions');
  if (issues.length > 0) throw invalid(url, issues);

  const fields = Object.fromEntries(BUNDLE_FIELDS.filter((key) => Object.hasOwn(head, key)).map((key) => [key, head[key]]));
  const bundle = within(url, 'first', () => parseBundle({ ...fields, questions: head.first }));
  const checked = { ...head, tags: withoutPrototypes(tags as TagCount[]), first: bundle.questions! } as DeploymentHead;
  return { head: checked, bundle };
}

function invalid(url: string, issues: readonly BundleIssue[]): BundleError {
  const listed = issues.map(({ path, message }) => `${path}: ${message}`).join('; ');
  return new BundleError('schema', `The deployment head ${url} is not valid: ${listed}.`, issues);
}

/** Validates a part of the head as a bundle, its problems named where they are in the head. */
function within<Value>(url: string, questionsAt: string, read: () => Value): Value {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof BundleError) || error.code !== 'schema') throw error;
    const moved = error.issues.map(({ path, message }) => ({ path: path.replace(/^questions(?=\[|$)/, questionsAt), message }));
    throw invalid(url, moved);
  }
}
