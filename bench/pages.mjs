/**
 * The pages compared side by side:
 *   A: the built library and one <pip-qa-feed src=...>, the way a site embeds it;
 *   P: the same questions as plain HTML, no CSS at all: the cheapest page a site could serve,
 *      the floor of the first-cards budget;
 *   B: the same questions as styled server-rendered HTML cards (a grid, borders, tags), which
 *      paints later than P;
 * and, for the bytes each page kind costs, one widget (or all three) on the default content.
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

/** Page P: `<article><h2>title</h2><p>byline</p><p>paragraph</p>…</article>` per question, no CSS. */
export function plainPage(bundle) {
  const articles = bundle.questions.map(
    (q) => `<article data-question-id="${q.id}"><h2>${escapeHtml(q.title)}</h2><p>${escapeHtml(byline(q.author))}</p>${richText(q.body)}</article>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain HTML, ${bundle.questions.length} questions</title>
</head>
<body>
<h1>${escapeHtml(bundle.topic.title)}</h1>
${articles.join('\n')}
</body>
</html>
`;
}

/** Which widgets each page kind holds. */
export const PAGE_KINDS = {
  feed: ['pip-qa-feed'],
  course: ['pip-course-outline'],
  checklist: ['pip-risk-checklist'],
  all: ['pip-qa-feed', 'pip-course-outline', 'pip-risk-checklist'],
};

/** A page of one kind on the content at `src`; all three share it through <pip-content>. */
export function widgetPage(kind, src, script = '/dist/pip-widgets.js') {
  const widgets = PAGE_KINDS[kind];
  const body =
    widgets.length === 1
      ? `<${widgets[0]} src="${src}"></${widgets[0]}>`
      : `<pip-content src="${src}">\n${widgets.map((name) => `<${name}></${name}>`).join('\n')}\n</pip-content>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pip-widgets, ${kind}</title>
<script type="module" src="${script}"></script>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
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
