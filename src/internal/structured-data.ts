import type { trustedPolicy } from './trusted-types.js';

/** Named here too, not imported: this file is fetched on its own and imports nothing. */
const TRUSTED_TYPES_POLICY = 'pip-widgets';

/** Marks the script an element wrote, so it replaces its own and never a script of the page's. */
const OWNED = 'data-pip-structured-data';

/**
 * Script text is a Trusted Types sink even for `application/ld+json`. The policy only ever sees
 * JSON this module built, in a script type browsers never run. Without Trusted Types in the
 * browser, text goes in as it is; where a page's CSP does not allow the policy, no JSON-LD is
 * written and the page gets one warning.
 */
function scriptText(json: string, policies: typeof trustedPolicy): string | undefined {
  const policy = policies();
  if (policy === null) return json;
  if (!policy && !warned) {
    warned = true;
    console.warn(
      `pip-widgets: structured data needs the Trusted Types policy "${TRUSTED_TYPES_POLICY}"; ` +
        `add it to the page's CSP (trusted-types lit-html ${TRUSTED_TYPES_POLICY} 'allow-duplicates').`,
    );
  }
  return policy?.createScript(json);
}

let warned = false;

/**
 * Writes schema.org JSON-LD (`data`: its JSON text) into a `<script type="application/ld+json">` child of `host`, in the
 * light DOM where search engines read it (they do not read shadow roots), or removes it when
 * `data` is undefined. The JSON never goes through an HTML parser, and `<` is escaped so the
 * script survives a page serializer that writes it back out as HTML. `policies` gives the
 * library's Trusted Types policy (trusted-types.ts), passed in so that this file imports nothing.
 */
export function writeStructuredData(host: HTMLElement, data: string | undefined, policies: typeof trustedPolicy): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${OWNED}]`);
  if (data === undefined) {
    script?.remove();
    return;
  }
  const json = data.replace(/</g, '\\u003c');
  if (script?.text === json) return;
  const text = scriptText(json, policies);
  if (text === undefined) return;
  if (script) {
    script.text = text;
    return;
  }
  script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(OWNED, '');
  script.text = text;
  host.append(script);
}
