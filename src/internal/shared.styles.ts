import { css } from 'lit';

/**
 * Styles every element starts from. The reset at :host stops inherited host styles
 * (text-align: center, letter-spacing, uppercase headings...) from reaching inside; sizes are in
 * em and px, never rem, because hosts change the root font size.
 */
export const hostStyles = css`
  /*
   * Page styles reach a shadow root only through inheritance from the host element, and a
   * page's rules for the host element itself beat :host. So the host only sets what it must, and
   * the inner wrapper resets every inherited property a host page might have changed
   * (text-align: center, letter-spacing, uppercase...). Sizes are in em and px, never rem,
   * because hosts change the root font size.
   *
   * Colors follow the page's color-scheme through light-dark(): a page that supports dark mode
   * gets dark widgets in dark mode; theme="light|dark|auto" decides instead.
   */
  :host {
    display: block;
    --_text: var(--pip-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--pip-color-muted, light-dark(#59636e, #9198a1));
    --_accent: var(--pip-color-accent, light-dark(#1d4ed8, #7aa2ff));
    --_on-accent: var(--pip-color-on-accent, light-dark(#fff, #0d1117));
    --_border: var(--pip-color-border, light-dark(#d0d7de, #3d444d));
    --_border-strong: var(--pip-color-border-strong, light-dark(#8c959f, #656c76));
    --_surface: var(--pip-color-surface, light-dark(#fff, #151b23));
    --_link: var(--pip-color-link, light-dark(#0b5fff, #6ea8ff));
    --_danger: var(--pip-color-danger, light-dark(#b42318, #ff7b72));
    --_danger-background: var(--pip-color-danger-background, light-dark(#fef3f2, #2d1214));
    --_tag-text: var(--pip-color-tag-text, light-dark(#1e3a8a, #c7d2fe));
    --_tag-background: var(--pip-color-tag-background, light-dark(#eef2ff, #1e2a4a));
    --_skeleton: var(--pip-color-skeleton, light-dark(#f2f4f7, #262c36));
    --_note-background: var(--pip-color-note-background, light-dark(#f0f9ff, #0f2233));
    --_code-background: var(--pip-color-code-background, light-dark(#f2f4f7, #262c36));
    --_highlight: var(--pip-color-highlight, light-dark(#fff3b0, #5c4a00));
    --_level-low: var(--pip-color-level-low, light-dark(#1a7f37, #238636));
    --_level-mid: var(--pip-color-level-mid, light-dark(#9a6700, #9e6a03));
    --_level-high: var(--pip-color-level-high, light-dark(#b42318, #c93c37));
    --_focus-ring: var(--pip-focus-ring-color, var(--_link));
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='auto']) {
    color-scheme: light dark;
  }

  /*
   * all: initial resets every inherited property (and the wrapper's own), so what a page sets on
   * or above the element (writing-mode, text-align-last, font-feature-settings...) stops here; the
   * lines after it take back what the wrapper needs. Left to the page on purpose, and listed with
   * their reasons in test/node/css-reset.test.mjs: the font family and the color scheme (the
   * widget's look follows the page), direction (set by dir from the element's language; all
   * never touches it), visibility, pointer-events and interactivity (a page hiding or disabling a
   * container must hide or disable the widget in it), text-size-adjust (a page's fix against
   * mobile text inflation) and print-color-adjust (a page's choice for printing). Custom
   * properties are untouched by all: they are the theming API.
   */
  .base {
    all: initial;
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--pip-font-family, inherit);
    font-size: var(--pip-font-size, 1em);
    line-height: var(--pip-line-height, 1.5);
    overflow-wrap: anywhere;
    color-scheme: inherit;
    visibility: inherit;
    pointer-events: inherit;
    interactivity: inherit;
    text-size-adjust: inherit;
    -webkit-text-size-adjust: inherit;
    print-color-adjust: inherit;
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
    outline: var(--pip-focus-ring-width, 2px) solid var(--_focus-ring);
    outline-offset: var(--pip-focus-ring-offset, 2px);
  }

  a {
    color: var(--_link);
  }

  code {
    font-family: var(--pip-font-family-code, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 0.9em;
    padding: 0.1em 0.3em;
    border-radius: 4px;
    background: var(--_code-background);
  }

  .error {
    padding: 0.75em 1em;
    border: 1px solid var(--_danger);
    border-radius: var(--pip-radius, 8px);
    color: var(--_danger);
    background: var(--_danger-background);
  }

  .retry {
    display: block;
    margin: 0.75em 0 0;
    padding: 0.375em 0.875em;
    border: 1px solid currentColor;
    border-radius: var(--pip-radius, 8px);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .loading {
    min-height: var(--pip-loading-min-height, 12em);
    border-radius: var(--pip-radius, 8px);
    background: var(--_skeleton);
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

  @media (forced-colors: active) {
    .error,
    .loading {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .loading {
      display: none;
    }
  }
`;

/** Headings and buttons, drawn alike in every widget. */
export const controlStyles = css`
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
  }

  [part='title'] {
    font-size: 1.5em;
    line-height: 1.25;
  }

  .button,
  .link-button {
    margin: 0;
    font: inherit;
    cursor: pointer;
  }

  .button {
    min-height: 2.5em;
    padding: 0.5em 1em;
    border: 1px solid var(--_border-strong);
    border-radius: var(--pip-radius, 8px);
    background: var(--_surface);
    color: inherit;
  }

  .link-button {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_link);
    font-size: 0.875em;
    font-weight: 600;
  }

  .button:disabled,
  .link-button:disabled {
    color: var(--_muted);
    cursor: default;
  }
`;
