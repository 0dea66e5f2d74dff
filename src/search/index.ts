/**
 * The search engine behind `<pip-qa-feed>`, on its own: build a `QuestionIndex` over questions,
 * search it on every keystroke, and split a title into highlighted segments. Nothing here knows
 * about elements or the DOM, and nothing here imports the rest of the library: the feed loads it
 * as a file of its own, fetched beside the bundle.
 */
import english from './languages/en.js';

export { QuestionIndex, type SearchResult } from './question-index.js';
export { MAX_QUERY_LENGTH } from './query.js';
export { highlightSegments, type Segment } from './highlight.js';
export { normalize } from './tokenize.js';
/** A deployment's index, read from its files as queries need them: the same ranking over other data. */
export { ShardedIndex, SHARDED_REACH, type FetchFile, type ShardedResult } from '../deployment/sharded-index.js';
export type { LanguageOptions, SearchLanguage } from './language.js';
export type { SynonymGroup } from './thesaurus.js';
/** English, built in; the other languages are files of their own (see sources/search-languages.ts). */
export { english };
