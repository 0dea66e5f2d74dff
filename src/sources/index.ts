/**
 * Where the feed's questions come from. The feed asks this module for a source and reads
 * questions only through the `QuestionSource` interface, so that another kind of source (in a
 * worker, or a deployment split into files) is chosen here, not in the element.
 */
import type { ContentBundle } from '../content/schema.js';
import { MemoryQuestionSource } from './memory-source.js';
import { registeredSource, type QuestionSource } from './question-source.js';

export * from './question-source.js';
export { MemoryQuestionSource } from './memory-source.js';

/**
 * The source for a bundle's questions: the bundle worker's, for a bundle read there; `complete`
 * is false for the first page of a bundle still arriving.
 */
export function questionSourceFor(bundle: ContentBundle, complete: boolean): QuestionSource {
  return registeredSource(bundle) ?? new MemoryQuestionSource(bundle.questions ?? [], { searchable: complete, search: bundle.search });
}
