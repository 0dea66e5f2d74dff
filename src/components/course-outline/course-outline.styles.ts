import { css } from 'lit';

export const styles = css`
  [part='section-title'] {
    font-size: 1em;
  }

  [part='title'] a {
    color: inherit;
  }

  .totals {
    margin: 0.375em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .summary > :last-child,
  .bio > :last-child,
  .lesson-summary > :last-child {
    margin-block-end: 0;
  }

  .instructor {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    margin-block-start: 1em;
  }

  .instructor-name {
    margin: 0;
    font-weight: 600;
  }

  .instructor-name .label {
    color: var(--_muted);
    font-weight: normal;
  }

  .bio {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .bio > :first-child {
    margin-block-start: 0.25em;
  }

  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 1.25em;
    font-weight: 600;
  }

  progress {
    flex: 1 1 8em;
    height: 0.625em;
    accent-color: var(--_accent);
  }

  .controls {
    display: flex;
    justify-content: flex-end;
    margin-block: 1em 0.5em;
  }

  .sections,
  .lessons {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .section {
    border: 1px solid var(--_border);
    background: var(--_surface);
  }

  .section + .section {
    border-block-start: 0;
  }

  .section:first-child {
    border-start-start-radius: var(--pip-radius, 8px);
    border-start-end-radius: var(--pip-radius, 8px);
  }

  .section:last-child {
    border-end-start-radius: var(--pip-radius, 8px);
    border-end-end-radius: var(--pip-radius, 8px);
  }

  .section-toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
    width: 100%;
    margin: 0;
    padding: 0.875em 1em 0.875em 2.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    position: relative;
  }

  .section-toggle::before {
    content: '';
    position: absolute;
    inset-inline-start: 1em;
    inset-block-start: 1.3em;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  .section-toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }

  .section-title {
    font-weight: 650;
  }

  .section-meta {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }

  .lessons[hidden] {
    display: none;
  }

  .lessons {
    padding: 0 1em 0.75em 2.25em;
  }

  .lesson {
    display: flex;
    align-items: flex-start;
    gap: 0.625em;
    padding: 0.5em 0;
    border-block-start: 1px solid var(--_border);
  }

  .lesson.current {
    box-shadow: inset 3px 0 0 var(--_accent);
    padding-inline-start: 0.625em;
  }

  .done {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }

  .kind svg {
    display: block;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.1em;
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.75;
    stroke-linejoin: round;
    stroke-linecap: round;
  }

  .lesson-main {
    flex: 1;
    min-width: 0;
  }

  .lesson-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.625em;
  }

  .lesson-title {
    flex: 1 1 auto;
  }

  .minutes {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.875em;
    white-space: nowrap;
  }

  .badge,
  .current-label {
    padding: 0 0.5em;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 650;
    line-height: 1.6;
  }

  .badge {
    border: 1px solid var(--_accent);
    color: var(--_accent);
  }

  .current-label {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .lesson-summary {
    margin-block-start: 0.125em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .lesson-summary > :first-child {
    margin-block-start: 0;
  }

  @media (forced-colors: active) {
    .lesson.current {
      outline: 2px solid Highlight;
    }
    .kind svg {
      stroke: CanvasText;
    }
  }
`;
