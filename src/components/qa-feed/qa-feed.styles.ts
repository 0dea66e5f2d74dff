import { css } from 'lit';

export const styles = css`
  .header {
    margin-block-end: 1.25em;
  }

  .header [part='title'] {
    margin-block-end: 0.5em;
  }

  .about > :first-child,
  .body > :first-child,
  .answer-body > :first-child {
    margin-block-start: 0;
  }

  .about > :last-child,
  .body > :last-child,
  .answer-body > :last-child {
    margin-block-end: 0;
  }

  /* ---- toolbar ---- */

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1em;
  }

  .field {
    display: grid;
    gap: 0.25em;
  }

  .search-field {
    flex: 1 1 16em;
  }

  label {
    font-size: 0.875em;
    font-weight: 600;
  }

  .search-box {
    position: relative;
  }

  input,
  select {
    width: 100%;
    min-height: 2.5em;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border-strong);
    border-radius: var(--pip-radius, 8px);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }

  input {
    padding-inline-end: 2.5em;
  }

  .shortcut {
    position: absolute;
    inset-inline-end: 0.625em;
    inset-block-start: 50%;
    transform: translateY(-50%);
    min-width: 1.5em;
    padding: 0 0.375em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.6;
    text-align: center;
    pointer-events: none;
  }

  input:focus + .shortcut,
  input:not(:placeholder-shown) + .shortcut {
    display: none;
  }

  /* ---- tags ---- */

  .tag-bar,
  .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  .tag-bar {
    margin-block: 0.875em 0;
  }

  .tag {
    min-height: 1.75em;
    margin: 0;
    padding: 0.125em 0.75em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_tag-background);
    color: var(--_tag-text);
    font: inherit;
    font-size: 0.8125em;
    cursor: pointer;
  }

  .tag[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .tag[aria-pressed='true']::before {
    content: '✓ ';
  }

  /* ---- buttons ---- */

  .more {
    display: block;
    width: 100%;
    margin-block-start: var(--pip-spacing, 1em);
  }

  .more .count {
    color: var(--_muted);
    font-weight: normal;
  }

  /* ---- cards ---- */

  .questions {
    display: grid;
    gap: var(--pip-spacing, 1em);
    margin: 1.25em 0 0;
    padding: 0;
    list-style: none;
  }

  .pinned .questions {
    margin-block-end: var(--pip-spacing, 1em);
  }

  .question {
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--pip-radius, 8px);
    background: var(--_surface);
  }

  /*
   * Cards past the first few skip style, layout and paint while out of view, which keeps long
   * pages light. Not the first ones: a frame that inserts such cards is slower, and those are
   * the cards a keystroke redraws.
   */
  .question.later {
    content-visibility: auto;
    contain-intrinsic-size: auto 16em;
  }

  .question:focus {
    outline: none;
  }

  .question:focus-visible {
    outline: var(--pip-focus-ring-width, 2px) solid var(--_focus-ring);
    outline-offset: 2px;
  }

  .question [part='question-title'] {
    margin-block: 0.5em 0.375em;
  }

  .question [part='question-title'] a {
    color: inherit;
  }

  mark {
    padding: 0 0.1em;
    border-radius: 2px;
    background: var(--_highlight);
    color: inherit;
  }

  .author {
    display: flex;
    align-items: center;
    gap: 0.625em;
    min-width: 0;
  }

  .who {
    display: grid;
    min-width: 0;
    line-height: 1.3;
  }

  .byline {
    font-size: 0.875em;
    font-weight: 600;
  }

  .date,
  .likes {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .body {
    max-height: var(--pip-body-clamp, 7.5em);
    overflow: hidden;
  }

  .body.clamped {
    mask-image: linear-gradient(to bottom, #000 60%, transparent);
  }

  .body.open {
    max-height: none;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
  }

  .stats {
    display: flex;
    align-items: center;
    gap: 1em;
    margin-inline-start: auto;
  }

  .answers {
    display: grid;
    gap: 0.75em;
    margin: 0.75em 0 0;
    padding: 0 0 0 1em;
    border-inline-start: 3px solid var(--_border);
    list-style: none;
  }

  .answers[hidden] {
    display: none;
  }

  .answer-body {
    margin-block: 0.375em;
  }

  .thread-link {
    display: inline-block;
    margin-block-start: 0.5em;
    font-size: 0.875em;
  }

  .empty,
  .searching {
    margin-block-start: 1.25em;
    padding: 1.5em;
    border: 1px dashed var(--_border);
    border-radius: var(--pip-radius, 8px);
    text-align: center;
  }

  .empty p {
    margin: 0 0 0.75em;
  }

  @media (forced-colors: active) {
    .tag[aria-pressed='true'] {
      border-color: Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
