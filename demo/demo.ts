// The demo runs on the sources, so that `npm start` shows edits at once.
import '../src/index.js';
import defaultBundle from '../src/content/default-bundle.json';

// The demo shows the built-in content on purpose, so it names it as its source: without one, an
// element warns that it found none (a mistyped src= must not pass for a choice). Set before the
// elements' first update, which waits for this module to finish.
for (const provider of document.querySelectorAll('pip-content')) provider.bundle = defaultBundle;

/** The language switcher: the widgets follow the closest lang attribute, at once. */
const language = document.querySelector<HTMLSelectElement>('#language');
language?.addEventListener('change', () => {
  for (const widget of document.querySelectorAll('pip-qa-feed, pip-course-outline, pip-risk-checklist')) widget.setAttribute('lang', language.value);
});

/**
 * The theme switcher: "page" leaves the widgets to follow the page's color-scheme; the others set
 * their `theme` attribute. The page itself follows along, so the demo shows both sides together.
 */
const switcher = document.querySelector<HTMLSelectElement>('#theme');
switcher?.addEventListener('change', () => {
  const theme = switcher.value;
  document.documentElement.dataset.theme = theme;
  for (const widget of document.querySelectorAll('pip-qa-feed, pip-course-outline, pip-risk-checklist')) {
    if (theme === 'page') widget.removeAttribute('theme');
    else widget.setAttribute('theme', theme);
  }
});
