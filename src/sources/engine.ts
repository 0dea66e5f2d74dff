/** The search engine, one file of its own, fetched the first time a feed prepares a search: a page without one never loads it. */
export type SearchEngine = typeof import('../search/index.js');

let engine: Promise<SearchEngine> | undefined;

export const loadEngine = (): Promise<SearchEngine> =>
  (engine ??= import('../search/index.js').catch((error: unknown) => {
    engine = undefined;
    throw error;
  }));
