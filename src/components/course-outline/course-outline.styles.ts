import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
  }

  h3 {
    margin: 0 0 0.5em;
    font-size: 1.125em;
  }

  .instructor {
    color: var(--pip-color-muted, #59636e);
  }

  .section {
    margin-block-start: 1em;
    padding: 1em 1.25em;
    border: 1px solid var(--pip-color-border, #d0d7de);
    border-radius: var(--pip-radius, 8px);
  }

  .lessons {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .lesson {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    padding-block: 0.25em;
  }

  .minutes {
    color: var(--pip-color-muted, #59636e);
    white-space: nowrap;
  }
`;
