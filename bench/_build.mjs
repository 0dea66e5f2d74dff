import { generateBundle } from '/work/main/bench/corpus.mjs';
const { QuestionIndex } = await import('/work/main/dist/lib/search/index.js');
const { parseBundle } = await import('/work/main/dist/lib/content/index.js');
const bundle = parseBundle(generateBundle(Number(process.env.N ?? 10000)));
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  QuestionIndex.buildSync(bundle.questions);
  console.log('build', (performance.now() - t).toFixed(0), 'ms');
}
