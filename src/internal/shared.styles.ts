import { css } from 'lit';

/**
 * Styles every element starts from. The reset at :host stops inherited host styles
 * (text-align: center, letter-spacing, uppercase headings...) from reaching inside; sizes are in
 * em and px, never rem, because hosts change the root font size.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--pip-color-text, #1f2328);
    font-family: var(--pip-font-family, inherit);
    font-size: var(--pip-font-size, 1em);
    font-style: normal;
    font-weight: normal;
    line-height: var(--pip-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: var(--pip-focus-ring-width, 2px) solid var(--pip-focus-ring-color, #0b5fff);
    outline-offset: var(--pip-focus-ring-offset, 2px);
  }

  a {
    color: var(--pip-color-link, #0b5fff);
  }

  code {
    font-family: var(--pip-font-family-code, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 0.9em;
    padding: 0.1em 0.3em;
    border-radius: 4px;
    background: var(--pip-color-code-background, #f2f4f7);
  }

  .error {
    padding: 0.75em 1em;
    border: 1px solid var(--pip-color-danger, #b42318);
    border-radius: var(--pip-radius, 8px);
    color: var(--pip-color-danger, #b42318);
    background: var(--pip-color-danger-background, #fef3f2);
  }

  .loading {
    min-height: var(--pip-loading-min-height, 12em);
    border-radius: var(--pip-radius, 8px);
    background: var(--pip-color-skeleton, #f2f4f7);
  }

  @media (prefers-reduced-motion: no-preference) {
    .loading {
      animation: pip-pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes pip-pulse {
    50% {
      opacity: 0.55;
    }
  }
`;
