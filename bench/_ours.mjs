import { judgedSet, FAMILIES } from './relevance.mjs';
const { QuestionIndex, english } = await import('../dist/lib/search/index.js?' + Date.now());
const { loadSearchLanguage } = await import('../dist/lib/sources/search-languages.js');
const { questions, queries } = judgedSet(10000);
const ids = questions.map((q) => q.id);
const indexes = new Map();
for (const lang of new Set(queries.map((q) => q.lang))) {
  const { value: language } = (await loadSearchLanguage(lang)) ?? { value: english };
  indexes.set(lang, QuestionIndex.buildSync(questions, { language }));
}
const rr = {}; const n = {};
for (const { query, lang, family, relevant } of queries) {
  const ranked = indexes.get(lang).search(query).order.slice(0, 10).map((i) => ids[i]);
  const first = ranked.findIndex((id) => relevant.includes(id));
  for (const g of [family, 'overall']) { rr[g] = (rr[g] ?? 0) + (first >= 0 ? 1 / (first + 1) : 0); n[g] = (n[g] ?? 0) + 1; }
}
console.log([...FAMILIES, 'overall'].map((g) => `${g} ${(rr[g] / n[g]).toFixed(3)}`).join(' | '));
