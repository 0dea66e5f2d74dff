import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
  }

  h3 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .questions {
    display: grid;
    gap: var(--pip-spacing, 1em);
    margin: 1em 0 0;
    padding: 0;
    list-style: none;
  }

  .question {
    padding: 1em 1.25em;
    border: 1px solid var(--pip-color-border, #d0d7de);
    border-radius: var(--pip-radius, 8px);
    background: var(--pip-color-surface, #fff);
  }

  .byline {
    margin: 0.25em 0 0.75em;
    color: var(--pip-color-muted, #59636e);
    font-size: 0.875em;
  }

  .body > :first-child {
    margin-top: 0;
  }

  .body > :last-child {
    margin-bottom: 0;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--pip-color-tag-background, #eef2ff);
    color: var(--pip-color-tag-text, #1e3a8a);
    font-size: 0.8125em;
  }
`;
