import { css } from 'lit';

export const styles = css`
  .intro > :last-child,
  .advice > :last-child,
  .level-advice > :last-child {
    margin-block-end: 0;
  }

  .privacy {
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border-radius: var(--pip-radius, 8px);
    background: var(--_note-background);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .group {
    margin: 1em 0 0;
    padding: 0.5em 1.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--pip-radius, 8px);
    background: var(--_surface);
  }

  legend {
    padding-inline: 0.25em;
    font-weight: 650;
  }

  .item + .item {
    border-block-start: 1px solid var(--_border);
  }

  label {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    padding-block: 0.5em;
    cursor: pointer;
  }

  input[type='checkbox'] {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }

  .advice {
    margin: 0 0 0.625em 1.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
    font-size: 0.9375em;
  }

  .advice > :first-child,
  .level-advice > :first-child {
    margin-block-start: 0;
  }

  .result {
    margin-block-start: 1.25em;
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--pip-radius, 8px);
    background: var(--_surface);
  }

  .level-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.375em 0.75em;
    margin: 0.5em 0;
  }

  .level {
    padding: 0.125em 0.75em;
    border-radius: 999px;
    color: #fff;
    font-weight: 700;
  }

  .level.low {
    background: var(--_level-low);
  }

  .level.mid {
    background: var(--_level-mid);
  }

  .level.high {
    background: var(--_level-high);
  }

  .score {
    font-size: 1.25em;
    font-weight: 700;
  }

  .count {
    color: var(--_muted);
    font-size: 0.875em;
  }

  meter {
    display: block;
    width: 100%;
    height: 0.75em;
  }

  .level-advice {
    margin-block: 0.75em;
  }

  .drivers-heading {
    margin: 0.75em 0 0.25em;
    font-weight: 650;
  }

  .drivers ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 1em;
  }

  .manual-copy {
    display: grid;
    gap: 0.25em;
    margin-block-start: 0.75em;
    cursor: auto;
  }

  textarea {
    width: 100%;
    font: inherit;
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .level {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .privacy,
    .actions,
    .manual-copy {
      display: none;
    }

    .group,
    .result {
      break-inside: avoid;
      border-color: #000;
    }

    .level {
      border: 1px solid #000;
      background: none;
      color: #000;
    }
  }
`;
