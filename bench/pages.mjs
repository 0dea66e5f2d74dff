/**
 * The two pages compared side by side:
 *   A: the built library and one <pip-qa-feed src=...>, the way a site embeds it;
 *   B: the same questions as plain server-rendered HTML, the best a site could do without us.
 */

/** `script` is the build measured: `/dist/pip-widgets.js`, or a baseline's beside it. */
export function libraryPage(count, script = '/dist/pip-widgets.js') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pip-qa-feed, ${count} questions</title>
<script type="module" src="${script}"></script>
</head>
<body>
<main>
<pip-qa-feed src="/bench-data/questions-${count}.json"></pip-qa-feed>
</main>
</body>
</html>
`;
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Only the rich-text subset the generated corpus uses: paragraphs, `- ` lists, **strong**. */
function richText(source) {
  const inline = (text) => escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  return source
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('- '))) {
        return `<ul>${lines.map((line) => `<li>${inline(line.slice(2))}</li>`).join('')}</ul>`;
      }
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('');
}

/** Same wording as the feed's byline, so both pages carry the same text. */
function byline(author) {
  const position = [author?.level, author?.role].filter(Boolean).join(' ');
  const who = position || author?.name || '';
  if (!who) return author?.company ? `Anonymous at ${author.company}` : 'Anonymous';
  return author?.company ? `${who} at ${author.company}` : who;
}

export function staticPage(bundle) {
  const cards = bundle.questions.map(
    (q) => `<li class="question" data-question-id="${q.id}"><article>
<h3>${escapeHtml(q.title)}</h3>
<p class="byline">${escapeHtml(byline(q.author))}</p>
<div class="body">${richText(q.body)}</div>
${q.tags?.length ? `<ul class="tags">${q.tags.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>` : ''}
</article></li>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Static HTML, ${bundle.questions.length} questions</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 48rem; padding: 1rem; }
.questions { list-style: none; padding: 0; display: grid; gap: 1rem; }
.question { border: 1px solid #d0d5dd; border-radius: 0.5rem; padding: 1rem; }
.byline { color: #555; font-size: 0.875rem; }
.tags { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; }
.tags li { background: #eef; border-radius: 1rem; padding: 0 0.5rem; font-size: 0.8rem; }
</style>
</head>
<body>
<main>
<h2>${escapeHtml(bundle.topic.title)}</h2>
<ol class="questions">
${cards.join('\n')}
</ol>
</main>
</body>
</html>
`;
}
