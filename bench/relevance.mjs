/**
 * Relevance: does the question a reader means come first? A judged query set of our own
 * (bench/relevance/queries-*.json, each query with the ids of the questions it means) over the
 * bench corpus, with hand-written questions (bench/relevance/planted-*.json) planted among the
 * generated ones, so every judged question competes with thousands of others sharing its words.
 *
 * Engines, on the same questions and queries, in one process:
 *   ours        QuestionIndex from dist/lib/search/index.js, the feed's own engine and ranking,
 *               one index per query language (as a feed with that `lang` builds it);
 *   MiniSearch  fields title, tags and body, fuzzy 0.2, prefix, boost title 4 and tags 3.5;
 *   Orama       its schema of strings, English stemming on (its docs' way to match word forms),
 *               typo tolerance 1, the same boosts;
 *   FlexSearch  a Document index of the three fields, "forward" tokenizer, LatinBalance encoder,
 *               suggestions on (its docs' advice for fuzzy search), results merged across fields.
 *
 * Per family of query and overall: MRR@10, nDCG@10 (binary judgments), success@3 and the share of
 * queries with no result at all. Runs in Node: ranking does not depend on the browser.
 *
 *   node bench/relevance.mjs            prints the table (needs `npm run build` for dist/lib)
 *   import { measureRelevance }         what bench/run.mjs calls
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateBundle } from './corpus.mjs';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..');
const read = (name) => JSON.parse(readFileSync(join(HERE, 'relevance', name), 'utf8'));

export const RELEVANCE_SIZE = 10_000;
export const FAMILIES = ['exact', 'prefix', 'misspelling', 'run-together', 'acronym', 'natural', 'word-form', 'synonym'];

/** The corpus (generated questions, then the planted ones) and the judged queries. */
export function judgedSet(count = RELEVANCE_SIZE) {
  const planted = [...read('planted-en.json'), ...read('planted-intl.json')].map(({ lang, ...question }) => question);
  const queries = [
    ...read('queries-en.json').map((query) => ({ lang: 'en', ...query })),
    ...read('queries-intl.json'),
  ];
  const known = new Set(planted.map((question) => question.id));
  for (const { query, relevant } of queries) {
    for (const id of relevant) if (!known.has(id)) throw new Error(`relevance: "${query}" names ${id}, which is not a planted question`);
  }
  return { questions: [...generateBundle(count, 1).questions, ...planted], queries };
}

const ENGINES = {
  async ours() {
    const { QuestionIndex, english } = await import(pathToFileURL(join(ROOT, 'dist/lib/search/index.js')).href);
    const { loadSearchLanguage } = await import(pathToFileURL(join(ROOT, 'dist/lib/sources/search-languages.js')).href);
    return async (questions, languages) => {
      // One index per language, as a feed in that language builds: its stemmer, stopwords and thesaurus.
      const indexes = new Map();
      for (const lang of languages) {
        const { value: language } = (await loadSearchLanguage(lang)) ?? { value: english };
        indexes.set(lang, await QuestionIndex.build(questions, { sliceMs: 250, language }));
      }
      const ids = questions.map((question) => question.id);
      return (query, lang) => indexes.get(lang).search(query).order.slice(0, 10).map((i) => ids[i]);
    };
  },
  async MiniSearch() {
    const { default: MiniSearch } = await import('minisearch');
    return async (questions) => {
      const index = new MiniSearch({
        fields: ['title', 'tags', 'body'],
        extractField: (doc, field) => (field === 'tags' ? (doc.tags ?? []).join(' ') : doc[field]),
        searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 4, tags: 3.5 } },
      });
      index.addAll(questions);
      return (query) => index.search(query).slice(0, 10).map((result) => result.id);
    };
  },
  async Orama() {
    const { create, insertMultiple, search } = await import('@orama/orama');
    return async (questions) => {
      const db = create({
        schema: { id: 'string', title: 'string', tags: 'string[]', body: 'string' },
        components: { tokenizer: { stemming: true } },
      });
      await insertMultiple(db, questions.map(({ id, title, tags = [], body }) => ({ id, title, tags, body })), 1000);
      return async (query) => {
        const found = await search(db, { term: query, properties: ['title', 'tags', 'body'], tolerance: 1, boost: { title: 4, tags: 3.5 }, limit: 10 });
        return found.hits.map((hit) => hit.id);
      };
    };
  },
  async FlexSearch() {
    const { Document, Charset } = await import('flexsearch');
    return async (questions) => {
      const field = (name) => ({ field: name, tokenize: 'forward', encoder: Charset.LatinBalance });
      const index = new Document({ document: { id: 'id', index: [field('title'), field('tags'), field('body')] } });
      for (const { id, title, tags = [], body } of questions) index.add({ id, title, tags: tags.join(' '), body });
      return (query) => index.search(query, { limit: 10, suggest: true, merge: true }).slice(0, 10).map((result) => result.id);
    };
  },
};

