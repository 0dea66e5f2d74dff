import { css } from 'lit';

export const styles = css`
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
  }

  .group {
    margin: 1em 0 0;
    padding: 0.75em 1.25em 1em;
    border: 1px solid var(--pip-color-border, #d0d7de);
    border-radius: var(--pip-radius, 8px);
  }

  legend {
    padding-inline: 0.25em;
    font-weight: 600;
  }

  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    padding-block: 0.375em;
    cursor: pointer;
  }

  .item input {
    margin: 0.3em 0 0;
    flex: none;
  }
`;
