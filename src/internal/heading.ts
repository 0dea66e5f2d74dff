import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps any attribute value to a real heading level, so a host's outline stays valid. */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Math.round(Number(value));
  return (Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : fallback) as HeadingLevel;
}

/**
 * A heading at a level the host chooses. Lit cannot bind a tag name, and static templates built
 * from strings are what we avoid, so each level is its own literal template.
 */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
