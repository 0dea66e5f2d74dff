import { judgedSet } from './relevance.mjs';
const { QuestionIndex } = await import('../dist/lib/search/index.js');
const { questions } = judgedSet(10000);
const index = QuestionIndex.buildSync(questions);
for (const q of process.argv.slice(2)) {
  const r = index.search(q);
  const at = r.order.findIndex((i) => questions[i].id.startsWith('rel-en-pip-designed') || questions[i].id.startsWith('rel-en-fired-before-equity'));
  console.log(JSON.stringify(q), r.order.length, 'results; planted at', at, 'matched', [...r.matchedWords].filter((w) => /^(fa|cli)/.test(w)).length, [...r.matchedWords].includes('fail'), [...r.matchedWords].includes('cliff'));
}
