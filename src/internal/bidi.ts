/**
 * Bundle text shown beside other text is isolated, so that its direction, and any override
 * inside it (U+202E), stays inside it: " at Northwind Traders" after a role cannot be drawn
 * backwards. In the DOM by `<bdi>` (unicode-bidi: isolate, dir=auto), in strings (accessible
 * names, announcements) by FSI … PDI.
 */
import { html, type TemplateResult } from 'lit';

const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * `text` with each PDI that closes nothing inside it removed: such a PDI would close the isolate
 * around the text early and let what follows it out.
 */
function balanced(text: string): string {
  if (!text.includes(PDI)) return text;
  let open = 0;
  return text.replace(ISOLATE_CONTROLS, (control) => {
    if (control !== PDI) open++;
    else if (open === 0) return '';
    else open--;
    return control;
  });
}

/** Text isolated for use inside a string: `FSI text PDI`. */
export const isolate = (text: string): string => FSI + balanced(text) + PDI;

/** Text isolated in the DOM. */
export const bdi = (text: string): TemplateResult => html`<bdi>${balanced(text)}</bdi>`;

/**
 * A translated message whose `{name}` placeholders hold bundle text, as DOM: each text value in
 * a `<bdi>` (a value already drawn goes in as it is), the words around them as they are.
 * Placeholders without a value stay as written.
 */
export function isolatedMessage(template: string, values: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  let from = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = Object.hasOwn(values, match[1]) ? values[match[1]] : undefined;
    if (value === undefined) continue;
    out.push(template.slice(from, match.index), typeof value === 'string' ? bdi(value) : value);
    from = match.index + match[0].length;
  }
  out.push(template.slice(from));
  return out;
}