export const ENGINE_NAMES = Object.keys(ENGINES);

/** The figures of one engine's ranked lists against the judgments. */
function score(results) {
  let reciprocal = 0;
  let ndcg = 0;
  let top3 = 0;
  let empty = 0;
  for (const { ranked, relevant } of results) {
    const wanted = new Set(relevant);
    const first = ranked.findIndex((id) => wanted.has(id));
    if (first >= 0) reciprocal += 1 / (first + 1);
    if (first >= 0 && first < 3) top3++;
    if (ranked.length === 0) empty++;
    let dcg = 0;
    ranked.forEach((id, i) => wanted.has(id) && (dcg += 1 / Math.log2(i + 2)));
    let ideal = 0;
    for (let i = 0; i < Math.min(wanted.size, 10); i++) ideal += 1 / Math.log2(i + 2);
    ndcg += dcg / ideal;
  }
  const n = results.length || 1;
  return { queries: results.length, mrr10: reciprocal / n, ndcg10: ndcg / n, success3: top3 / n, zeroResults: empty / n };
}

/** Groups of queries reported apart: each family, the queries in other languages, and all. */
function groups(queries) {
  const all = queries.map((_, i) => i);
  return {
    ...Object.fromEntries(FAMILIES.map((family) => [family, all.filter((i) => queries[i].family === family)])),
    'not English': all.filter((i) => queries[i].lang !== 'en'),
    overall: all,
  };
}

/** Every engine over the judged set: per group and engine, the figures of `score`. */
export async function measureRelevance(count = RELEVANCE_SIZE, log = () => {}) {
  const { questions, queries } = judgedSet(count);
  const byGroup = groups(queries);
  const engines = {};
  for (const name of ENGINE_NAMES) {
    try {
      const started = performance.now();
      const search = await (await ENGINES[name]())(questions, [...new Set(queries.map((query) => query.lang))]);
      const built = performance.now() - started;
      const ranked = [];
      for (const { query, lang } of queries) ranked.push(await search(query, lang));
      engines[name] = {
        buildMs: built,
        groups: Object.fromEntries(
          Object.entries(byGroup).map(([group, indexes]) => [group, score(indexes.map((i) => ({ ranked: ranked[i], relevant: queries[i].relevant })))]),
        ),
        misses: queries.flatMap((query, i) => (ranked[i].slice(0, 3).some((id) => query.relevant.includes(id)) ? [] : [{ ...query, top3: ranked[i].slice(0, 3) }])),
      };
      log(`  relevance ${name}: MRR@10 ${engines[name].groups.overall.mrr10.toFixed(2)} over ${queries.length} queries`);
    } catch (error) {
      engines[name] = { unavailable: String(error?.message ?? error).split('\n')[0] };
    }
  }
  return { count, questions: questions.length, queries: queries.length, groups: Object.fromEntries(Object.entries(byGroup).map(([g, i]) => [g, i.length])), engines };
}

/** One line per group: "MRR@10 / nDCG@10 / success@3 / zero" for each engine. */
export function relevanceLines(result) {
  const lines = [];
  for (const [group, size] of Object.entries(result.groups)) {
    const cells = ENGINE_NAMES.map((name) => {
      const engine = result.engines[name];
      if (engine.unavailable) return `${name} n/a`;
      const g = engine.groups[group];
      return `${name} ${g.mrr10.toFixed(2)} / ${g.ndcg10.toFixed(2)} / ${(100 * g.success3).toFixed(0)}% / ${(100 * g.zeroResults).toFixed(0)}%`;
    });
    lines.push({ group, size, cells });
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measureRelevance(Number(process.env.BENCH_RELEVANCE_SIZE ?? RELEVANCE_SIZE), console.error);
  console.log(`${result.queries} judged queries over ${result.questions} questions; MRR@10 / nDCG@10 / success@3 / zero results`);
  for (const { group, size, cells } of relevanceLines(result)) console.log(`${`${group} (${size})`.padEnd(22)} ${cells.join(' | ')}`);
}
